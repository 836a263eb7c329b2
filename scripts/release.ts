/**
 * npm run release [-- --dry-run]
 *
 * Releases the working contract under its info.version: stores the bundled
 * document as releases/<version>.json (the baseline `npm run diff` compares
 * against) and adds the classified changes to CHANGELOG.md, both written
 * atomically (both staged before either is renamed into place). Refuses, without writing anything, when
 * - releases/<version>.json already exists (released contracts are never overwritten),
 * - info.version is not above the last release,
 * - nothing changed since the last release,
 * - a change is breaking and the major version was not raised.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleContract, ContractError, type OpenApiDocument } from './lib/contract.ts';
import { writeFilesAtomic } from './lib/atomic.ts';
import { SPEC_ROOT, rel } from './lib/paths.ts';
import { DiffError, compareVersions, diffContracts, formatReport, gate, parseVersion, stripGenerated, type Change } from './lib/diff.ts';
import { CHANGELOG_PATH, RELEASES_DIR, changelogEntry, changelogHas, insertChangelogEntry, listReleases, readRelease, releaseText } from './lib/diff-release.ts';
import { runMain, parseFlags } from './lib/cli.ts';

export class ReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}

export interface ReleaseOptions {
  releasesDir?: string;
  changelogPath?: string;
  /** The contract to release; default: openapi/ bundled in memory. */
  contract?: OpenApiDocument;
  root?: string;
  /** YYYY-MM-DD for the changelog; default: today (UTC). */
  date?: string;
  dryRun?: boolean;
}

export interface ReleaseOutcome {
  version: string;
  previous?: string;
  changes: Change[];
  entry: string;
  /** Files written (none on a dry run). */
  written: string[];
}

/** Throws ReleaseError (or DiffError / ContractError) with the reason; writes nothing then. */
export async function release(opts: ReleaseOptions = {}): Promise<ReleaseOutcome> {
  const releasesDir = opts.releasesDir ?? RELEASES_DIR;
  const changelogPath = opts.changelogPath ?? CHANGELOG_PATH;
  const doc = stripGenerated(opts.contract ?? (await bundleContract(opts.root ?? SPEC_ROOT)).doc);
  const version = parseVersion(doc.info?.version, 'info.version in openapi/openapi.yaml');
  const target = path.join(releasesDir, `${version.text}.json`);
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ReleaseError(`release: --date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);

  if (fs.existsSync(target)) {
    throw new ReleaseError(`release: ${rel(target)} already exists; a released contract is never overwritten. Raise info.version in openapi/openapi.yaml for a new release.`);
  }
  const all = listReleases(releasesDir);
  const last = all.length ? readRelease(all[all.length - 1]!) : undefined;
  let changes: Change[] = [];
  if (last) {
    if (compareVersions(version, last.version) <= 0) {
      throw new ReleaseError(`release: info.version ${version.text} is not above the last release ${last.version.text}; raise it in openapi/openapi.yaml (minor or patch for compatible changes, major for breaking ones).`);
    }
    changes = diffContracts(last.doc, doc);
    if (!changes.length) {
      throw new ReleaseError(`release: nothing to release; the contract is the same as released ${last.version.text} (${rel(last.file)}).`);
    }
    const verdict = gate(changes, last.version.text, version.text);
    if (!verdict.ok) throw new ReleaseError(`release: refused. ${verdict.message}`);
  }
  const existing = fs.existsSync(changelogPath) ? fs.readFileSync(changelogPath, 'utf8') : undefined;
  if (existing !== undefined && changelogHas(existing, version.text)) {
    throw new ReleaseError(`release: ${rel(changelogPath)} already has a section for ${version.text}; remove it or raise info.version.`);
  }
  const entry = changelogEntry({ version: version.text, date, previous: last?.version.text, changes, doc, releasesDir });
  const outcome: ReleaseOutcome = { version: version.text, previous: last?.version.text, changes, entry, written: [] };
  if (opts.dryRun) return outcome;
  outcome.written = writeFilesAtomic(
    new Map([
      [target, releaseText(doc)],
      [changelogPath, insertChangelogEntry(existing, entry)],
    ]),
  );
  return outcome;
}

export function parseArgs(argv: string[]): ReleaseOptions {
  const f = parseFlags(
    'release',
    argv,
    { 'dry-run': { type: 'boolean' }, date: { type: 'string' }, 'releases-dir': { type: 'string' }, changelog: { type: 'string' }, root: { type: 'string' } },
    'usage: npm run release [-- --dry-run] [--date YYYY-MM-DD] [--releases-dir <dir>] [--changelog <file>] [--root <openapi.yaml>]',
    (m) => new ReleaseError(m),
  );
  const opts: ReleaseOptions = {};
  if (f['dry-run']) opts.dryRun = true;
  if (f.date !== undefined) opts.date = f.date;
  if (f['releases-dir'] !== undefined) opts.releasesDir = path.resolve(f['releases-dir']);
  if (f.changelog !== undefined) opts.changelogPath = path.resolve(f.changelog);
  if (f.root !== undefined) opts.root = path.resolve(f.root);
  return opts;
}

export async function runRelease(argv: string[], log: (l: string) => void = console.log, error: (l: string) => void = console.error): Promise<number> {
  try {
    const opts = parseArgs(argv);
    const out = await release(opts);
    if (out.previous) log(formatReport(out.changes, out.previous, out.version, `${out.previous}.json`) + '\n');
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
