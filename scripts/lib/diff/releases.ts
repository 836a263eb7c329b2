/**
 * The released contracts (releases/<version>.json): where the breaking-change
 * guard finds its baseline, and the bytes `npm run release` stores. Every
 * path is a parameter so tests can work in a temporary copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApiDocument } from '../contract.ts';
import { ROOT, rel } from '../paths.ts';
import { stripGenerated } from './index.ts';
import { compareVersions, parseVersion, type SemVer } from './semver.ts';
import { DiffError } from './types.ts';

/** One file per released version, named after info.version. See releases/README.md. */
export const RELEASES_DIR = path.join(ROOT, 'releases');

export interface ReleaseFile {
  version: SemVer;
  file: string;
}
export interface ReleasedContract extends ReleaseFile {
  doc: OpenApiDocument;
}

/** Every released version in `dir`, lowest first. Anything else ending in .json is an error. */
export function listReleases(dir: string = RELEASES_DIR): ReleaseFile[] {
  if (!fs.existsSync(dir)) return [];
  const out: ReleaseFile[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.startsWith('.') || !name.endsWith('.json')) continue; // README.md, atomic-write temp files
    const file = path.join(dir, name);
    const version = parseVersion(name.slice(0, -'.json'.length), `${rel(file)}: the file name`, `rename it to <its info.version>.json, or move it out of ${rel(dir)}/`);
    out.push({ version, file });
  }
  return out.sort((a, b) => compareVersions(a.version, b.version));
}

export function readRelease(r: ReleaseFile): ReleasedContract {
  let doc: OpenApiDocument;
  try {
    doc = JSON.parse(fs.readFileSync(r.file, 'utf8'));
  } catch (err) {
    throw new DiffError(`${rel(r.file)}: not readable JSON (${(err as Error).message}); restore it from git (released contracts are never edited by hand)`);
  }
  if (!doc || typeof doc !== 'object' || typeof doc.openapi !== 'string' || typeof doc.paths !== 'object') {
    throw new DiffError(`${rel(r.file)}: not an OpenAPI document (no "openapi" or "paths"); restore it from git, or move it out of ${rel(path.dirname(r.file))}/`);
  }
  if (doc.info?.version !== r.version.text) {
    throw new DiffError(`${rel(r.file)}: info.version is ${JSON.stringify(doc.info?.version)} but the file name says ${r.version.text}; restore the file from git, or name it after its info.version`);
  }
  return { ...r, doc };
}

/** The highest released version, or undefined when nothing was released yet. */
export function latestRelease(dir: string = RELEASES_DIR): ReleasedContract | undefined {
  const all = listReleases(dir);
  const last = all[all.length - 1];
  return last ? readRelease(last) : undefined;
}

/** The bytes of a released contract: the bundle without `x-generated`, 2-space JSON, final newline. */
export function releaseText(doc: OpenApiDocument): string {
  return `${JSON.stringify(stripGenerated(doc), null, 2)}\n`;
}
