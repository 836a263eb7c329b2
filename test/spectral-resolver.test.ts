/**
 * Spectral's `$ref` resolution for the bundle (scripts/lib/spectral-resolver.ts)
 * gives what the library's resolver gives: the same resolved document (key
 * order, prototypes, which places share one object, which objects are the
 * document's own), the same map from each `$ref`'s place to its target, the
 * same graph; and Spectral with the project's ruleset reports the same
 * findings with either, on the contract and on one broken so that rules fire
 * inside referenced components. Anything else (a file or URL reference, an
 * escaped or missing pointer, a cycle, a pointer through a `$ref`) goes to the
 * library's resolver.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from '@stoplight/spectral-ref-resolver';
import { bundleResolver, resolveLocal, resolveTotals, type BundleResolverDeps, type ResolveResult, type SpectralResolver } from '../scripts/lib/spectral-resolver.ts';
import { spectralModules, type SpectralModules } from '../scripts/lib/spectral-modules.ts';
import { loadSpectralRuleset } from '../scripts/lib/spectral-ruleset.ts';
import { spectralLint } from '../scripts/lib/spectral-lint.ts';
import { bundleContract, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { bundleYamlText, sourceHash } from '../scripts/lib/bundle-text.ts';
import { BUNDLE_YAML, SPECTRAL_CONFIG } from '../scripts/lib/paths.ts';

const BASE = '/contract/generated/openapi.yaml';
let m: SpectralModules;
let deps: BundleResolverDeps;
let bundleText: string;
let bundled: OpenApiDocument;
const stock = (): SpectralResolver => m['@stoplight/spectral-ref-resolver'].createHttpAndFileResolver() as unknown as SpectralResolver;
/** The document as Spectral parses it (null-prototype objects from its YAML parser). */
const parse = (text: string): unknown => new m['@stoplight/spectral-core'].Document(text, m['@stoplight/spectral-parsers'].Yaml, BASE).data;

beforeAll(async () => {
  m = await spectralModules();
  const { pathToPointer, pointerToPath, startsWith } = m['@stoplight/json'];
  deps = { DepGraph: m['@stoplight/spectral-ref-resolver'].ResolverDepGraph, pathToPointer, pointerToPath, startsWith };
  const b = await bundleContract();
  bundled = b.doc;
  bundleText = bundleYamlText(b.doc, sourceHash(b.files));
}, 60_000);

