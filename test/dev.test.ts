/** npm run dev: a save in the watched contract regenerates the output in the warm process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { watchContract } from '../scripts/dev.ts';
import { ROOT } from '../scripts/lib/paths.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-dev-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it('regenerates after a save, including an editor-style atomic save (write temp + rename)', async () => {
  const dir = path.join(tmp, 'openapi');
  const out = path.join(tmp, 'generated');
  fs.cpSync(path.join(ROOT, 'openapi'), dir, { recursive: true });
  const lines: string[] = [];
  const w = watchContract({ dir, outDir: out, lint: false, log: (l) => lines.push(l) });
  try {
    const file = path.join(dir, 'components/schemas/CallStatus.yaml');
    // A plain in-place write.
    let next = w.next();
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Where the call is in its life.', 'Where the call stands.'));
    const first = await next;
    expect(first.code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'schema.d.ts'), 'utf8')).toContain('Where the call stands.');
    // An atomic save: a new inode replaces the file.
    next = w.next();
    const tmpFile = `${file}.swp`;
    fs.writeFileSync(tmpFile, fs.readFileSync(file, 'utf8').replace('Where the call stands.', 'Where the call is now.'));
    fs.renameSync(tmpFile, file);
    const second = await next;
    expect(second.code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'schema.d.ts'), 'utf8')).toContain('Where the call is now.');
    expect(lines.some((l) => /CallStatus\.yaml changed → regenerated in \d+ ms/.test(l))).toBe(true);
  } finally {
    w.close();
  }
}, 30_000);
