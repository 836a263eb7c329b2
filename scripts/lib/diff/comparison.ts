/**
 * One comparison of two documents: the state every rule shares. It holds the
 * released (`base`) and working (`head`) documents, records changes (a change
 * reached again, through a shared component, only adds its place), follows
 * `$ref`s, tells whether two values differ counting what their `$ref`s lead
 * to, and marks every component the walk reaches.
 */
import type { OpenApiDocument } from '../contract.ts';
import { CanonicalText } from './canonical.ts';
// The node a reference names as written (not resolveRef: the checker compares the raw
// component, a component in one document only is a finding, and Comparison.resolve names every hop).
import { refTarget } from '../../../src/ref.ts';
import { DiffError, type Change, type Side } from './types.ts';
import { isObject, keysOf } from './values.ts';

export type Which = 'base' | 'head';

export interface Resolved {
  node: any;
  pointer: string;
}

/** Keywords that only document: their changes are compatible. */
export const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', '$comment', 'externalDocs', 'deprecated', 'summary']);

export class Comparison {
  private readonly changes = new Map<string, Change>();
  /** Schema pairs already compared (see walk/schema.ts). */
  readonly compared = new Set<string>();
  /** Component pointers reached by the walk in either document. */
  readonly visited = new Set<string>();

  // The documents do not change during a comparison: canonical text, the
  // `$ref`s a node reaches and the node a `$ref` names are computed once.
  private readonly text = new CanonicalText();
  private readonly refCache = { base: new WeakMap<object, Set<string>>(), head: new WeakMap<object, Set<string>>() };
  private readonly targets = { base: new Map<string, unknown>(), head: new Map<string, unknown>() };

  constructor(
    readonly base: OpenApiDocument,
    readonly head: OpenApiDocument,
  ) {}

  doc(which: Which): OpenApiDocument {
    return which === 'base' ? this.base : this.head;
  }

  result(): Change[] {
    return [...this.changes.values()];
  }

  /** Record a change; the same change reached again (a shared component) only adds its place to `also`. */
  add(c: Omit<Change, 'classification' | 'also'>, subject = ''): void {
    // `subject` tells apart changes at one pointer, e.g. two fields made required in one `required` list.
    const key = `${c.pointer}|${c.kind}|${c.side}|${subject}`;
    const prev = this.changes.get(key);
    if (prev) {
      if (prev.where !== c.where && !prev.also.includes(c.where)) prev.also.push(c.where);
      return;
    }
    this.changes.set(key, { ...c, classification: c.client.breaking ? 'breaking' : 'compatible', also: [] });
  }

  /** A change that only documents. */
  documentation(pointer: string, where: string, side: Side, what: string, verb: 'changed' | 'added' | 'removed' = 'changed'): void {
    this.add({
      pointer,
      where,
      kind: 'documentation',
      side,
      client: { breaking: false, reason: `compatible for clients: ${what} ${verb} (documentation only)` },
      server: { breaking: false, reason: 'compatible for servers: documentation only' },
    });
  }

  /** A change no rule interprets: assumed breaking both ways. */
  unclassified(pointer: string, where: string, side: Side, what: string): void {
    this.add({
      pointer,
      where,
      kind: 'unclassified',
      side,
      client: { breaking: true, reason: `breaking for clients (assumed): the checker does not interpret changes to "${what}"; review by hand, and raise the major version if clients are affected` },
      server: { breaking: true, reason: `breaking for servers (assumed): "${what}" changed and the checker cannot tell how` },
    });
  }

  /**
   * The keywords of two nodes that no rule of their own compares: each one
   * that differs is documentation when it is an annotation or an `x-`
   * extension, else unclassified. `skip` are left out before comparing;
   * `handled` are compared (which marks the components they reach as used)
   * but judged elsewhere.
   */
  otherKeys(b: any, h: any, pointer: (k: string) => string, where: string, side: Side, opts: { skip?: readonly string[]; handled?: ReadonlySet<string> }): void {
    for (const k of keysOf(b, h)) {
      if (opts.skip?.includes(k) || !this.differs(b[k], h[k])) continue;
      if (ANNOTATIONS.has(k) || k.startsWith('x-')) this.documentation(pointer(k), where, side, k);
      else if (!opts.handled?.has(k)) this.unclassified(pointer(k), where, side, k);
    }
  }

  /** Follow local `$ref`s (in the given document) to the node they name. */
  resolve(which: Which, node: any, pointer: string): Resolved {
    let cur = node;
    let ptr = pointer;
    for (let hops = 0; isObject(cur) && typeof cur.$ref === 'string'; hops++) {
      if (hops > 32) throw new DiffError(`${ptr}: more than 32 chained $refs; look for a $ref loop there (npm run lint reports it too)`);
      const ref: string = cur.$ref;
      if (!ref.startsWith('#/')) throw new DiffError(`${ptr}: only local $refs can be compared, found ${ref}; compare bundled documents (bundleContract, or generated/openapi.json)`);
      const target = this.find(which, ref);
      if (target === undefined)
        throw new DiffError(
          `${ptr}: $ref ${ref} does not resolve in the ${which === 'base' ? 'released' : 'working'} contract; ${which === 'base' ? 'restore the release file from git' : 'fix the $ref (npm run lint names the file and line)'}`,
        );
      ptr = `#${ref.slice(1)}`;
      this.visited.add(ptr);
      cur = target;
    }
    return { node: cur, pointer: ptr };
  }

  /**
   * Do two values differ, counting changes inside the components their local
   * `$ref`s lead to? (Equal text with equal `$ref`s can still mean different
   * things.) Every component reached is marked as used.
   */
  differs(bv: unknown, hv: unknown): boolean {
    if (!this.same(bv, hv)) return true;
    const refs = new Set([...this.refsOf('base', bv), ...this.refsOf('head', hv)]);
    let changed = false;
    for (const ref of refs) {
      this.visited.add(`#${ref.slice(1)}`);
      if (!this.same(this.find('base', ref), this.find('head', ref))) changed = true;
    }
    return changed;
  }

  /** Equal JSON values (object keys in any order). */
  same(a: unknown, b: unknown): boolean {
    return this.text.same(a, b);
  }

  /** Canonical text of a value (see canonical.ts). */
  canonical(v: unknown): string {
    return this.text.of(v);
  }

  /** The node a local `$ref` names in one document (memoised). */
  private find(which: Which, ref: string): unknown {
    const cache = this.targets[which];
    if (!cache.has(ref)) cache.set(ref, refTarget(this.doc(which), ref));
    return cache.get(ref);
  }

  /** Every local `$ref` reached from `node` in one document, followed transitively. */
  private refsOf(which: Which, node: unknown): Set<string> {
    if (node === null || typeof node !== 'object') return new Set();
    const cached = this.refCache[which].get(node);
    if (cached) return cached;
    const refs = new Set<string>();
    const collect = (v: unknown, depth: number) => {
      if (depth > 64 || v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) return v.forEach((x) => collect(x, depth + 1));
      for (const [k, x] of Object.entries(v)) {
        if (k === '$ref' && typeof x === 'string' && x.startsWith('#/')) {
          if (refs.has(x)) continue;
          refs.add(x);
          collect(this.find(which, x), depth + 1);
        } else collect(x, depth + 1);
      }
    };
    collect(node, 0);
    this.refCache[which].set(node, refs);
    return refs;
  }
}
