/** Atomic file writes: write a sibling temp file, fsync, rename over the target (an unchanged file is left alone). */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  writeFilesAtomic(new Map([[file, content]]));
}

/**
 * Write a set of files: every new content is first staged, fsynced, next to
 * its target; only when all are staged are they renamed into place, each
 * rename atomic. A failure while staging leaves every target untouched and no
 * temp file behind; a failure while renaming (disk gone, permissions) removes
 * the temp files not yet renamed and rethrows. Unchanged files are not
 * touched. Returns the paths written.
 */
export function writeFilesAtomic(files: Map<string, string | Uint8Array>): string[] {
  const staged: Array<[string, string]> = [];
  const cleanup = (from: number) => {
    for (const [tmp] of staged.slice(from)) fs.rmSync(tmp, { force: true });
  };
  try {
    for (const [file, content] of files) {
      const buf = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
      if (fs.existsSync(file) && fs.readFileSync(file).equals(buf)) continue;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
      staged.push([tmp, file]);
      const fd = fs.openSync(tmp, 'w');
      try {
        fs.writeFileSync(fd, buf);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
  } catch (err) {
    cleanup(0);
    throw err;
  }
  for (let i = 0; i < staged.length; i++) {
    const [tmp, file] = staged[i]!;
    try {
      fs.renameSync(tmp, file);
    } catch (err) {
      cleanup(i);
      throw err;
    }
  }
  return staged.map(([, file]) => file);
}
