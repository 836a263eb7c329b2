/**
 * npm run generate          regenerate generated/ from openapi/ (one process; atomic; no lint)
 * npm run generate:check    regenerate in memory and list every stale file; exit 1 if any
 *
 * Flags are parsed first; the steps are the one chain in scripts/lib/pipeline.ts.
 */
import path from 'node:path';
import { parseFlags, reportUsage, runMain, type CommandHelp } from './lib/cli.ts';

// The heavy libraries (openapi-core, openapi-typescript, Ajv) load only once
// the flags are known to be good: a bad flag or --help answers at once.

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
  const { runPipeline } = await import('./lib/pipeline.ts');
  const r = await runPipeline({ lint: false, docsFile: false, check: Boolean(opts.check), log: error, ...(opts.root ? { root: opts.root } : {}), ...(opts.outDir ? { outDir: opts.outDir } : {}) });
  const ms = r.timings['total']!.toFixed(0);
  if (r.broken !== undefined) {
    error(`generate: the contract is broken; ${opts.check ? 'nothing was checked' : 'generated/ was left untouched'}.\n${r.broken}`);
    return 1;
  }
  if (opts.check) {
    if (r.stale.length) {
      error(
        `generate:check: ${r.stale.length} generated file(s) are stale (edited by hand, or openapi/ changed without regenerating); run \`npm run generate\` and commit:\n${r.stale.map((s) => `  ${s}`).join('\n')}`,
      );
      return 1;
    }
    log(`generate:check: all ${r.targets.length} generated files are up to date (${ms} ms)`);
    return 0;
  }
  const changes = [...r.written.map((f) => `  ${f}`), ...r.removed.map((f) => `  ${f} (removed: no longer generated)`)];
  log(`generate: ${r.targets.length} targets, ${changes.length} changed, in ${ms} ms${changes.length ? `:\n${changes.join('\n')}` : ''}`);
  return 0;
}

export const HELP: CommandHelp = {
  usage: 'npm run generate [-- --check] [--root <openapi.yaml>] [--out <dir>]',
  summary:
    'Regenerate generated/ from openapi/ in one process: the bundle, the types, the operation table and the validators. Every file is replaced atomically; nothing is written when the contract is broken. Does not lint (npm run pipeline does both).',
  flags: {
    '--check': 'write nothing; list every stale or orphaned file and exit 1 if any (npm run generate:check)',
    '--root <file>': 'the contract root to read (default openapi/openapi.yaml)',
    '--out <dir>': 'where to write (default generated/)',
  },
  exitCodes: { 0: 'written, or up to date', 1: 'the contract is broken, or (--check) files are stale', 2: 'bad command line' },
};

export function parseArgs(argv: string[]): GenerateOptions {
  const f = parseFlags('generate', argv, { check: { type: 'boolean' }, root: { type: 'string' }, out: { type: 'string' } }, HELP);
  const opts: GenerateOptions = {};
  if (f.check) opts.check = true;
  if (f.root !== undefined) opts.root = path.resolve(f.root);
  if (f.out !== undefined) opts.outDir = path.resolve(f.out);
  return opts;
}

runMain(import.meta.url, async (argv) => {
  let opts: GenerateOptions;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    return reportUsage(err);
  }
  return runGenerate(opts);
});