/** Walks both results side by side: same values, keys, prototypes; the same places share an object; the same objects are the input's own. */
function expectSameResolution(mine: ResolveResult, theirs: ResolveResult, input: unknown): void {
  const own = new Set<unknown>();
  const collect = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || own.has(v)) return;
    own.add(v);
    for (const k of Object.keys(v)) collect((v as Record<string, unknown>)[k]);
  };
  collect(input);
  const pairs = new Map<unknown, unknown>();
  const back = new Map<unknown, unknown>();
  const walk = (a: unknown, b: unknown, at: string): void => {
    if (typeof a !== 'object' || a === null) return void expect(b, at).toBe(a);
    expect(typeof b === 'object' && b !== null, at).toBe(true);
    expect(own.has(b), `${at}: the input's own object`).toBe(own.has(a));
    if (own.has(a)) expect(b, at).toBe(a);
    if (pairs.has(a) || back.has(b)) {
      expect(pairs.get(a), `${at}: shared as the library shares it`).toBe(b);
      expect(back.get(b), `${at}: shared as the library shares it`).toBe(a);
      return;
    }
    pairs.set(a, b);
    back.set(b, a);
    expect(Array.isArray(b), at).toBe(Array.isArray(a));
    expect(Object.getPrototypeOf(b), `${at}: prototype`).toBe(Object.getPrototypeOf(a));
    expect(Object.keys(b as object), at).toEqual(Object.keys(a));
    for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}/${k}`);
  };
  walk(theirs.result, mine.result, '#');
  expect(mine.refMap).toEqual(theirs.refMap);
  expect(mine.graph.overallOrder()).toEqual(theirs.graph.overallOrder());
  for (const node of theirs.graph.overallOrder()) expect(mine.graph.getNodeData(node), node).toEqual(theirs.graph.getNodeData(node));
  expect(theirs.errors).toEqual([]);
}

/** The bundle, changed so that rules fire inside referenced components (and one component is unused). */
function broken(text: string): string {
  const doc = JSON.parse(JSON.stringify(parse(text)));
  const schemas = doc.components.schemas as Record<string, Record<string, any>>;
  // In a component every connect request and every call record reaches:
  // an enum value of the wrong type (spectral:oas typed-enum), and extra
  // properties allowed without a limit (OWASP).
  schemas['Customer']!['properties']['number'].enum = ['+15550100', 1];
  schemas['Customer']!['unevaluatedProperties'] = true;
  schemas['NeverUsed'] = { type: 'string', maxLength: 3, description: 'not referenced' };
  return JSON.stringify(doc, null, 2);
}

async function findingsWith(resolver: SpectralResolver, text: string) {
  const { Spectral, Document } = m['@stoplight/spectral-core'];
  const s = new Spectral({ resolver: resolver as unknown as Resolver });
  s.setRuleset((await loadSpectralRuleset(SPECTRAL_CONFIG)).ruleset);
  return s.run(new Document(text, m['@stoplight/spectral-parsers'].Yaml, BASE));
}

describe("Spectral's $ref resolution for the bundle", () => {
  it("resolves the contract's bundle as the library does: document, shared objects, map, graph", async () => {
    const data = parse(bundleText);
    const mine = resolveLocal(data, BASE, deps);
    expect(mine).toBeDefined();
    expectSameResolution(mine!, await stock().resolve(data, { baseUri: BASE }), data);
    expect(Object.keys(mine!.refMap).length).toBeGreaterThan(50);
  });

  it('Spectral reports the same findings with either resolver, on the contract and on a contract broken inside referenced components', async () => {
    for (const text of [bundleText, broken(bundleText)]) {
      const direct = bundleResolver(stock(), deps);
      const [theirs, mine] = await Promise.all([findingsWith(stock(), text), findingsWith(direct, text)]);
      expect(direct.stats).toEqual({ direct: 1, fallback: 0 });
      expect(mine).toEqual(theirs);
      if (text !== bundleText) {
        const codes = new Set(mine.map((r) => String(r.code)));
        // Each mapped back from a resolved place to the component, or found through the graph.
        for (const code of ['typed-enum', 'owasp:api3:2023-no-unevaluatedProperties', 'oas3-unused-component']) expect(codes, code).toContain(code);
        expect(
          mine
            .filter((r) => r.code !== 'oas3-unused-component')
            .map((r) => r.path.join('/'))
            .sort(),
        ).toEqual(['components/schemas/Customer/properties/number/enum/1', 'components/schemas/Customer/unevaluatedProperties']);
      }
    }
  }, 60_000);

  it("the pipeline's Spectral pass takes the direct path, on the parsed bundle as on its text", async () => {
    const before = resolveTotals.direct;
    await spectralLint(bundled, BUNDLE_YAML, 'bundle');
    await spectralLint(bundleText, BUNDLE_YAML, 'bundle');
    expect(resolveTotals.direct).toBe(before + 2);
  }, 60_000);

  it('leaves every other document to the library: a file or URL reference, an escaped or missing pointer, a cycle, a pointer through a $ref', async () => {
    const docs: Record<string, unknown> = {
      file: { a: { $ref: 'other.yaml#/x' } },
      url: { a: { $ref: 'https://example.com/s.json' } },
      escaped: { a: { $ref: '#/b~1c' }, 'b/c': { type: 'string' } },
      encoded: { a: { $ref: '#/b%20c' }, 'b c': { type: 'string' } },
      missing: { a: { $ref: '#/nowhere' } },
      ownAncestor: { s: { properties: { self: { $ref: '#/s' } } } },
      cycle: { a: { x: { $ref: '#/b' } }, b: { y: { $ref: '#/a' } } },
      throughRef: { a: { $ref: '#/b/c' }, b: { $ref: '#/d' }, d: { c: 1 } },
      rootRef: { $ref: '#/a' },
      // Keys the library treats apart: lodash's set will not write through these, and % is URI-decoded.
      constructorKey: { props: { constructor: { $ref: '#/defs/x' } }, defs: { x: { type: 'string' } } },
      prototypeTarget: { a: { $ref: '#/defs/prototype' }, defs: { prototype: { type: 'string' } } },
      percentKey: { props: { 'a%20b': { $ref: '#/defs/x' } }, defs: { x: { type: 'string' } } },
      ownProtoKey: JSON.parse('{"a": {"__proto__": {"type": "string"}, "b": {"$ref": "#/defs/x"}}, "defs": {"x": {"type": "string"}}}'),
      // No cycle, but the library's stem bookkeeping takes one for a cycle and leaves x.c.y.d in place (found by a review).
      falseCycle: { x: { a: { y: { b: { $ref: '#/x/c/y' } } }, c: { y: { d: { $ref: '#/x/y/a/b' } } }, y: { a: { b: { type: 'string' } } } } },
    };
    for (const [name, doc] of Object.entries(docs)) {
      expect(resolveLocal(doc, BASE, deps), name).toBeUndefined();
      const r = bundleResolver(stock(), deps);
      const viaWrapper = await r.resolve(doc, { baseUri: BASE });
      expect(r.stats, name).toEqual({ direct: 0, fallback: 1 });
      const direct = await stock().resolve(doc, { baseUri: BASE });
      expect(JSON.stringify(viaWrapper.result), name).toBe(JSON.stringify(direct.result));
      expect(viaWrapper.errors, name).toEqual(direct.errors);
    }
    // A base path the library would rewrite as a URI goes to it too.
    expect(resolveLocal({ a: { $ref: '#/b' }, b: 1 }, '/a dir/openapi.yaml', deps)).toBeUndefined();
  });

  it('a small document with chains, arrays and siblings of $ref resolves as the library resolves it', async () => {
    const text = JSON.stringify({
      list: [{ $ref: '#/defs/one' }, 'plain', { nested: { $ref: '#/defs/two' } }],
      withSiblings: { $ref: '#/defs/one', description: 'dropped, as the library drops it' },
      chain: { $ref: '#/defs/alias' },
      untouched: { deep: { value: [1, 2, 3] } },
      defs: { one: { type: 'string' }, two: { items: { $ref: '#/defs/one' } }, alias: { $ref: '#/defs/two' } },
    });
    const data = parse(text);
    const mine = resolveLocal(data, BASE, deps);
    expect(mine).toBeDefined();
    expectSameResolution(mine!, await stock().resolve(data, { baseUri: BASE }), data);
  });
});
