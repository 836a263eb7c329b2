/**
 * A cache that keeps the `max` most recently used entries: a Map keeps
 * insertion order, a hit moves its key to the end, and a set on a full cache
 * drops the first (least recently used) key. Used by the caches that live
 * across lints (scripts/lib/redocly-ajv.ts, scripts/lib/spectral-nimma.ts).
 */
export class Lru<K, V> {
  readonly #entries = new Map<K, V>();
  constructor(readonly max: number) {}

  get size(): number {
    return this.#entries.size;
  }

  /** The value kept for `key`, now the most recently used; undefined when there is none. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Keep `value` for `key` as the most recently used, dropping the least recently used when full. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.max) this.#entries.delete(this.#entries.keys().next().value as K);
    this.#entries.set(key, value);
  }
}
