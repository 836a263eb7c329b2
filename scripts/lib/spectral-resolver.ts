/**
 * Spectral's `$ref` resolution, done directly for the document the pipeline
 * gives it: the bundle, whose every `$ref` points inside itself.
 *
 * Spectral resolves every document before its rules run, with
 * @stoplight/json-ref-resolver: a general resolver (files, URLs, cycles)
 * that dereferences local pointers through immer drafts and lodash path
 * lookups. On the bundle that was most of the fixed cost of a warm lint: about
 * 200 ms of every save at 100 operations (docs/toolchain-notes.md).
 *
 * `bundleResolver` wraps Spectral's own resolver. For a document whose every
 * `$ref` is a plain local pointer (`#/` then letters, digits, `_`, `.`, `-`
 * and `/`) to a node that exists and is reached without passing through
 * another `$ref`, with no cycle (and none the library would take for one),
 * no key on a `$ref`'s path that the library treats apart (`__proto__`,
 * `constructor`, `prototype`, a `%`), from a plain file path, it builds the same
 * result the library builds, in one walk: the resolved document (each `$ref`
 * object replaced by its target, siblings dropped; one shared object per
 * target, which is also the object at the target's own place; subtrees
 * without a `$ref` are the document's own objects; copies keep their
 * prototype; unlike immer, nothing is frozen, and no rule writes to the
 * document), the map from each `$ref`'s
 * place to its target (Spectral maps findings inside a referenced node back
 * through it), and the dependency graph (the document's node, holding that map
 * and the result, and a node per target; oas3-unused-component reads it).
 * Every other document goes to the wrapped resolver untouched, so files,
 * URLs, cycles, escaped or missing pointers keep the library's behaviour and
 * error messages. test/spectral-resolver.test.ts checks both against each
 * other: the same resolved document, map and graph, and the same findings.
 */
import { escapePointer } from '../../src/pointer.ts';

/** The parts of the dependency graph (dependency-graph's DepGraph) that are used here and by Spectral. */
export interface ResolveGraph {
  addNode(id: string, data?: { refMap: Record<string, string>; data?: unknown }): void;
  hasNode(id: string): boolean;
  addDependency(from: string, to: string): void;
  getNodeData(id: string): { refMap: Record<string, string>; data?: unknown };
  overallOrder(): string[];
  dependenciesOf(id: string): string[];
}

/** The parts of json-ref-resolver's result that Spectral reads (DocumentInventory.resolve). */
export interface ResolveResult {
  result: unknown;
  refMap: Record<string, string>;
  graph: ResolveGraph;
  errors: unknown[];
}

/** What Spectral needs of a resolver: json-ref-resolver's `Resolver` shape. */
export interface SpectralResolver {
  uriCache: object;
  resolve(source: unknown, opts?: { baseUri?: string } & Record<string, unknown>): Promise<ResolveResult>;
}

export interface BundleResolverDeps {
  /** The dependency-graph class json-ref-resolver uses (@stoplight/spectral-ref-resolver's `ResolverDepGraph`). */
  DepGraph: new (opts: {
    circular: boolean;
  }) => ResolveGraph;
  /** @stoplight/json's `pathToPointer`, which the library keys its map with. */
  pathToPointer: (path: string[]) => string;
  /** @stoplight/json's `pointerToPath` and `startsWith`, with which the library decides that a `$ref` is circular. */
  pointerToPath: (pointer: string) => Array<string | number>;
  startsWith: (path: Array<string | number>, prefix: Array<string | number>) => boolean;
}

export interface BundleResolverStats {
  /** Documents resolved here. */
  direct: number;
  /** Documents handed to the wrapped resolver. */
  fallback: number;
}

/** Counts for every wrapper in this thread (a test checks that the pipeline's lint takes the direct path). */
export const resolveTotals: BundleResolverStats = { direct: 0, fallback: 0 };

