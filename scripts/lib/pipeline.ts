/**
 * The whole build in one process: bundle once, lint it two ways (Redocly and
 * Spectral, source and bundle), generate every target, render the docs, then
 * write generated/ and docs/index.html together (all staged, then each renamed
 * into place atomically). Nothing is
 * written when lint finds anything or a step fails.
 */
import { bundleContract, ContractError, formatFinding, type Finding } from './contract.ts';
import { bundleYamlText, generateTargets, sourceHash } from './generate.ts';
import { lintContract, type LintReport } from './lint.ts';
import { renderDocs, DOCS_INDEX } from './docs.ts';
import { writeFilesAtomic } from './atomic.ts';
import { rel } from './paths.ts';

export interface PipelineResult {
  ok: boolean;
  findings: Finding[];
  written: string[];
  targets: string[];
  timings: Record<string, number>;
}

export async function runPipeline(opts: { log?: (line: string) => void; write?: boolean } = {}): Promise<PipelineResult> {
  const log = opts.log ?? console.log;
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const s = performance.now();
    try {
      return await fn();
    } finally {
      timings[name] = performance.now() - s;
    }
  };
  let bundled;
  try {
    bundled = await step('bundle', () => bundleContract());
  } catch (err) {
    if (!(err instanceof ContractError)) throw err;
    for (const f of err.findings) log(formatFinding(f));
    timings['total'] = performance.now() - t0;
    return { ok: false, findings: err.findings, written: [], targets: [], timings };
  }
  const hash = sourceHash(bundled.files);
  // Lint, generation and docs do not depend on each other: run them together.
  const [lint, targets, html]: [LintReport, Map<string, string>, string] = await Promise.all([
    step('lint', () => lintContract({ bundleYaml: bundleYamlText(bundled.doc, hash), bundledFiles: bundled.files })),
    step('generate', () => generateTargets(bundled.doc, bundled.files)),
    step('docs', () => renderDocs(bundled.doc)),
  ]);
  for (const f of lint.findings) log(formatFinding(f));
  const errors = lint.findings.filter((f) => f.severity === 'error').length;
  const warnings = lint.findings.filter((f) => f.severity === 'warning').length;
  log(`lint: ${errors} error(s), ${warnings} warning(s) from Redocly and Spectral (source and bundle)`);
  const all = new Map(targets);
  all.set(DOCS_INDEX, html);
  if (errors + warnings > 0) {
    log('pipeline: lint findings; nothing was written');
    timings['total'] = performance.now() - t0;
    return { ok: false, findings: lint.findings, written: [], targets: [...all.keys()].map(rel), timings };
  }
  const written = opts.write === false ? [] : await step('write', () => writeFilesAtomic(all));
  timings['total'] = performance.now() - t0;
  return { ok: true, findings: [], written: written.map(rel), targets: [...all.keys()].map(rel), timings };
}
