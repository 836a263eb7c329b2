/** Atomic file writes: write a sibling temp file, fsync, rename over the target (an unchanged file is left alone). */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';

export function writeFileAtomic(file: string, content: string | Uint8Array): Promise<string[]> {
  return writeFilesAtomic(new Map([[file, content]]));
}

/** Stage one file beside its target (written and fsynced), unless the target already holds these bytes. */
async function stage(file: string, content: string | Uint8Array, staged: string[]): Promise<[string, string] | undefined> {
  const buf = Buffer.from(content);
  // Only a missing file is new; anything else (a folder in the way, no permission) fails the write here, before any rename.
  const onDisk = await fsp.readFile(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    // fs names no path for some of these (EISDIR on a read): name it.
    throw Object.assign(new Error(`cannot write ${file}: ${err.message}`, { cause: err }), { code: err.code });
  });
  if (onDisk?.equals(buf)) return undefined;
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  staged.push(tmp);
  const handle = await fsp.open(tmp, 'w');
  try {
    await handle.writeFile(buf);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return [tmp, file];
}

/**
 * Write a set of files: every new content is first staged, fsynced, next to
 * its target (all files at once: their fsyncs overlap in libuv's thread
 * pool); only when all are staged are they renamed into place, in the map's
 * order, each rename atomic. A failure while staging leaves every target
 * untouched and no temp file behind; a failure while renaming (disk gone,
 * permissions) removes the temp files not yet renamed and rethrows.
 * Unchanged files are not touched. Resolves to the paths written.
 */
export async function writeFilesAtomic(files: Map<string, string | Uint8Array>): Promise<string[]> {
  const temps: string[] = [];
  const settled = await Promise.allSettled([...files].map(([file, content]) => stage(file, content, temps)));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) {
    for (const tmp of temps) fs.rmSync(tmp, { force: true });
    throw failed.reason;
  }
  const staged = settled.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
  for (let i = 0; i < staged.length; i++) {
    const [tmp, file] = staged[i]!;
    try {
      fs.renameSync(tmp, file);
    } catch (err) {
      for (const [rest] of staged.slice(i)) fs.rmSync(rest, { force: true });
      throw err;
    }
  }
  return staged.map(([, file]) => file);
}