/** A `$ref` this module resolves: a pointer inside the document, in characters no pointer or URI escapes. */
const PLAIN_POINTER = /^#(\/[A-Za-z0-9_.-]+)+$/;
/** A base path the library's URI handling leaves as it is. */
const PLAIN_PATH = /^\/[A-Za-z0-9_.\-/]*$/;
/**
 * Keys on a `$ref`'s path that the library treats apart: lodash's `set`
 * will not write through the first three, and the library decodes the path
 * with `decodeURIComponent`, so a `%` can name another key.
 */
const SPECIAL_KEY = (k: string): boolean => k === '__proto__' || k === 'constructor' || k === 'prototype' || k.includes('%');

/** The keys a plain pointer (`#/a/b`) names, in order. */
const keysOf = (ref: string): string[] => ref.slice(2).split('/');

/** Thrown inside the walk when the document needs the library's handling. */
class NotPlain extends Error {}

type Json = Record<string, unknown> | unknown[];
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const refOf = (v: unknown): string | undefined => (isObject(v) && typeof (v as { $ref?: unknown }).$ref === 'string' ? (v as { $ref: string }).$ref : undefined);
const hasOwn = (o: object, k: string): boolean => Object.hasOwn(o, k);

/** Wraps `fallback` (Spectral's own resolver) with the direct path for bundles. */
export function bundleResolver(fallback: SpectralResolver, deps: BundleResolverDeps): SpectralResolver & { readonly stats: BundleResolverStats } {
  const stats: BundleResolverStats = { direct: 0, fallback: 0 };
  return {
    uriCache: fallback.uriCache,
    stats,
    async resolve(source, opts = {}) {
      const direct = resolveLocal(source, opts.baseUri, deps);
      if (direct) {
        stats.direct++;
        resolveTotals.direct++;
        return direct;
      }
      stats.fallback++;
      resolveTotals.fallback++;
      return fallback.resolve(source, opts);
    },
  };
}

