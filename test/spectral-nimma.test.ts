/**
 * Spectral's JSONPath engine with each compiled query kept
 * (scripts/lib/spectral-nimma.ts, bundled where spectral-core requires
 * `nimma/legacy`): the same expressions and options give the instance made
 * before, anything else a new one, and a kept instance answers a second
 * document exactly as a new one does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import CachedNimma, { MAX_QUERIES, nimmaInstancesMade } from '../scripts/lib/spectral-nimma.ts';
import { COMPILED_DIR, compiledFile, compiledKey, WRAPPERS } from '../scripts/lib/compiled.mjs';
import { ROOT } from '../scripts/lib/paths.ts';

// What Spectral's runner passes (@stoplight/spectral-core dist/runner/runner.js).
const fromRunner = createRequire(path.join(ROOT, 'node_modules/@stoplight/spectral-core/dist/runner/runner.js'));
const { jsonPathPlus } = fromRunner('nimma/fallbacks') as { jsonPathPlus: object };
const Legacy = (fromRunner('nimma/legacy') as { default: typeof CachedNimma }).default;
const options = () => ({ fallback: jsonPathPlus, unsafe: false, output: 'auto' as const, customShorthands: {} });
// A filter, a deep scan and a path nimma hands to its fallback (`^`, the parent).
const EXPRESSIONS = ['$..description', '$.paths[*][?(@ && @.operationId)]', '$..enum^'];

function hits(nimma: InstanceType<typeof CachedNimma>, doc: Record<string, unknown>): string[] {
  const out: string[] = [];
  const callbacks = Object.fromEntries(EXPRESSIONS.map((e) => [e, (scope: unknown) => void out.push(`${e} ${JSON.stringify((scope as { path: unknown[] }).path)}`)]));
  nimma.query(doc, callbacks);
  return out.sort();
}

const doc = (n: number) => ({
  info: { description: `v${n}` },
  paths: Object.fromEntries(Array.from({ length: n }, (_, i) => [`/p${i}`, { get: { operationId: `op${i}`, description: 'd' }, put: {} }])),
  components: { schemas: { S: { type: 'string', enum: ['a', 'b'] } } },
});

describe("Spectral's nimma with compiled queries kept", () => {
  it('hands back the instance made for the same expressions and options, and makes a new one for others', () => {
    const made = nimmaInstancesMade();
    const a = new CachedNimma([...EXPRESSIONS], options());
    expect(new CachedNimma([...EXPRESSIONS], options())).toBe(a);
    expect(nimmaInstancesMade()).toBe(made + 1);
    expect(new CachedNimma(EXPRESSIONS.slice(1), options())).not.toBe(a);
    expect(new CachedNimma([...EXPRESSIONS], { ...options(), unsafe: true })).not.toBe(a);
    expect(new CachedNimma([...EXPRESSIONS], { ...options(), fallback: { ...jsonPathPlus } })).not.toBe(a);
    expect(nimmaInstancesMade()).toBe(made + 4);
  });

  it('a kept instance answers each document as a new instance does', () => {
    const kept = new CachedNimma([...EXPRESSIONS], options());
    for (const n of [1, 3, 0, 2]) {
      const fresh = new Legacy([...EXPRESSIONS], options());
      expect(fresh).not.toBe(kept);
      const expected = hits(fresh, doc(n));
      expect(expected.length).toBeGreaterThan(0);
      expect(hits(kept, doc(n))).toEqual(expected);
    }
  });

  it(`keeps the ${MAX_QUERIES} most recently used sets`, () => {
    const first = new CachedNimma(['$.a0'], options());
    for (let i = 1; i < MAX_QUERIES; i++) new CachedNimma([`$.a${i}`], options());
    expect(new CachedNimma(['$.a0'], options())).toBe(first); // used again: now the most recent
    new CachedNimma(['$.b'], options()); // drops the least recently used, $.a1
    expect(new CachedNimma(['$.a0'], options())).toBe(first);
    const made = nimmaInstancesMade();
    new CachedNimma(['$.a1'], options());
    expect(nimmaInstancesMade()).toBe(made + 1);
  });

  it('is what the compiled build bundles where Spectral requires nimma/legacy', async () => {
    expect(WRAPPERS).toEqual({ 'nimma/legacy': 'scripts/lib/spectral-nimma.ts' });
    await compiledFile('scripts/lib/lint-worker.ts');
    const dir = path.join(COMPILED_DIR, compiledKey());
    const text = fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    expect(text).toMatch(/fallbackIds\d*\s*=\s*new WeakMap/);
  });
});
