/**
 * npm run release [-- --dry-run]
 *
 * Releases the working contract under its info.version, which is also the
 * npm package's version: stores the bundled document as
 * releases/<version>.json (the baseline `npm run diff` compares against),
 * adds the classified changes to CHANGELOG.md, and sets package.json's
 * `version` (and package-lock.json's) to info.version, all written
 * atomically (every file staged before any is renamed into place). Refuses,
 * without writing anything, when
 * - releases/<version>.json already exists (released contracts are never overwritten),
 * - info.version is not above the last release,
 * - nothing changed since the last release,
 * - a change is breaking and the major version was not raised,
 * - package.json's version is above info.version (it would go backwards),
 * - generated/ or docs/index.html is stale, or lint finds anything (the one
 *   chain, runPipeline({ check: true }), decides: what ships must be what the
 *   contract produces).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContractError, formatFinding, type OpenApiDocument } from './lib/findings.ts';
import { writeFilesAtomic } from './lib/atomic.ts';
import { ROOT, SPEC_ROOT, rel } from './lib/paths.ts';
import type { PipelineOptions, PipelineResult } from './lib/pipeline.ts';
import { DiffError, compareVersions, diffContracts, formatReport, gate, parseVersion, stripGenerated, type Change } from './lib/diff/index.ts';
import { RELEASES_DIR, listReleases, readRelease, releaseText } from './lib/diff/releases.ts';
import { CHANGELOG_PATH, changelogEntry, changelogHas, insertChangelogEntry } from './lib/diff/changelog.ts';
import { runMain, parseFlags, UsageError, type CommandHelp } from './lib/cli.ts';
import { ToolError } from './lib/errors.ts';

export class ReleaseError extends ToolError {}

export interface ReleaseOptions {
  releasesDir?: string;
  changelogPath?: string;
  /** The contract to release; default: openapi/ bundled in memory. */
  contract?: OpenApiDocument;
  root?: string;
  /** YYYY-MM-DD for the changelog; default: today (UTC). */
  date?: string;
  dryRun?: boolean;
  /** The package.json whose version follows info.version (default: the project's); its package-lock.json beside it too, when there is one. */
  packageJsonPath?: string;
  /** Where the generated targets are that must be fresh (default generated/). */
  generatedDir?: string;
  /** The rendered docs that must be fresh (default docs/index.html). */
  docsFile?: string;
  /**
   * Check that generated/ and the docs are what the contract produces and
   * that lint is clean, before anything is written. Default: on, unless an
   * in-memory `contract` is given (then nothing on disk belongs to it).
   */
  checkTree?: boolean;
  /** The chain that checks the tree (default runPipeline from scripts/lib/pipeline.ts); a parameter so tests can count or stub it. */
  pipeline?: (opts: PipelineOptions) => Promise<PipelineResult>;
}

export interface ReleaseOutcome {
  version: string;
  previous?: string;
  changes: Change[];
  entry: string;
  /** Files written (none on a dry run). */
  written: string[];
  /** package.json's version before the release (after it, it is `version`). */
  packageVersion: string;
}

export const PACKAGE_JSON_PATH = path.join(ROOT, 'package.json');
/** How many lint findings a refusal quotes (they are also what `npm run lint` prints). */
const MAX_FINDINGS = 20;

