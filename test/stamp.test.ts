/** The pipeline's no-change fast path: a stamp of inputs and outputs decides whether a run may be skipped. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearStamp, hashInputs, inputFiles, isFresh, writeStamp } from '../scripts/lib/stamp.ts';
import { ROOT, rel } from '../scripts/lib/paths.ts';

const key = `test-${process.pid}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
afterAll(() => {
  clearStamp(key);
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('stamp', () => {
  it('covers the contract, the lint configs, the lockfile, what is installed and the pipeline code, as the compiled build does', () => {
    const files = inputFiles().map(rel);
    expect(files).toEqual(
      expect.arrayContaining([
        'openapi/openapi.yaml',
        'openapi/components/schemas/Call.yaml',
        'redocly.yaml',
        '.spectral.yaml',
        'package-lock.json',
        'scripts/lib/pipeline.ts',
        'scripts/lib/generate.ts',
        // Everything the chain's code imports from src/, and what npm installed.
        'src/pointer.ts',
        'src/ref.ts',
        'node_modules/.package-lock.json',
      ]),
    );
  });
  it('is fresh only while inputs hash the same and outputs are untouched', async () => {
    // Inputs and outputs of our own, so that concurrent edits elsewhere cannot flip the result.
    const input = path.join(tmp, 'in.yaml');
    const output = path.join(tmp, 'out.txt');
    fs.writeFileSync(input, 'a: 1\n');
    fs.writeFileSync(output, 'generated\n');
    const outRel = path.relative(ROOT, output);
    expect(isFresh(key, hashInputs([input]))).toBe(false); // no stamp yet
    await writeStamp(key, [outRel], hashInputs([input]));
    expect(isFresh(key, hashInputs([input]))).toBe(true);
    fs.writeFileSync(input, 'a: 2\n');
    expect(isFresh(key, hashInputs([input]))).toBe(false); // an input changed
    fs.writeFileSync(input, 'a: 1\n');
    expect(isFresh(key, hashInputs([input]))).toBe(true);
    fs.appendFileSync(output, 'a hand edit\n');
    expect(isFresh(key, hashInputs([input]))).toBe(false); // an output was touched
    fs.writeFileSync(output, 'generated\n');
    fs.rmSync(output);
    expect(isFresh(key, hashInputs([input]))).toBe(false); // an output is gone
    clearStamp(key);
    fs.writeFileSync(output, 'generated\n');
    expect(isFresh(key, hashInputs([input]))).toBe(false); // a failed run clears it
  });
});
