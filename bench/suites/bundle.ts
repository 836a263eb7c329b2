/**
 * Suite 5: what the client weighs in a browser bundle: esbuild (bundle, minify,
 * ESM, platform browser), gzip level 9; the client alone, the client plus every
 * validator, and openapi-fetch alone for scale; with the bytes per input from
 * esbuild's metafile. Also with code splitting on, which is how an app bundler
 * treats the client's lazy `import()` of the validators.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import { ROOT } from '../lib/proc.ts';
import { fmtBytes } from '../lib/stats.ts';
import { mdTable, type Row, type SuiteContext, type SuiteResult } from '../lib/report.ts';

const BUDGET_GZIP = 4 * 1024;

interface Chunk {
  file: string;
  entry: boolean;
  minified: number;
  gzipped: number;
  inputs: Array<{ input: string; bytes: number }>;
}
interface Measured {
  label: string;
  entry: string;
  splitting: boolean;
  /** Every chunk together. */
  minified: number;
  gzipped: number;
  /** The entry chunk only (what a page loads up front). */
  entryMinified: number;
  entryGzipped: number;
  chunks: Chunk[];
}

/** Group an input path: a package by name, project files by path. */
function inputName(p: string): string {
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = p.slice(nm + 'node_modules/'.length).split('/');
    const scoped = rest[0]!.startsWith('@');
    return `${scoped ? `${rest[0]}/${rest[1]}` : rest[0]} (${rest.slice(scoped ? 2 : 1).join('/')})`;
  }
  return p;
}

/**
 * An esbuild plugin that swaps generated/validators.js for stubs of the same
 * exports: what the client would weigh without the validators in it (a
 * what-if for the report, not a supported build).
 */
const stubValidators: Plugin = {
  name: 'stub-validators',
  setup(b) {
    b.onLoad({ filter: /generated[\\/]validators\.js$/ }, async (args) => {
      const names = [...fs.readFileSync(args.path, 'utf8').matchAll(/^export const (\w+)/gm)].map((m) => m[1]!);
      return { contents: names.map((n) => `export const ${n} = () => true;`).join('\n'), loader: 'js' };
    });
  },
};

