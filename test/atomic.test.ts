/** scripts/lib/atomic.ts: every file staged and fsynced first, then renamed into place; a failure leaves the targets and the folder as they were. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeFilesAtomic } from '../scripts/lib/atomic.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-atomic-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const listing = (d: string) => fs.readdirSync(d, { recursive: true }).map(String).sort();

it('writes changed files, leaves unchanged ones untouched (same inode, same mtime), and leaves no temp file', async () => {
  const dir = path.join(tmp, 'ok');
  fs.mkdirSync(dir);
  const same = path.join(dir, 'same.txt');
  fs.writeFileSync(same, 'kept\n');
  const before = fs.statSync(same);
  const written = await writeFilesAtomic(
    new Map<string, string | Uint8Array>([
      [path.join(dir, 'a.txt'), 'a\n'],
      [same, 'kept\n'],
      [path.join(dir, 'deep', 'b.bin'), new Uint8Array([0, 1, 2])],
    ]),
  );
  expect(written).toEqual([path.join(dir, 'a.txt'), path.join(dir, 'deep', 'b.bin')]);
  expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('a\n');
  expect([...fs.readFileSync(path.join(dir, 'deep', 'b.bin'))]).toEqual([0, 1, 2]);
  const after = fs.statSync(same);
  expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  expect(listing(dir)).toEqual(['a.txt', 'deep', 'deep/b.bin', 'same.txt']);
});

it('a file that cannot be staged fails the whole write: no target changed, no temp file left', async () => {
  const dir = path.join(tmp, 'fail');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'a.txt'), 'old a\n');
  fs.writeFileSync(path.join(dir, 'blocker'), 'a file where a folder would have to be\n');
  const files = new Map<string, string>([
    [path.join(dir, 'a.txt'), 'new a\n'],
    [path.join(dir, 'b.txt'), 'new b\n'],
    [path.join(dir, 'blocker', 'c.txt'), 'c\n'],
  ]);
  await expect(writeFilesAtomic(files)).rejects.toThrow(/blocker/);
  // Give any stage still going on (there must be none) time to leave its temp file.
  await new Promise((r) => setTimeout(r, 200));
  expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('old a\n');
  expect(listing(dir)).toEqual(['a.txt', 'blocker']);
});

it('a target that is a folder fails the write before any rename: the other targets are untouched', async () => {
  const dir = path.join(tmp, 'folder');
  fs.mkdirSync(path.join(dir, 'target'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'a.txt'), 'old a\n');
  const files = new Map<string, string>([
    [path.join(dir, 'a.txt'), 'new a\n'],
    [path.join(dir, 'target'), 'a file where a folder is\n'],
  ]);
  await expect(writeFilesAtomic(files)).rejects.toThrow(/^cannot write .*[/]folder[/]target: EISDIR/);
  await new Promise((r) => setTimeout(r, 200));
  expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('old a\n');
  expect(listing(dir)).toEqual(['a.txt', 'target']);
});
