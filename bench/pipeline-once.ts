/**
 * One run of the project's whole build (scripts/lib/pipeline.ts: bundle, lint
 * both ways, generate every target, render the docs) in this one process, in
 * check mode: nothing is written, so benchmarking never touches a tree.
 *
 *   node --import tsx bench/pipeline-once.ts [--root openapi/openapi.yaml] [--no-thread]
 *
 * (the bench runs it compiled, see bench/suites/pipeline.ts). --no-thread runs
 * both linters on the main thread. Prints one JSON line: the step timings and
 * the outcome.
 */
import { parseFlags, reportUsage } from '../scripts/lib/cli.ts';

// The one flag parser: a bad flag is named, with the usage, and exits 2.
const flags = { root: { type: 'string' }, 'no-thread': { type: 'boolean' } } as const;
let values: ReturnType<typeof parseFlags<typeof flags>>;
try {
  values = parseFlags('bench pipeline-once', process.argv.slice(2), flags, 'usage: node --import tsx bench/pipeline-once.ts [--root openapi/openapi.yaml] [--no-thread]');
} catch (err) {
  process.exit(reportUsage(err));
}
const loadStart = performance.now();
const { runPipeline } = await import('../scripts/lib/pipeline.ts');
const importedAt = performance.now();
const findings: string[] = [];
const r = await runPipeline({ check: true, log: (l) => findings.push(l), ...(values.root ? { root: values.root } : {}), ...(values['no-thread'] ? { lintThread: false as const } : {}) });
const doneAt = performance.now();
process.stdout.write(
  `${JSON.stringify({
    ok: r.ok,
    bootMs: loadStart,
    importMs: importedAt - loadStart,
    runMs: doneAt - importedAt,
    totalMs: doneAt,
    timings: r.timings,
    targets: r.targets.length,
    findings: r.findings.length,
    log: r.ok ? [] : [r.broken ?? '', ...findings].slice(0, 20),
  })}\n`,
);
process.exit(r.ok ? 0 : 1);
