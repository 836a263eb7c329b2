/**
 * npm run generate          regenerate every target in generated/ (each file atomically, all staged first)
 * npm run generate:check    regenerate in memory and list every stale file; exit 1 if any
 *
 * Everything happens in this one process: bundling (@redocly/openapi-core),
 * types (openapi-typescript's API), the operation table and Ajv standalone code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleContract, ContractError } from './lib/contract.ts';
import { generateTargets } from './lib/generate.ts';
import { writeFilesAtomic } from './lib/atomic.ts';
import { GENERATED_DIR, SPEC_ROOT, rel } from './lib/paths.ts';
import { isMain, parseFlags } from './lib/cli.ts';

export async function computeTargets(root: string = SPEC_ROOT, outDir: string = GENERATED_DIR): Promise<Map<string, string>> {
  const { doc, files } = await bundleContract(root);
  return generateTargets(doc, files, outDir);
}

/**
 * Files in folders the generator owns whole (generated/validators/) that the
 * contract no longer produces, e.g. the module of a removed operation.
 */
export function orphanFiles(targets: Map<string, string>): string[] {
  const owned = [...targets.keys()].map(path.dirname).find((d) => path.basename(d) === 'validators');
  if (!owned || !fs.existsSync(owned)) return [];
  return fs
    .readdirSync(owned, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((f) => !targets.has(f))
    .sort();
}

/** Files whose bytes on disk differ from what the contract generates now, and orphans. */
export function staleFiles(targets: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [file, content] of targets) {
    const onDisk = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (onDisk !== content) stale.push(`${rel(file)}${onDisk === undefined ? ' (missing)' : ''}`);
  }
  for (const f of orphanFiles(targets)) stale.push(`${rel(f)} (no longer generated: delete it)`);
  return stale;
}

export interface GenerateOptions {
  root?: string;
  outDir?: string;
  check?: boolean;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** Returns the exit code: 0 done (or up to date), 1 broken contract or stale files. */
export async function runGenerate(opts: GenerateOptions = {}): Promise<number> {
  const log = opts.log ?? console.log;
  const error = opts.error ?? console.error;
  const t0 = performance.now();
  let targets: Map<string, string>;
  try {
    targets = await computeTargets(opts.root, opts.outDir);
  } catch (err) {
    if (err instanceof ContractError) {
      error(`generate: the contract is broken; ${opts.check ? 'nothing was checked' : 'generated/ was left untouched'}.\n${err.message}`);
      return 1;
    }
    throw err;
  }
  if (opts.check) {
    const stale = staleFiles(targets);
    if (stale.length) {
      error(`generate:check: ${stale.length} generated file(s) are stale (edited by hand, or openapi/ changed without regenerating); run \`npm run generate\` and commit:\n${stale.map((s) => `  ${s}`).join('\n')}`);
      return 1;
    }
    log(`generate:check: all ${targets.size} generated files are up to date (${(performance.now() - t0).toFixed(0)} ms)`);
    return 0;
  }
  const written = writeFilesAtomic(targets);
  const removed = orphanFiles(targets);
  for (const f of removed) fs.rmSync(f);
  const changes = [...written.map((f) => `  ${rel(f)}`), ...removed.map((f) => `  ${rel(f)} (removed: no longer generated)`)];
  log(`generate: ${targets.size} targets, ${changes.length} changed, in ${(performance.now() - t0).toFixed(0)} ms${changes.length ? `:\n${changes.join('\n')}` : ''}`);
  return 0;
}

export function parseArgs(argv: string[]): GenerateOptions {
  const f = parseFlags('generate', argv, { check: { type: 'boolean' }, root: { type: 'string' }, out: { type: 'string' } }, 'usage: npm run generate [-- --check] [--root <openapi.yaml>] [--out <dir>]');
  const opts: GenerateOptions = {};
  if (f.check) opts.check = true;
  if (f.root !== undefined) opts.root = path.resolve(f.root);
  if (f.out !== undefined) opts.outDir = path.resolve(f.out);
  return opts;
}

if (isMain(import.meta.url)) {
  let opts: GenerateOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  runGenerate(opts).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(1);
    },
  );
}