/** The library's result for a bundle of plain local pointers, or undefined for anything else. */
export function resolveLocal(source: unknown, baseUri: string | undefined, deps: BundleResolverDeps): ResolveResult | undefined {
  if (!isObject(source) || refOf(source) !== undefined || baseUri === undefined || !PLAIN_PATH.test(baseUri)) return undefined;
  // The places of the `$ref`s, in the order the library's crawler meets them
  // (own enumerable keys, depth first, not into a `$ref` object).
  const sites: Array<{ path: string[]; ref: string }> = [];
  const crawl = (node: Json, path: string[]): void => {
    for (const key in node) {
      if (!hasOwn(node, key)) continue;
      // An own `__proto__` key: a copy made with Object.assign would change its prototype instead.
      if (key === '__proto__') throw new NotPlain('an own __proto__ key');
      const value = (node as Record<string, unknown>)[key];
      if (!isObject(value)) continue;
      path.push(key);
      const ref = refOf(value);
      if (ref === undefined) crawl(value, path);
      else if (path.some(SPECIAL_KEY)) throw new NotPlain('a special key on the path');
      else sites.push({ path: [...path], ref });
      path.pop();
    }
  };
  try {
    crawl(source, []);
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
  // The targets as a trie of keys, so the build knows a target's own place when it walks through it.
  interface Trie {
    next: Map<string, Trie>;
    ref?: string;
  }
  const trie: Trie = { next: new Map() };
  for (const { path, ref } of sites) {
    if (!PLAIN_POINTER.test(ref)) return undefined;
    const target = keysOf(ref);
    if (target.some(SPECIAL_KEY)) return undefined;
    // A `$ref` to its own ancestor: the library leaves it out entirely.
    if (target.every((k, i) => path[i] === k)) return undefined;
    let t = trie;
    for (const k of target) {
      let n = t.next.get(k);
      if (!n) t.next.set(k, (n = { next: new Map() }));
      t = n;
    }
    t.ref = ref;
  }
  if (circularByStems(sites, deps)) return undefined;
  const memo = new Map<string, unknown>();
  const building = new Set<string>();
  const resolveTarget = (ref: string): unknown => {
    if (memo.has(ref)) return memo.get(ref);
    if (building.has(ref)) throw new NotPlain('cycle');
    building.add(ref);
    const keys = keysOf(ref);
    let node: unknown = source;
    let t: Trie | undefined = trie;
    for (const [i, k] of keys.entries()) {
      // The library looks the pointer up in the document as it is being
      // dereferenced; a path through another `$ref` is left to it.
      if (!isObject(node) || (i > 0 && refOf(node) !== undefined) || !hasOwn(node, k)) throw new NotPlain('missing or through a $ref');
      node = (node as Record<string, unknown>)[k];
      t = t?.next.get(k);
    }
    const value = build(node, t, true);
    building.delete(ref);
    memo.set(ref, value);
    return value;
  };
  // `node` rebuilt with every `$ref` replaced; the same object when nothing under it changed.
  const build = (node: unknown, t: Trie | undefined, isTarget = false): unknown => {
    if (!isObject(node)) return node;
    if (!isTarget && t?.ref !== undefined) return resolveTarget(t.ref);
    const ref = refOf(node);
    if (ref !== undefined) return resolveTarget(ref);
    let copy: Json | undefined;
    for (const key in node) {
      if (!hasOwn(node, key)) continue;
      const value = (node as Record<string, unknown>)[key];
      const built = build(value, t?.next.get(key));
      if (built !== value) {
        // A copy as immer makes it: an array, or an object with the same prototype (the YAML parser's have none).
        copy ??= Array.isArray(node) ? [...node] : Object.assign(Object.create(Object.getPrototypeOf(node) as object | null) as Json, node);
        (copy as Record<string, unknown>)[key] = built;
      }
    }
    return copy ?? node;
  };
  let result: unknown;
  try {
    result = build(source, trie);
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
  const refMap: Record<string, string> = {};
  const graph = new deps.DepGraph({ circular: true });
  graph.addNode(baseUri, { refMap, data: result });
  for (const { path, ref } of sites) {
    refMap[deps.pathToPointer(path)] = deps.pathToPointer(keysOf(ref));
    const node = `${baseUri}${ref}`;
    if (!graph.hasNode(node)) graph.addNode(node, { refMap: {} });
    graph.addDependency(baseUri, node);
  }
  return { result, refMap, graph, errors: [] };
}

/**
 * Whether the library would leave any of these `$ref`s in place as circular.
 * Its crawler records, for each `$ref`, "stem" pointers built from the keys
 * its place shares with its target's path, and skips a `$ref` whose place
 * starts with a stem its target depends on. Stems keep growing after the
 * first differing key, so a `$ref` can be taken for circular when it is not;
 * this repeats the library's bookkeeping exactly (crawler.js and runner.js of
 * @stoplight/json-ref-resolver 3.1) so that such a document goes to it.
 */
function circularByStems(sites: Array<{ path: string[]; ref: string }>, deps: BundleResolverDeps): boolean {
  const stems = new deps.DepGraph({ circular: true });
  for (const { path, ref } of sites) {
    const target = keysOf(ref);
    const parentPointer = `#${path.map((k) => `/${escapePointer(k)}`).join('')}`;
    if (!stems.hasNode(ref)) stems.addNode(ref);
    let stem = '#';
    let tail = '';
    for (const [i, part] of path.entries()) {
      if (part === target[i]) stem += `/${part}`;
      else {
        tail += `/${part}`;
        const dep = `${stem}${tail}`;
        if (dep !== parentPointer && dep !== ref) {
          if (!stems.hasNode(dep)) stems.addNode(dep);
          stems.addDependency(dep, ref);
        }
      }
    }
  }
  for (const { path, ref } of sites) {
    for (const stem of stems.dependenciesOf(ref)) {
      let stemPath: Array<string | number>;
      try {
        stemPath = deps.pointerToPath(stem);
      } catch {
        return true; // the library's dereferencing stops in its catch here, half done: left to it
      }
      if (deps.startsWith(path, stemPath)) return true;
    }
  }
  return false;
}
