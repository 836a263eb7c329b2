/**
 * Spectral's JSONPath engine: nimma's modern build, with each compiled query
 * kept. The compiled build (scripts/lib/compiled.mjs, WRAPPERS) bundles this
 * module where @stoplight/spectral-core requires `nimma/legacy`.
 *
 * - The modern build: spectral-core 1.24 requires `nimma/legacy`, Babel's
 *   output for old browsers (class private fields through helper calls:
 *   `_classExtractFieldDescriptor` alone was 55 ms of a run at 100
 *   operations). nimma 0.2.3 ships the same source built for current engines
 *   as `nimma` (engines node >= 14.13); Spectral runs over the 100-operation
 *   bench contract went from 714–732 to 511–560 ms of CPU
 *   (docs/toolchain-notes.md).
 * - Queries kept: spectral-core's runner makes a `new Nimma(expressions, …)`
 *   on every lint: nimma parses every rule's `given` path, generates one
 *   function that walks the document once for all of them, and compiles it
 *   with `Function`. The expressions are the ruleset's, the same from one
 *   lint to the next, so a warm lint thread did that work again on every
 *   save. A Nimma instance is made to be queried many times: the generated
 *   function keeps nothing between queries (each query makes its own scope),
 *   and `query` compiles it once and reuses it. So an instance is made per
 *   distinct set of expressions and options and handed back for the same
 *   set again. Spectral's runner makes two sets per ruleset (rules on the
 *   resolved and on the unresolved document); a changed ruleset makes new
 *   sets. The last `MAX_QUERIES` are kept.
 */
// The copy spectral-core itself resolves (one nimma is installed, at the top
// of node_modules; test/compiled.test.ts checks that both resolve to it).
import NimmaModule from 'nimma';
import { Lru } from './lru.ts';

// A CommonJS or ES module, depending on who loads it: the class itself, or on .default.
const Nimma = ((NimmaModule as unknown as { default?: typeof NimmaModule }).default ?? NimmaModule) as typeof NimmaModule;
type NimmaInstance = InstanceType<typeof Nimma>;
type NimmaOptions = ConstructorParameters<typeof Nimma>[1] & Record<string, unknown>;

/** Compiled query sets kept; past this the least recently used is dropped. */
export const MAX_QUERIES = 16;

const queries = new Lru<string, NimmaInstance>(MAX_QUERIES);
/** Fallback engines (objects with functions) are told apart by identity. */
const fallbackIds = new WeakMap<object, number>();
let nextFallbackId = 0;
let made = 0;

function keyOf(expressions: string[], options: NimmaOptions = {}): string {
  const { fallback, ...rest } = options;
  let fallbackId = -1;
  if (fallback !== null && typeof fallback === 'object') {
    fallbackId = fallbackIds.get(fallback) ?? nextFallbackId++;
    fallbackIds.set(fallback, fallbackId);
  }
  return JSON.stringify([expressions, fallbackId, Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))]);
}

/**
 * Called with `new` as nimma's class is: returns the instance made before
 * for the same expressions and options, or a new one.
 */
function CachedNimma(expressions: string[], options?: NimmaOptions): NimmaInstance {
  const key = keyOf(expressions, options);
  const hit = queries.get(key);
  if (hit) return hit;
  const fresh = new Nimma(expressions, options);
  made++;
  queries.set(key, fresh);
  return fresh;
}

/** How many instances were made (a set seen before makes none). */
export function nimmaInstancesMade(): number {
  return made;
}

export default CachedNimma as unknown as typeof Nimma;
