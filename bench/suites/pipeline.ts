/**
 * Suite 1: the build chain against the same steps as five separate CLI
 * invocations, measured as a user runs it (`npm run pipeline`, in a copy of
 * the project so the real tree is never written), cold and with nothing
 * changed; what each speed lever is worth; and `npm run dev`'s save →
 * regenerated with lint in the loop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BIN, ROOT, tail, timeCommand, type Timed } from '../lib/proc.ts';
import { fmtMs, fmtRatio, fmtSpreadMs, median, ratios, roundSpread, spread } from '../lib/stats.ts';
import { mdTable, rounds, type Row, type SuiteContext, type SuiteResult } from '../lib/report.ts';
import { copyProject, type ProjectCopy } from '../lib/project-copy.ts';
import { pathToFileURL } from 'node:url';

const STEP_TIMEOUT_MS = 60_000;
/** The package.json script this work proposes: the compiled pipeline, no tsx (scripts/lib/compiled.mjs). */
export const PROPOSED_PIPELINE_SCRIPT = 'node scripts/lib/compiled.mjs scripts/pipeline.ts';
/** The same script under tsx (how it ran before the compiled launcher): what compiling is worth. */
export const CURRENT_PIPELINE_SCRIPT = 'tsx scripts/pipeline.ts';
const NPM_ENV = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

/** The same steps as separate CLI processes from node_modules/.bin, on `spec`, outputs in `out`. */
export function chainSteps(spec: string, out: string, cwd: string): Array<{ name: string; cmd: string; args: string[]; cwd: string }> {
  return [
    { name: 'redocly lint', cmd: path.join(BIN, 'redocly'), args: ['lint', spec], cwd },
    { name: 'spectral lint', cmd: path.join(BIN, 'spectral'), args: ['lint', '-r', path.join(cwd, '.spectral.yaml'), spec], cwd },
    // Run from the temp dir: in the repo it would pick up redocly.yaml and ask for an x-openapi-ts.output key.
    { name: 'openapi-typescript', cmd: path.join(BIN, 'openapi-typescript'), args: [spec, '-o', path.join(out, 'schema.d.ts')], cwd: out },
    { name: 'redocly bundle', cmd: path.join(BIN, 'redocly'), args: ['bundle', spec, '-o', path.join(out, 'openapi.yaml')], cwd },
    { name: 'redocly build-docs', cmd: path.join(BIN, 'redocly'), args: ['build-docs', spec, '-o', path.join(out, 'index.html')], cwd },
  ];
}

export async function chain(spec: string, out: string, cwd: string): Promise<{ ms: number; steps: Record<string, number>; failures: string[] }> {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
  const steps: Record<string, number> = {};
  const failures: string[] = [];
  const t0 = performance.now();
  for (const s of chainSteps(spec, out, cwd)) {
    const t = await timeCommand(s.cmd, s.args, { cwd: s.cwd, env, timeoutMs: STEP_TIMEOUT_MS });
    steps[s.name] = t.ms;
    if (t.code !== 0) failures.push(`${s.name} exited ${t.timedOut ? 'on timeout' : `with ${t.code}`}: ${tail(t, 5)}`);
  }
  return { ms: performance.now() - t0, steps, failures };
}

/** `npm run pipeline [-- --force]` in a project copy; throws unless it succeeded. Returns the timings it printed. */
export async function npmPipeline(copy: ProjectCopy, force: boolean): Promise<{ t: Timed; timings: Record<string, number>; upToDate: boolean }> {
  const t = await timeCommand('npm', ['run', '-s', 'pipeline', ...(force ? ['--', '--force'] : [])], { cwd: copy.dir, env: NPM_ENV, timeoutMs: 120_000 });
  if (t.code !== 0) throw new Error(`npm run pipeline${force ? ' -- --force' : ''} failed in the project copy (exit ${t.code}):\n${tail(t)}`);
  const line = t.stdout.split('\n').find((l) => l.startsWith('pipeline: ')) ?? '';
  const timings = Object.fromEntries([...line.matchAll(/(\w+) (\d+) ms/g)].map((m) => [m[1]!, Number(m[2])]));
  return { t, timings, upToDate: line.startsWith('pipeline: up to date') };
}

