/** Canonical JSON text (object keys sorted): equal values give equal strings. */

/**
 * Canonical text, remembered per object: the documents do not change during
 * a comparison, and the walk asks again for the same nodes at every level.
 * Object members whose value is undefined are left out and undefined array
 * items are written as null, as JSON.stringify does.
 */
export class CanonicalText {
  private readonly cache = new WeakMap<object, string>();

  of(v: unknown): string {
    if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
    let c = this.cache.get(v);
    if (c === undefined) {
      c = Array.isArray(v)
        ? `[${v.map((x) => (x === undefined ? 'null' : this.of(x))).join(',')}]`
        : `{${Object.keys(v)
            .sort()
            .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${this.of((v as Record<string, unknown>)[k])}`)
            .join(',')}}`;
      this.cache.set(v, c);
    }
    return c;
  }

  /** Equal JSON values (object keys in any order). */
  same(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
    return this.of(a) === this.of(b);
  }
}

/** JSON with object keys sorted: equal values give equal strings. */
export function canonical(value: unknown): string {
  return new CanonicalText().of(value);
}
