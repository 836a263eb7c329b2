/**
 * One run of the project's whole build (scripts/lib/pipeline.ts: bundle, lint
 * both ways, generate every target, render the docs) in this one process,
 * exactly as `npm run pipeline` does it, except that nothing is written
 * (`write: false`), so benchmarking never touches the tree.
 *
 *   node --import tsx bench/pipeline-once.ts
 *
 * Prints one JSON line: how long Node took to get here (start-up and module
 * loading), the pipeline's own step timings, and the outcome.
 */
const loadStart = performance.now();
const { runPipeline } = await import('../scripts/lib/pipeline.ts');
const importedAt = performance.now();
// The same clock as --cpu-prof timestamps (µs), to split a profile at this point.
const importedAtUs = Number(process.hrtime.bigint() / 1000n);
const findings: string[] = [];
const r = await runPipeline({ check: true, log: (l) => findings.push(l) });
const doneAt = performance.now();
process.stdout.write(
  `${JSON.stringify({
    ok: r.ok,
    // performance.now() counts from process start: loadStart is Node + tsx boot.
    bootMs: loadStart,
    importMs: importedAt - loadStart,
    runMs: doneAt - importedAt,
    importedAtUs,
    totalMs: doneAt,
    timings: r.timings,
    targets: r.targets.length,
    findings: r.findings.length,
    log: r.ok ? [] : findings.slice(0, 20),
  })}\n`,
);
process.exit(r.ok ? 0 : 1);