/** A one-line edit that changes the bundle: append a marker to the first plain one-line description. */
export function editOneLine(file: string, marker: string): string {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /^\s+description: [^|>'"\s]/.test(l) && !l.includes(' #'));
  if (i < 0) throw new Error(`no plain one-line description to edit in ${file}`);
  const base = lines[i]!.replace(/ \(bench edit \d+\)$/, '');
  lines[i] = `${base} (bench edit ${marker})`;
  fs.writeFileSync(file, lines.join('\n'));
  return lines[i]!.trim();
}

export interface DevResult {
  /** Save → written of the measured saves (after the warm-up saves). */
  saveToDone: number[];
  /** Save → written of the warm-up saves, the first after the watcher started. */
  firstSaves: number[];
  generate: number[];
  verified: boolean;
  /** Runs the watcher dropped because a change overtook them (a one-line save should cause none). */
  dropped: number;
}

/** Saves made and timed before the measured ones: the watcher's threads compile their hot code over the first few saves. */
export const WARM_UP_SAVES = 3;

/**
 * The warm loop `npm run dev` runs after a save: scripts/lib/watch.ts's
 * watchContract() on a contract folder (its per-directory watch, a run
 * started at once on a save, the one chain with both linters in its warm
 * threads, writing into outDir), timed after WARM_UP_SAVES saves.
 */
export async function devRegeneration(dir: string, outDir: string, editedFile: string, n: number, lint: boolean): Promise<DevResult> {
  const { watchContract } = await import('../../scripts/lib/watch.ts');
  const logs: string[] = [];
  const watcher = watchContract({ dir, outDir, lint, log: (l) => logs.push(l) });
  const saveToDone: number[] = [];
  const firstSaves: number[] = [];
  const generate: number[] = [];
  let verified = true;
  let dropped = 0;
  try {
    // Warm-up: the first runs load and JIT everything, as dev's start-up run does.
    for (let i = 0; i < 2; i++) await watcher.regenerate();
    for (let i = 0; i < WARM_UP_SAVES + n; i++) {
      const next = watcher.next();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), 20_000)));
      const t0 = performance.now();
      const line = editOneLine(editedFile, String(i));
      const r = await Promise.race([next, timeout]);
      const at = performance.now();
      clearTimeout(timer);
      if (!r) throw new Error(`no regeneration within 20 s of editing ${path.basename(editedFile)}`);
      if (r.code !== 0) throw new Error(`regeneration failed:\n${logs.slice(-20).join('\n')}`);
      if (i < WARM_UP_SAVES) firstSaves.push(at - t0);
      else {
        saveToDone.push(at - t0);
        generate.push(r.ms);
      }
      dropped += r.dropped;
      const marker = line.slice(line.indexOf('(bench edit'));
      if (!fs.readFileSync(path.join(outDir, 'openapi.yaml'), 'utf8').includes(marker)) verified = false;
      await sleep(100);
    }
  } finally {
    watcher.close();
  }
  return { saveToDone, firstSaves, generate, verified, dropped };
}

/** bench/pipeline-once.ts compiled into the copy: one pipeline run in check mode, options from argv. */
async function onceRunner(copy: ProjectCopy, build: { inlinePackages?: boolean } = {}): Promise<(args: string[]) => Promise<{ ms: number; report: Record<string, any> }>> {
  // pipeline-once.ts inside the copy (so it uses the copy's scripts and caches), compiled by the copy's own compiled.mjs.
  fs.writeFileSync(path.join(copy.dir, 'bench-once.ts'), fs.readFileSync(path.join(ROOT, 'bench', 'pipeline-once.ts'), 'utf8').replaceAll('../scripts/', './scripts/'));
  const { bundleScripts } = (await import(pathToFileURL(path.join(copy.dir, 'scripts', 'lib', 'compiled.mjs')).href)) as typeof import('../../scripts/lib/compiled.mjs');
  // Its own folder per build kind: the default (libraries bundled in, as npm run pipeline runs) or packages left as imports.
  const files = await bundleScripts(['bench-once.ts'], path.join(copy.dir, 'node_modules', build.inlinePackages === false ? '.bench-once-external' : '.bench-once'), build);
  const file = files['bench-once.ts']!;
  return async (args) => {
    const t = await timeCommand(process.execPath, [file, '--root', path.join(copy.dir, 'openapi', 'openapi.yaml'), ...args], { cwd: copy.dir, timeoutMs: 120_000 });
    let report: Record<string, any>;
    try {
      report = JSON.parse(t.stdout.trim().split('\n').pop() ?? '');
    } catch {
      throw new Error(`pipeline-once printed no report (exit ${t.code}):\n${tail(t)}`);
    }
    if (!report['ok']) throw new Error(`pipeline-once failed:\n${(report['log'] as string[]).join('\n')}`);
    return { ms: t.ms, report };
  };
}

