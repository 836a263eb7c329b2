/**
 * The no-change fast path of the build chain. A stamp records a sha256 over
 * every input of a run (the contract files, the lint configs, the pipeline's
 * own code with the lockfile and what is installed, and the docs assets) and a sha256 of every file the
 * run produced. When the inputs hash the same and every output is still on
 * disk byte for byte, the run would write nothing: the command can stop
 * before it imports a single heavy library. Only node:fs and node:crypto here.
 *
 * The stamp lives in node_modules/.cache/ (never committed: a fresh clone
 * always does the full run once). `--force` ignores it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic.ts';
import { codeFiles } from './compiled.mjs';
import { DOCS_ASSETS_DIR, OPENAPI_DIR, REDOCLY_CONFIG, ROOT, SPECTRAL_CONFIG, rel } from './paths.ts';

export const STAMP_DIR = path.join(ROOT, 'node_modules', '.cache', 'calls-api-contract');

interface Stamp {
  inputs: string;
  outputs: Record<string, string>;
}

function listFiles(dir: string, keep: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && keep(d.name))
    .map((d) => path.join(d.parentPath, d.name));
}

/** Every file whose bytes can change what the chain produces. */
export function inputFiles(openapiDir: string = OPENAPI_DIR): string[] {
  return [
    ...listFiles(openapiDir, (n) => /\.ya?ml$/.test(n)),
    REDOCLY_CONFIG,
    SPECTRAL_CONFIG,
    // The chain's own code, the lockfile and what is installed: the same
    // list the compiled build is keyed by.
    ...codeFiles(),
    ...listFiles(DOCS_ASSETS_DIR, () => true),
  ].filter((f) => fs.existsSync(f));
}

const sha = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');

/** sha256 over each file's project-relative path and bytes, in path order; `read` gives the bytes (default: from disk). */
export function hashInputs(files: string[], read: (file: string) => Buffer = (f) => fs.readFileSync(f)): string {
  const h = crypto.createHash('sha256');
  for (const f of [...files].sort()) h.update(rel(f)).update('\0').update(read(f)).update('\0');
  return h.digest('hex');
}

const stampFile = (key: string) => path.join(STAMP_DIR, `${key.replace(/[^\w.-]/g, '_')}.json`);

/** True when the inputs hash as recorded and every recorded output is unchanged on disk. */
export function isFresh(key: string, inputsHash: string = hashInputs(inputFiles())): boolean {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile(key), 'utf8')) as Stamp;
  } catch {
    return false;
  }
  if (!stamp || stamp.inputs !== inputsHash || !stamp.outputs || !Object.keys(stamp.outputs).length) return false;
  for (const [file, digest] of Object.entries(stamp.outputs)) {
    const abs = path.join(ROOT, file);
    if (!fs.existsSync(abs) || sha(fs.readFileSync(abs)) !== digest) return false;
  }
  return true;
}

/**
 * Record a successful run: the hash of its inputs, taken before it started
 * (an edit during the run then makes the next run a full one), and its
 * outputs (project-relative paths) as they are on disk now.
 */
export async function writeStamp(key: string, outputs: string[], inputsHash: string): Promise<void> {
  const stamp: Stamp = { inputs: inputsHash, outputs: Object.fromEntries(outputs.map((f) => [f, sha(fs.readFileSync(path.join(ROOT, f)))])) };
  await writeFileAtomic(stampFile(key), JSON.stringify(stamp));
}

/** Forget a stamp (a failed run must not leave an old one that says "fresh"). */
export function clearStamp(key: string): void {
  fs.rmSync(stampFile(key), { force: true });
}
