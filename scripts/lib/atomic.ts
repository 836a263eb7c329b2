/** Atomic file writes: write a sibling temp file, fsync, rename over the target. */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Write a set of files so that either all of them change or none do: every
 * content is staged to a temp file first; only when all are staged are they
 * renamed into place. Unchanged files are not touched. Returns the paths written.
 */
export function writeFilesAtomic(files: Map<string, string | Uint8Array>): string[] {
  const staged: Array<[string, string]> = [];
  try {
    for (const [file, content] of files) {
      const buf = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
      if (fs.existsSync(file) && fs.readFileSync(file).equals(buf)) continue;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
      fs.writeFileSync(tmp, buf);
      staged.push([tmp, file]);
    }
  } catch (err) {
    for (const [tmp] of staged) fs.rmSync(tmp, { force: true });
    throw err;
  }
  for (const [tmp, file] of staged) fs.renameSync(tmp, file);
  return staged.map(([, file]) => file);
}