/** esbuild (bundle, minify, ESM, browser) of `entry`, gzip -9 per chunk; with splitting, lazy imports become their own chunks. */
export async function measure(tmp: string, label: string, entry: string, opts: { splitting?: boolean; plugins?: Plugin[] } = {}): Promise<Measured> {
  const dir = fs.mkdtempSync(path.join(tmp, 'bundle-'));
  const entryFile = path.join(dir, 'entry.ts');
  fs.writeFileSync(entryFile, entry);
  const result = await build({
    entryPoints: [entryFile],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: opts.splitting ?? false,
    outdir: path.join(dir, 'out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
    // The entry file lives in a temp dir: resolve packages from the project.
    nodePaths: [path.join(ROOT, 'node_modules')],
    plugins: opts.plugins ?? [],
  });
  const meta = result.metafile as Metafile;
  const chunks: Chunk[] = [];
  // A lazily imported module is an entry point in the metafile too: the real entry is our file.
  const entryKey = path.relative(ROOT, entryFile).split(path.sep).join('/');
  for (const out of result.outputFiles) {
    if (!out.path.endsWith('.js')) continue;
    const key = path.relative(ROOT, out.path).split(path.sep).join('/');
    const m = meta.outputs[key];
    if (!m) throw new Error(`esbuild metafile has no output ${key}`);
    chunks.push({
      file: path.basename(out.path),
      entry: m.entryPoint === entryKey,
      minified: out.contents.byteLength,
      gzipped: zlib.gzipSync(out.contents, { level: 9 }).byteLength,
      inputs: Object.entries(m.inputs)
        .map(([input, v]) => ({ input: inputName(input.replace(/^.*\/bundle-[^/]+\//, '')), bytes: v.bytesInOutput }))
        .filter((i) => i.bytes > 0)
        .sort((a, b) => b.bytes - a.bytes),
    });
  }
  const entryChunk = chunks.find((c) => c.entry);
  if (!entryChunk) throw new Error(`esbuild produced no entry chunk for ${label}`);
  chunks.sort((a, b) => Number(b.entry) - Number(a.entry) || b.minified - a.minified);
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    label,
    entry,
    splitting: opts.splitting ?? false,
    minified: chunks.reduce((t, c) => t + c.minified, 0),
    gzipped: chunks.reduce((t, c) => t + c.gzipped, 0),
    entryMinified: entryChunk.minified,
    entryGzipped: entryChunk.gzipped,
    chunks,
  };
}

function inputsTable(m: Measured): string {
  const rows: string[][] = [];
  for (const c of m.chunks) {
    for (const i of c.inputs) rows.push([m.chunks.length > 1 ? (c.entry ? 'entry' : `lazy (${c.file})`) : '', i.input, String(i.bytes), `${((i.bytes / c.minified) * 100).toFixed(0)}%`]);
  }
  return mdTable(['chunk', 'input', 'minified bytes', 'share of chunk'], rows);
}

export async function bundleSuite(ctx: SuiteContext): Promise<SuiteResult> {
  const t0 = performance.now();
  const src = JSON.stringify(path.join(ROOT, 'src', 'index.ts'));
  const validators = JSON.stringify(path.join(ROOT, 'generated', 'validators.js'));
  const clientEntry = `export { createConnectCallClient } from ${src};\n`;
  const allEntry = `${clientEntry}export * from ${validators};\n`;
  const client = await measure(ctx.tmp, 'client alone (`export { createConnectCallClient }` from src/index.ts)', clientEntry);
  const withValidators = await measure(ctx.tmp, 'client + every validator (generated/validators.js, all exports)', allEntry);
  const clientSplit = await measure(ctx.tmp, 'client alone, `splitting: true`', clientEntry, { splitting: true });
  const fetchOnly = await measure(ctx.tmp, 'openapi-fetch alone (`createClient`), for scale', `export { default } from 'openapi-fetch';\n`);
  const requestValidator = await measure(ctx.tmp, 'the request validator alone (`validateConnectCallRequest`)', `export { validateConnectCallRequest } from ${validators};\n`);
  const stubbed = await measure(ctx.tmp, 'what-if: client alone with generated/validators.js stubbed out', clientEntry, { plugins: [stubValidators] });

  const lazy = clientSplit.chunks.filter((c) => !c.entry);
  const rows: Row[] = [
    {
      metric: 'Bundle: client alone, minified + gzip -9 (one file, as specified)',
      figure: `${fmtBytes(client.gzipped)} gzipped (${fmtBytes(client.minified)} minified)`,
      target: '< 4 kB gzipped',
      status: client.gzipped < BUDGET_GZIP ? 'met' : 'missed',
    },
    {
      metric: 'Bundle: client alone with code splitting: entry chunk (+ lazy chunks)',
      figure: `${fmtBytes(clientSplit.entryGzipped)} gzipped (${fmtBytes(clientSplit.entryMinified)} minified)${lazy.length ? ` + ${lazy.map((c) => `${fmtBytes(c.gzipped)} gzipped lazy`).join(' + ')}` : ''}`,
      status: 'info',
    },
    { metric: 'Bundle: client + all validators', figure: `${fmtBytes(withValidators.gzipped)} gzipped (${fmtBytes(withValidators.minified)} minified)`, status: 'info' },
    { metric: 'Bundle: openapi-fetch alone (for scale)', figure: `${fmtBytes(fetchOnly.gzipped)} gzipped (${fmtBytes(fetchOnly.minified)} minified)`, status: 'info' },
    { metric: 'Bundle: the request validator alone', figure: `${fmtBytes(requestValidator.gzipped)} gzipped (${fmtBytes(requestValidator.minified)} minified)`, status: 'info' },
  ];
  const all = [client, clientSplit, withValidators, fetchOnly, requestValidator, stubbed];
  const details: string[] = [
    'esbuild API (`bundle: true, minify: true, format: "esm", platform: "browser"`; the split build adds `splitting: true`), gzip by Node\'s zlib at level 9, per output file. Bytes per input are the metafile\'s `bytesInOutput` (minified, before gzip). The client loads the validators with a dynamic `import()`: in a one-file bundle they are inlined whole (every validator, not only the request one); with splitting they become a chunk fetched on the first validating call.',
    mdTable(
      ['bundle', 'minified', 'gzipped', 'of which the entry chunk (gzipped)'],
      all.map((m) => [m.label, fmtBytes(m.minified), fmtBytes(m.gzipped), m.chunks.length > 1 ? fmtBytes(m.entryGzipped) : '']),
    ),
    `What the one-file client bundle is made of (${fmtBytes(client.minified)} minified):`,
    inputsTable(client),
    'With code splitting:',
    inputsTable(clientSplit),
    `What-if: with the validators stubbed out (${fmtBytes(stubbed.gzipped)} gzipped), the rest of the client is:`,
    inputsTable(stubbed),
  ];
  const data = {
    budgetGzipBytes: BUDGET_GZIP,
    bundles: all.map((m) => ({
      label: m.label,
      entry: m.entry.trim(),
      splitting: m.splitting,
      minifiedBytes: m.minified,
      gzippedBytes: m.gzipped,
      entryChunkGzippedBytes: m.entryGzipped,
      chunks: m.chunks,
    })),
  };
  const analysis: string[] = [];
  if (client.gzipped >= BUDGET_GZIP) {
    const v = client.chunks[0]?.inputs.find((i) => i.input === 'generated/validators.js');
    const rest = stubbed.chunks[0]?.inputs.filter((i) => i.input !== 'generated/validators.js') ?? [];
    analysis.push(
      `The client alone is ${fmtBytes(client.gzipped)} gzipped against a budget of ${fmtBytes(BUDGET_GZIP)}.${v ? ` generated/validators.js makes up ${v.bytes} of its ${client.minified} minified bytes: a dynamic \`import()\` in a one-file bundle inlines the whole module, every validator, so nothing of it is tree-shaken (the request validator alone is ${fmtBytes(requestValidator.gzipped)} gzipped).` : ''} Without the validators (stubbed out), the client is still ${fmtBytes(stubbed.gzipped)} gzipped; with code splitting, its entry chunk is ${fmtBytes(clientSplit.entryGzipped)}. openapi-fetch alone is ${fmtBytes(fetchOnly.gzipped)}, ${((fetchOnly.gzipped / BUDGET_GZIP) * 100).toFixed(0)}% of the budget. The rest, minified: ${rest.map((i) => `${i.input} ${i.bytes} B`).join(', ')}.`,
      `What would change it:\n\n- Take the validators out of the client's module graph. Make request validation opt-in, with a validator the app passes in (imported from the package's \`./validators\` export, ideally \`validateConnectCallRequest\` alone, ${fmtBytes(requestValidator.gzipped)} gzipped). That brings the client to about ${fmtBytes(stubbed.gzipped)}.\n- Or keep the lazy \`import()\` but document that it needs a splitting bundler: the entry chunk is then ${fmtBytes(clientSplit.entryGzipped)}.\n- To get under ${fmtBytes(BUDGET_GZIP)}, another ~${fmtBytes(Math.max(0, stubbed.gzipped - BUDGET_GZIP + 100))} gzipped has to go. Candidates: a runtime operation table with only method, path and hasBody (generated/operations.ts also ships summaries, the response map and server descriptions); shorter error-message code in src/errors.ts; or calling fetch directly instead of through openapi-fetch (${fmtBytes(fetchOnly.gzipped)}), keeping openapi-fetch only for \`client.raw\`.`,
    );
  }
  return { id: 'bundle', title: 'Browser bundle', wallMs: performance.now() - t0, rows, details, analysis, data };
}
