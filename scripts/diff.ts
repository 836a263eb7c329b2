/**
 * npm run diff [-- --json]
 *
 * Compares the working contract (openapi/, bundled in memory) with the last
 * released one (the highest version in releases/) and prints every change,
 * classified breaking or compatible for clients, with what it means for
 * servers. No network, no files written.
 *
 * Exit codes: 0 no breaking change, or the major version was raised;
 * 1 a breaking change without a major version bump (or info.version below
 * the release); 2 the comparison could not run (broken contract, no release,
 * bad arguments).
 */
import path from 'node:path';
import { ContractError, type OpenApiDocument } from './lib/findings.ts';
import { SPEC_ROOT, rel } from './lib/paths.ts';
import { DiffError, diffContracts, formatReport, gate, stripGenerated, type Change, type GateResult } from './lib/diff/index.ts';
import { RELEASES_DIR, latestRelease } from './lib/diff/releases.ts';
import { parseFlags, reportUsage, runMain, type CommandHelp } from './lib/cli.ts';

export interface DiffOptions {
  releasesDir?: string;
  /** The working contract; default: openapi/ bundled in memory. */
  contract?: OpenApiDocument;
  root?: string;
  json?: boolean;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

export interface DiffRun {
  code: number;
  changes: Change[];
  verdict?: GateResult;
  released?: string;
  working?: string;
}

export async function runDiff(opts: DiffOptions = {}): Promise<DiffRun> {
  const log = opts.log ?? console.log;
  const error = opts.error ?? console.error;
  const releasesDir = opts.releasesDir ?? RELEASES_DIR;
  try {
    // The bundler (openapi-core) loads only when there is something to bundle: `--help` stays quick.
    const working = stripGenerated(opts.contract ?? (await (await import('./lib/contract.ts')).bundleContract(opts.root ?? SPEC_ROOT)).doc);
    const last = latestRelease(releasesDir);
    if (!last) {
      error(`diff: no released contract in ${rel(releasesDir)}/; run \`npm run release\` to release the current one first.`);
      return { code: 2, changes: [] };
    }
    const changes = diffContracts(last.doc, working);
    const verdict = gate(changes, last.version.text, String(working.info?.version));
    const verdictLine = `diff: ${verdict.ok ? 'OK' : 'FAILED'}: ${verdict.reason}${verdict.next ? `; ${verdict.next}` : ''}`;
    if (opts.json) {
      // stdout carries the JSON document alone; a failure is also said in words, on stderr.
      log(JSON.stringify({ released: last.version.text, working: working.info?.version, ok: verdict.ok, message: verdict.message, changes }, null, 2));
      if (!verdict.ok) error(verdictLine);
    } else {
      log(formatReport(changes, last.version.text, String(working.info?.version), rel(last.file)));
      if (changes.length || !verdict.ok) (verdict.ok ? log : error)(verdictLine);
    }
    return { code: verdict.ok ? 0 : 1, changes, verdict, released: last.version.text, working: String(working.info?.version) };
  } catch (err) {
    if (err instanceof ContractError) {
      error(`diff: the working contract is broken, so nothing was compared; fix what is listed below (npm run lint shows the same), then run diff again.\n${err.message}`);
      return { code: 2, changes: [] };
    }
    if (err instanceof DiffError) {
      error(`diff: nothing was compared: ${err.message}`);
      return { code: 2, changes: [] };
    }
    throw err;
  }
}

export const HELP: CommandHelp = {
  usage: 'npm run diff [-- --json] [--releases-dir <dir>] [--root <openapi.yaml>]',
  summary:
    'Compare the working contract with the last release in releases/ and classify every change as breaking or compatible, for clients and for servers, with its JSON path, where it is reached from, and why. Fails on a breaking change unless info.version raised its major number. For JSON only on stdout, run it silently: npm run -s diff -- --json (npm run prints its own header lines otherwise).',
  flags: {
    '--json': 'print the changes as JSON (with npm run -s, stdout is then JSON alone)',
    '--releases-dir <dir>': 'where the released contracts are (default releases/)',
    '--root <file>': 'the working contract root (default openapi/openapi.yaml)',
  },
  exitCodes: { 0: 'no breaking change (or the major version was raised)', 1: 'a breaking change without a major version bump', 2: 'bad command line, or the contract or a release could not be read' },
};

export function parseArgs(argv: string[]): DiffOptions {
  const f = parseFlags('diff', argv, { json: { type: 'boolean' }, 'releases-dir': { type: 'string' }, root: { type: 'string' } }, HELP);
  const opts: DiffOptions = {};
  if (f.json) opts.json = true;
  if (f['releases-dir'] !== undefined) opts.releasesDir = path.resolve(f['releases-dir']);
  if (f.root !== undefined) opts.root = path.resolve(f.root);
  return opts;
}

// An unexpected error (a bug) prints its stack and exits 2, as a contract or release that cannot be read does.
runMain(
  import.meta.url,
  async (argv) => {
    let opts: DiffOptions;
    try {
      opts = parseArgs(argv);
    } catch (err) {
      return reportUsage(err);
    }
    return (await runDiff(opts)).code;
  },
  2,
);