/** The changelog entry's date, as --date takes it. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const badDate = (date: string) => `release: --date must be YYYY-MM-DD, got ${JSON.stringify(date)}`;

function parseManifest(text: string, file: string): Record<string, unknown> {
  try {
    const json: unknown = JSON.parse(text);
    if (json && typeof json === 'object' && !Array.isArray(json)) return json as Record<string, unknown>;
  } catch (err) {
    throw new ReleaseError(`release: ${rel(file)} is not readable JSON (${(err as Error).message}); nothing was released.`);
  }
  throw new ReleaseError(`release: ${rel(file)} is not a JSON object; nothing was released.`);
}

/** A package.json or package-lock.json text with its own version set to `version`; key order and two-space layout kept. */
export function withPackageVersion(text: string, version: string, file: string): string {
  const json = parseManifest(text, file);
  json['version'] = version;
  const packages = json['packages'] as Record<string, Record<string, unknown>> | undefined;
  if (packages?.['']) packages['']['version'] = version; // package-lock.json v2/v3: the root package's entry
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * Refuses (ReleaseError naming what is stale or what lint found, and the
 * command that fixes it) unless the tree is what the contract produces:
 * two runs of the one chain, runPipeline({ check: true }), the targets and
 * docs without lint, then lint alone (a stale tree is refused first).
 */
async function checkTree(opts: ReleaseOptions): Promise<void> {
  const pipeline = opts.pipeline ?? (await import('./lib/pipeline.ts')).runPipeline;
  const root = opts.root !== undefined ? { root: opts.root } : {};
  // The targets and the docs first, without lint: a stale tree is refused
  // before the linters, the slowest step, run. Then lint alone.
  const generated = await pipeline({
    check: true,
    lint: false,
    log: () => {},
    ...root,
    ...(opts.generatedDir !== undefined && { outDir: opts.generatedDir }),
    ...(opts.docsFile !== undefined && { docsFile: opts.docsFile }),
  });
  if (generated.broken !== undefined) throw new ReleaseError(`release: refused; the contract is broken, nothing was written.\n${generated.broken}`);
  if (generated.stale.length) {
    throw new ReleaseError(
      `release: refused; these files are not what the contract produces (stale), nothing was written:\n${generated.stale.map((f) => `  ${f}`).join('\n')}\nRun \`npm run pipeline\` (it regenerates generated/ and docs/index.html), commit them with openapi/, then run \`npm run release\` again.`,
    );
  }
  const r = await pipeline({ check: true, generate: false, docsFile: false, log: () => {}, ...root });
  if (r.broken !== undefined) throw new ReleaseError(`release: refused; the contract is broken, nothing was written.\n${r.broken}`);
  if (!r.ok) {
    const shown = r.findings.slice(0, MAX_FINDINGS).map(formatFinding);
    const more = r.findings.length > shown.length ? [`… and ${r.findings.length - shown.length} more`] : [];
    throw new ReleaseError(
      `release: refused; lint found ${r.findings.length} problem(s), nothing was written. Fix them (\`npm run lint\` lists them), then run \`npm run release\` again.\n${[...shown, ...more].join('\n')}`,
    );
  }
}

/** Throws ReleaseError (or DiffError / ContractError) with the reason; writes nothing then. */
export async function release(opts: ReleaseOptions = {}): Promise<ReleaseOutcome> {
  const releasesDir = opts.releasesDir ?? RELEASES_DIR;
  const changelogPath = opts.changelogPath ?? CHANGELOG_PATH;
  // The bundler (openapi-core) loads only when there is something to bundle: `--help` stays quick.
  const doc = stripGenerated(opts.contract ?? (await (await import('./lib/contract.ts')).bundleContract(opts.root ?? SPEC_ROOT)).doc);
  const version = parseVersion(doc.info?.version, 'info.version in openapi/openapi.yaml');
  const target = path.join(releasesDir, `${version.text}.json`);
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  if (!DATE.test(date)) throw new ReleaseError(badDate(date));

  if (fs.existsSync(target)) {
    throw new ReleaseError(`release: ${rel(target)} already exists; a released contract is never overwritten. Raise info.version in openapi/openapi.yaml for a new release.`);
  }
  const all = listReleases(releasesDir);
  const last = all.length ? readRelease(all[all.length - 1]!) : undefined;
  let changes: Change[] = [];
  if (last) {
    if (compareVersions(version, last.version) <= 0) {
      throw new ReleaseError(
        `release: info.version ${version.text} is not above the last release ${last.version.text}; raise it in openapi/openapi.yaml (minor or patch for compatible changes, major for breaking ones).`,
      );
    }
    changes = diffContracts(last.doc, doc);
    if (!changes.length) {
      throw new ReleaseError(`release: nothing to release; the contract is the same as released ${last.version.text} (${rel(last.file)}).`);
    }
    const verdict = gate(changes, last.version.text, version.text);
    if (!verdict.ok) throw new ReleaseError(`release: refused. ${verdict.message}`);
  }
  const packageJsonPath = opts.packageJsonPath ?? PACKAGE_JSON_PATH;
  if (!fs.existsSync(packageJsonPath)) throw new ReleaseError(`release: ${rel(packageJsonPath)} does not exist; its version is set to info.version.`);
  const packageText = fs.readFileSync(packageJsonPath, 'utf8');
  const packageVersion = parseVersion(parseManifest(packageText, packageJsonPath)['version'], `"version" in ${rel(packageJsonPath)}`);
  if (compareVersions(packageVersion, version) > 0) {
    throw new ReleaseError(
      `release: ${rel(packageJsonPath)} has version ${packageVersion.text}, above the contract's info.version ${version.text}; the package's version is the contract's. Raise info.version in openapi/openapi.yaml (release then writes it to package.json).`,
    );
  }
  const lockPath = path.join(path.dirname(packageJsonPath), 'package-lock.json');
  const lockText = fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : undefined;
  const existing = fs.existsSync(changelogPath) ? fs.readFileSync(changelogPath, 'utf8') : undefined;
  if (existing !== undefined && changelogHas(existing, version.text)) {
    throw new ReleaseError(`release: ${rel(changelogPath)} already has a section for ${version.text}; remove it or raise info.version.`);
  }
  const entry = changelogEntry({ version: version.text, date, previous: last?.version.text, changes, doc, releasesDir });
  if (opts.checkTree ?? opts.contract === undefined) await checkTree(opts);
  const outcome: ReleaseOutcome = { version: version.text, previous: last?.version.text, changes, entry, written: [], packageVersion: packageVersion.text };
  if (opts.dryRun) return outcome;
  const files = new Map([
    [target, releaseText(doc)],
    [changelogPath, insertChangelogEntry(existing, entry)],
    [packageJsonPath, withPackageVersion(packageText, version.text, packageJsonPath)],
  ]);
  if (lockText !== undefined) files.set(lockPath, withPackageVersion(lockText, version.text, lockPath));
  outcome.written = await writeFilesAtomic(files);
  return outcome;
}

export const HELP: CommandHelp = {
  usage: 'npm run release [-- --dry-run] [--date YYYY-MM-DD] [--releases-dir <dir>] [--changelog <file>] [--package-json <file>] [--root <openapi.yaml>] [--generated-dir <dir>] [--docs-file <file>]',
  summary:
    "Release the working contract under its info.version: store releases/<version>.json, add its classified changes to CHANGELOG.md and set package.json's version (and package-lock.json's) to info.version, all in one atomic write. Refuses, writing nothing, when generated/ or docs/index.html is stale or lint finds anything (run `npm run pipeline` first), when the version is not above the last release, nothing changed, or a breaking change lacks a major bump.",
  flags: {
    '--dry-run': 'check everything and print the changelog entry; write nothing',
    '--date YYYY-MM-DD': "the changelog entry's date (default: today, UTC)",
    '--releases-dir <dir>': 'where released contracts are stored (default releases/)',
    '--changelog <file>': 'the changelog (default CHANGELOG.md)',
    '--package-json <file>': 'the package.json whose version follows info.version (default package.json; its package-lock.json too)',
    '--root <openapi.yaml>': "the contract's root file (default openapi/openapi.yaml)",
    '--generated-dir <dir>': 'the generated targets that must be fresh (default generated/)',
    '--docs-file <file>': 'the rendered docs that must be fresh (default docs/index.html)',
  },
  exitCodes: { 0: 'released (or, with --dry-run, would be)', 1: 'refused or failed: the reason and the command that fixes it are printed; nothing was written', 2: 'bad command line' },
};

export function parseArgs(argv: string[]): ReleaseOptions {
  const f = parseFlags(
    'release',
    argv,
    {
      'dry-run': { type: 'boolean' },
      date: { type: 'string' },
      'releases-dir': { type: 'string' },
      changelog: { type: 'string' },
      'package-json': { type: 'string' },
      root: { type: 'string' },
      'generated-dir': { type: 'string' },
      'docs-file': { type: 'string' },
    },
    HELP,
  );
  const opts: ReleaseOptions = {};
  if (f['dry-run']) opts.dryRun = true;
  if (f.date !== undefined) {
    // A bad value is a bad command line (exit 2), like a bad flag; release() refuses it too for other callers.
    if (!DATE.test(f.date)) throw new UsageError(badDate(f.date));
    opts.date = f.date;
  }
  if (f['releases-dir'] !== undefined) opts.releasesDir = path.resolve(f['releases-dir']);
  if (f.changelog !== undefined) opts.changelogPath = path.resolve(f.changelog);
  if (f['package-json'] !== undefined) opts.packageJsonPath = path.resolve(f['package-json']);
  if (f.root !== undefined) opts.root = path.resolve(f.root);
  if (f['generated-dir'] !== undefined) opts.generatedDir = path.resolve(f['generated-dir']);
  if (f['docs-file'] !== undefined) opts.docsFile = path.resolve(f['docs-file']);
  return opts;
}

/** The command: `extra` adds options the command line has no flag for (a test's pipeline). */
export async function runRelease(argv: string[], log: (l: string) => void = console.log, error: (l: string) => void = console.error, extra: Partial<ReleaseOptions> = {}): Promise<number> {
  try {
    const opts = { ...parseArgs(argv), ...extra };
    const out = await release(opts);
    if (out.previous) log(`${formatReport(out.changes, out.previous, out.version, `${out.previous}.json`)}\n`);
    log(out.entry);
    if (opts.dryRun) log(`release: dry run, nothing written (${out.version}).`);
    else log(`release: ${out.version} released${out.previous ? ` (after ${out.previous})` : ''}; wrote ${out.written.map(rel).join(', ')}.`);
    return 0;
  } catch (err) {
    if (err instanceof ReleaseError || err instanceof DiffError || err instanceof ContractError) {
      error(err instanceof ContractError ? `release: the contract is broken; nothing was released.\n${err.message}` : err.message);
      return 1;
    }
    throw err;
  }
}

runMain(import.meta.url, runRelease);
