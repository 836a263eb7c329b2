/**
 * The seeded fuzz corpus (the fuzzer's HTTP cases for every operation) sent
 * to the MSW handlers and to Prism gets the same accept/reject verdict for
 * every case. MSW_FUZZ_SEED / MSW_FUZZ_COUNT replay or widen a run.
 */
import { describe, expect, inject, it } from 'vitest';
import { compareMswWithPrism } from '../scripts/lib/fuzz/msw.ts';

const seed = Number(process.env['MSW_FUZZ_SEED'] ?? 20261127);
const count = Number(process.env['MSW_FUZZ_COUNT'] ?? 500);

describe('MSW vs Prism on the seeded fuzz corpus', () => {
  it(`seed ${seed}, ${count} cases: 0 disagreements`, async () => {
    const r = await compareMswWithPrism({ prismUrl: inject('prismUrl'), seed, count });
    console.log(`msw-vs-prism: seed ${r.seed}, ${r.sent} HTTP cases, ${r.accepted} accepted by both, ${r.rejected} rejected by both, ${r.disagreements.length} disagreements, ${r.elapsedMs} ms`);
    expect(r.disagreements).toEqual([]);
    expect(r.sent).toBeGreaterThan(count * 0.5);
    // Both verdicts occur: the corpus is not one-sided.
    expect(r.accepted).toBeGreaterThan(r.sent * 0.1);
    expect(r.rejected).toBeGreaterThan(r.sent * 0.1);
  }, 120_000);
});