export async function pipelineSuite(ctx: SuiteContext): Promise<SuiteResult> {
  const t0 = performance.now();
  const rows: Row[] = [];
  const details: string[] = [];
  const analysis: string[] = [];
  const data: Record<string, unknown> = {};
  const copy = copyProject(path.join(ctx.tmp, 'project'));
  const spec = path.join(copy.dir, 'openapi', 'openapi.yaml');
  for (const s of chainSteps(spec, ctx.tmp, copy.dir)) if (!fs.existsSync(s.cmd)) throw new Error(`${s.name}: ${s.cmd} is missing; run npm ci`);

  // --- a first run after a fresh clone: every cache empty (compiled scripts, ruleset, stamp) ---
  copy.setScript('pipeline', PROPOSED_PIPELINE_SCRIPT);
  copy.clearCaches();
  const fresh = await npmPipeline(copy, false);
  ctx.log(`  first run, every cache empty: ${fmtMs(fresh.t.ms)}`);

  // --- cold (--force: no stamp; build caches warm) and nothing changed, against the chain, rotated rounds ---
  const n = rounds(ctx, 5, 2);
  const cold: number[] = [];
  const coldTsx: number[] = [];
  const noChange: number[] = [];
  const noChangeTsx: number[] = [];
  const chained: number[] = [];
  const stepTimes: Record<string, number[]> = {};
  const coldTimings: Array<Record<string, number>> = [];
  const failures = new Set<string>();
  for (let r = 0; r < n; r++) {
    const variants: Array<() => Promise<void>> = [
      async () => {
        copy.setScript('pipeline', PROPOSED_PIPELINE_SCRIPT);
        const a = await npmPipeline(copy, true);
        cold.push(a.t.ms);
        coldTimings.push(a.timings);
        const z = await npmPipeline(copy, false);
        if (!z.upToDate) throw new Error(`the second npm run pipeline did not take the no-change path: ${z.t.stdout.trim()}`);
        noChange.push(z.t.ms);
      },
      async () => {
        copy.setScript('pipeline', CURRENT_PIPELINE_SCRIPT);
        const a = await npmPipeline(copy, true);
        coldTsx.push(a.t.ms);
        const z = await npmPipeline(copy, false);
        noChangeTsx.push(z.t.ms);
      },
      async () => {
        const out = fs.mkdtempSync(path.join(ctx.tmp, 'chain-'));
        const b = await chain(spec, out, copy.dir);
        chained.push(b.ms);
        for (const [k, v] of Object.entries(b.steps)) (stepTimes[k] ??= []).push(v);
        for (const f of b.failures) failures.add(f);
        fs.rmSync(out, { recursive: true, force: true });
      },
    ];
    for (let i = 0; i < variants.length; i++) await variants[(i + r) % variants.length]!();
    ctx.log(
      `  round ${r + 1}/${n}: chain ${fmtMs(chained[r]!)}; npm run pipeline --force ${fmtMs(cold[r]!)} (under tsx: ${fmtMs(coldTsx[r]!)}); unchanged ${fmtMs(noChange[r]!)} (tsx: ${fmtMs(noChangeTsx[r]!)})`,
    );
  }
  copy.setScript('pipeline', PROPOSED_PIPELINE_SCRIPT);
  const coldX = spread(ratios(cold, chained));
  const coldTsxX = spread(ratios(coldTsx, chained));
  const noChangeX = spread(ratios(noChange, chained));
  const noChangeTsxX = spread(ratios(noChangeTsx, chained));
  rows.push({
    metric: 'Cold: chained CLIs ÷ `npm run pipeline -- --force` (compiled, lint thread, cached ruleset)',
    figure: `${fmtRatio(coldX)} faster`,
    target: '≥ 2x faster',
    status: coldX.median >= 2 ? 'met' : 'missed',
  });
  rows.push({
    metric: 'Nothing changed: chained CLIs ÷ `npm run pipeline` (second run)',
    figure: `${fmtRatio(noChangeX)} faster`,
    target: '≥ 10x faster',
    status: noChangeX.median >= 10 ? 'met' : 'missed',
  });
  rows.push({ metric: 'Cold, the same script under tsx: chained CLIs ÷ `npm run pipeline -- --force`', figure: `${fmtRatio(coldTsxX)} faster`, status: 'info' });
  rows.push({ metric: 'Nothing changed, the same script under tsx', figure: `${fmtRatio(noChangeTsxX)} faster`, status: 'info' });
  rows.push({ metric: 'Chained CLIs, wall', figure: fmtSpreadMs(spread(chained)), status: 'info' });
  rows.push({ metric: 'First `npm run pipeline` after a fresh clone (compiles scripts, bundles the ruleset)', figure: fmtMs(fresh.t.ms), status: 'info' });
  const stepMed = Object.fromEntries(Object.keys(coldTimings[0] ?? {}).map((k) => [k, median(coldTimings.map((t) => t[k] ?? 0))]));
  Object.assign(data, {
    rounds: n,
    chainedMs: chained.map(Math.round),
    coldMs: cold.map(Math.round),
    coldTsxMs: coldTsx.map(Math.round),
    noChangeMs: noChange.map(Math.round),
    noChangeTsxMs: noChangeTsx.map(Math.round),
    freshCloneMs: Math.round(fresh.t.ms),
    coldSpeedup: roundSpread(coldX),
    coldTsxSpeedup: roundSpread(coldTsxX),
    noChangeSpeedup: roundSpread(noChangeX),
    noChangeTsxSpeedup: roundSpread(noChangeTsxX),
    coldStepMs: Object.fromEntries(Object.entries(stepMed).map(([k, v]) => [k, Math.round(v)])),
    chainStepMs: Object.fromEntries(Object.entries(stepTimes).map(([k, v]) => [k, Math.round(median(v))])),
    proposedScript: PROPOSED_PIPELINE_SCRIPT,
  });
  if (failures.size) data['chainFailures'] = [...failures];
  const mm = (v: number[]) => `${fmtMs(Math.min(...v))}–${fmtMs(Math.max(...v))}`;
  details.push(
    `Everything runs in a copy of the project in a temp dir (openapi/, scripts/, src/, generated/, docs/, configs, package files; node_modules as symlinks to the project's packages but with its own empty \`.cache\`), so the real tree is never written. **A** is \`npm run pipeline -- --force\` with package.json's script \`${PROPOSED_PIPELINE_SCRIPT}\` (compiled JavaScript, libraries bundled in, Spectral in a worker thread, the ruleset bundle cached; \`--force\` skips the stamp, so every step runs and the files are written atomically — unchanged ones are left alone); then **Z**, \`npm run pipeline\` again, which finds the stamp fresh. **A_tsx/Z_tsx** are the same under tsx,  \`${CURRENT_PIPELINE_SCRIPT}\`. **B** is five processes from node_modules/.bin in a row (outputs to a temp dir): ${chainSteps(
      '<spec>',
      '<tmp>',
      '',
    )
      .map((s) => `\`${s.name}\``)
      .join(
        ', ',
      )} (telemetry and update notice off; not through npm). ${n} rounds, the order rotated every round; each ratio is B ÷ A of the same round. npm's own start (about 0.3 s here) is inside A and Z, not inside B.`,
    mdTable(
      ['', 'median', 'min–max'],
      [
        ['A: npm run pipeline -- --force (compiled, as package.json runs it)', fmtMs(median(cold)), mm(cold)],
        ['Z: npm run pipeline, nothing changed (compiled)', fmtMs(median(noChange)), mm(noChange)],
        ['A_tsx: the same under tsx', fmtMs(median(coldTsx)), mm(coldTsx)],
        ['Z_tsx: nothing changed, under tsx', fmtMs(median(noChangeTsx)), mm(noChangeTsx)],
        ['B: chained CLIs', fmtMs(median(chained)), mm(chained)],
        ...Object.entries(stepTimes).map(([k, v]) => [`B step: ${k}`, fmtMs(median(v)), mm(v)]),
        ...Object.entries(stepMed).map(([k, v]) => [`A step (as the pipeline prints it): ${k}${k === 'lint' || k === 'generate' || k === 'docs' ? ' (concurrent)' : ''}`, fmtMs(v), '']),
        ['First run after a fresh clone (every cache empty)', fmtMs(fresh.t.ms), ''],
      ],
    ),
    'A does more than B: it also checks defaults and header examples, places every Spectral finding in its source file, and generates the operation table and the Ajv validators.',
  );

  // --- the levers, one at a time: the pipeline in check mode (bench/pipeline-once.ts, compiled), rotated rounds ---
  const once = await onceRunner(copy);
  const onceExternal = await onceRunner(copy, { inlinePackages: false });
  const rulesetDir = path.join(copy.dir, 'node_modules', '.cache', 'calls-api-contract', 'spectral-ruleset');
  const levers: Array<{ name: string; run: () => Promise<number> }> = [
    { name: 'all levers (compiled, lint thread, cached ruleset)', run: async () => (await once([])).ms },
    { name: 'without the lint thread (both linters on the main thread)', run: async () => (await once(['--no-thread'])).ms },
    {
      name: 'without the ruleset cache (rollup bundles .spectral.yaml)',
      run: async () => {
        fs.rmSync(rulesetDir, { recursive: true, force: true });
        return (await once([])).ms;
      },
    },
    {
      name: "main thread's libraries loaded from node_modules (not bundled into the build)",
      run: async () => (await onceExternal([])).ms,
    },
    {
      name: 'under tsx instead of compiled',
      run: async () => {
        const t = await timeCommand(process.execPath, ['--import', 'tsx', path.join(copy.dir, 'bench-once.ts'), '--root', spec], { cwd: copy.dir, timeoutMs: 120_000 });
        if (t.code !== 0) throw new Error(`pipeline-once under tsx failed: ${tail(t)}`);
        return t.ms;
      },
    },
  ];
  const lr = rounds(ctx, 3, 2);
  const leverMs: number[][] = levers.map(() => []);
  for (let r = 0; r < lr; r++)
    for (let i = 0; i < levers.length; i++) {
      const k = (i + r) % levers.length;
      leverMs[k]!.push(await levers[k]!.run());
    }
  const base = leverMs[0]!;
  data['leversMs'] = Object.fromEntries(levers.map((l, i) => [l.name, leverMs[i]!.map(Math.round)]));
  details.push(
    `What each lever is worth: one pipeline run in check mode (nothing written; \`bench/pipeline-once.ts\`, a plain \`node\` process, no npm), with all levers, then with one taken away; ${lr} rounds, order rotated. The ratio is the run without the lever ÷ the run with all levers in the same round.`,
    mdTable(
      ['variant', 'median', 'without ÷ with (median of rounds)'],
      levers.map((l, i) => [l.name, fmtMs(median(leverMs[i]!)), i === 0 ? '1' : fmtRatio(spread(ratios(base, leverMs[i]!)))]),
    ),
    'Loading each library only when its step runs is not a separate variant: the stamp check runs before any of them is imported (the no-change rows above show what that buys), and in a full run every library is needed.',
  );

  // --- npm run dev: save → regenerated with lint in the loop ---
  const devDir = path.join(copy.dir, 'openapi');
  const devOut = path.join(ctx.tmp, 'dev-generated');
  const edited = path.join(devDir, 'components', 'schemas', 'Customer.yaml');
  const dev = await devRegeneration(devDir, devOut, edited, rounds(ctx, 10, 4), true);
  const devNoLint = await devRegeneration(devDir, devOut, edited, rounds(ctx, 6, 3), false);
  const s2d = spread(dev.saveToDone);
  const s2dNoLint = spread(devNoLint.saveToDone);
  rows.push({
    metric: `dev: save → regenerated, lint included (one-line edit, the real watcher, after ${WARM_UP_SAVES} warm-up saves)`,
    figure: fmtSpreadMs(s2d),
    target: '< 150 ms',
    status: s2d.median < 150 && dev.verified ? 'met' : 'missed',
  });
  rows.push({ metric: 'dev: the same without lint (what lint costs in the loop)', figure: fmtSpreadMs(s2dNoLint), status: 'info' });
  rows.push({
    metric: `dev: the first ${WARM_UP_SAVES} saves after the watcher started, lint included (not in the median above)`,
    figure: dev.firstSaves.map((ms) => fmtMs(ms)).join(', '),
    status: 'info',
  });
  data['dev'] = {
    saveToDoneMs: roundSpread(s2d, 1),
    firstSavesMs: dev.firstSaves.map((ms) => Math.round(ms * 10) / 10),
    runMs: roundSpread(spread(dev.generate), 1),
    noLintSaveToDoneMs: roundSpread(s2dNoLint, 1),
    edits: dev.saveToDone.length,
    editReachedBundle: dev.verified && devNoLint.verified,
  };
  details.push(
    `\`npm run dev\`: scripts/lib/watch.ts's \`watchContract\` (what scripts/dev.ts runs) on the copy's openapi/, writing to a temp outDir, in this warm process: two runs with nothing changed, then ${WARM_UP_SAVES} warm-up saves (timed, reported apart: the watcher's threads compile their hot code over the first few saves), then ${dev.saveToDone.length} measured saves. Each edit appends a marker to one description line of \`openapi/components/schemas/Customer.yaml\`; save → regenerated is from before the write until the watcher reports the new files on disk, lint (Redocly on the source and Spectral on the bundle, each in a warm thread of the watcher's) clean before anything is written; the marker was ${dev.verified ? 'found' : 'NOT found'} in the regenerated bundle each time, and the watcher dropped ${dev.dropped} run(s) (a save during a run drops it; each edit here is one write). The same loop with lint off: ${fmtSpreadMs(s2dNoLint)}.`,
  );

  if (coldX.median < 2) {
    analysis.push(
      `Cold: ${fmtRatio(coldX)} against ≥ 2x. To be 2x faster than this run's chain (${fmtMs(median(chained))}), \`npm run pipeline -- --force\` would have to finish in ${fmtMs(median(chained) / 2)}; it took ${fmtMs(median(cold))}, of which npm's own start is about 0.3 s. Its steps as it printed them: ${Object.entries(
        stepMed,
      )
        .map(([k, v]) => `${k} ${fmtMs(v)}`)
        .join(
          ', ',
        )}. The levers table shows what each lever saved. \`load\` is the main thread waiting for its libraries (the bundler's, openapi-typescript with TypeScript, Ajv, the docs renderer, all loading at once) before it can bundle, while the lint thread loads Spectral: loading the libraries, which the five CLIs pay too, is most of the run. What is left would need a third thread (generation's libraries loading beside the bundler's) on a machine with two cores, or fewer libraries.`,
    );
  }
  if (!(s2d.median < 150 && dev.verified)) {
    analysis.push(
      `dev: save → regenerated ${fmtSpreadMs(s2d)} with lint, ${fmtSpreadMs(s2dNoLint)} without. A save starts its run at once (no debounce; a save during a run drops that run), so what is left is the run itself. At four operations it bundles (~20 ms, each source file parsed again only when its text changed), then three threads work side by side: this one generates (~45 ms of CPU: openapi-typescript and TypeScript's printer, the rest reprinted only where it changed) and checks defaults and header examples, one lints the source with Redocly (~50 ms), one lints the bundle with Spectral (~50 ms, its JSONPath queries compiled once per ruleset), then the files are written (~10 ms, fsyncs overlapped). That is ~150 ms of CPU on two cores shared with the machine's other work, so the median is set by how much CPU the three threads get, not by any one step (docs/toolchain-notes.md, "The dev loop, seventh stop"). Neither linter has an incremental mode. What would take it well under: lint only the edited file's subtree and keep the previous findings for the rest (needs a rule-by-rule audit: oas3-schema and several OWASP rules look at the whole document), or types regenerated per component instead of for the whole document.`,
    );
  }
  return { id: 'pipeline', title: 'Pipeline and dev loop', wallMs: performance.now() - t0, rows, details, analysis, data };
}
