/**
 * Spectral's compiled JSON Schemas are kept between runs in one thread
 * (scripts/lib/spectral-ajv.ts): an unchanged schema is not compiled again,
 * an edited one is, and a lint never answers with a stale validator.
 */
import { describe, expect, it } from 'vitest';
import { cacheKey, installSpectralAjvCache } from '../scripts/lib/spectral-ajv.ts';
import { spectralLint } from '../scripts/lib/spectral-lint.ts';
import { spectralModules } from '../scripts/lib/spectral-modules.ts';
import { bundleContract } from '../scripts/lib/contract.ts';
import { bundleYamlText, sourceHash } from '../scripts/lib/bundle-text.ts';

type Schema = Record<string, unknown>;
/** A stand-in for the library module: each "instance set" compiles a schema to a validator that remembers it. */
function fakeModule() {
  let sets = 0;
  const compiledBy: string[] = [];
  const module = {
    createAjvInstances: () => {
      const set = ++sets;
      const byId = new Map<string, (d: unknown) => boolean>();
      return (schema: Schema, dialect: string, _allErrors: boolean) => {
        const id = schema['$id'];
        if (typeof id === 'string' && byId.has(id)) return byId.get(id)!;
        compiledBy.push(`set ${set} ${dialect} ${JSON.stringify(schema)}`);
        const v = Object.assign((d: unknown) => d === schema['const'], { schema });
        if (typeof id === 'string') byId.set(id, v);
        return v;
      };
    },
  };
  return { module, compiledBy, sets: () => sets };
}

describe('the Spectral Ajv cache', () => {
  it('compiles an unchanged schema once across runs, and an edited one again', () => {
    const { module, compiledBy } = fakeModule();
    const counters = installSpectralAjvCache(module);
    const run = () => module.createAjvInstances();
    const a = run()({ const: 1 }, 'auto', false);
    const b = run()({ const: 1 }, 'auto', false); // a new object, same content, a later run
    expect(b).toBe(a);
    expect(run()({ const: 2 }, 'auto', false)).not.toBe(a);
    expect(run()({ const: 1 }, 'auto', true)).not.toBe(a); // allErrors is part of what is compiled
    expect(run()({ const: 1 }, 'draft4', false)).not.toBe(a);
    expect(compiledBy).toHaveLength(4);
    expect([counters.compiled, counters.hits]).toEqual([4, 1]);
    expect(installSpectralAjvCache(module)).toBe(counters); // installed once per module
  });

  it('a schema that could depend on others (an $id, $anchor, a $ref out of itself) is compiled for its run alone, as the library does', () => {
    const { module, sets } = fakeModule();
    const counters = installSpectralAjvCache(module);
    const named = { $id: 'urn:x', const: 1 };
    const first = module.createAjvInstances();
    const a = first(named, 'auto', false);
    expect(first(named, 'auto', false)).toBe(a); // one run: its own instances answer for the $id
    expect(sets()).toBe(2); // the shared set, and this run's own
    const second = module.createAjvInstances();
    const edited = second({ $id: 'urn:x', const: 2 }, 'auto', false);
    expect(edited(2)).toBe(true); // a later run never gets the old content's validator
    expect(sets()).toBe(3);
    second({ $ref: 'urn:x' }, 'auto', false);
    second({ properties: { a: { $anchor: 'a' } } }, 'auto', false);
    second({ id: 'urn:y' }, 'draft4', false); // draft-04 spells it id
    expect(sets()).toBe(3);
    expect(counters.perRun).toBe(6);
    // Local references, and a property that happens to be called $id, are shared.
    const local = { $defs: { s: { type: 'string' } }, $ref: '#/$defs/s' };
    const prop = { properties: { $id: { type: 'string' }, id: { type: 'string' } } };
    expect(second(local, 'auto', false)).toBe(module.createAjvInstances()(structuredClone(local), 'auto', false));
    expect(second(prop, 'auto', false)).toBe(module.createAjvInstances()(structuredClone(prop), 'auto', false));
    expect(counters.perRun).toBe(6);
  });

  it('keeps out of the shared instances a reference anywhere (in allOf too) and a meta-schema of its own; shares the standard ones', () => {
    expect(cacheKey({ allOf: [{ $ref: 'urn:x' }] }, 'auto', false)).toBeUndefined();
    expect(cacheKey({ items: { $dynamicRef: 'urn:x#meta' } }, 'draft2020-12', false)).toBeUndefined();
    expect(cacheKey({ $schema: 'https://example.com/meta', type: 'string' }, 'auto', false)).toBeUndefined();
    expect(cacheKey({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'string' }, 'auto', false)).toBeDefined();
    expect(cacheKey({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string' }, 'draft2020-12', false)).toBeDefined();
    expect(cacheKey({ allOf: [{ $ref: '#/$defs/a' }], $defs: { a: { type: 'string' } } }, 'auto', false)).toBeDefined();
  });

  it('tells apart what JSON would write alike, and leaves a cyclic schema to Ajv', () => {
    expect(cacheKey({ maximum: Number.POSITIVE_INFINITY }, 'auto', false)).not.toBe(cacheKey({ maximum: null }, 'auto', false));
    expect(cacheKey({ maximum: Number.NaN }, 'auto', false)).not.toBe(cacheKey({ maximum: null }, 'auto', false));
    const cyclic: Record<string, unknown> = { type: 'object' };
    cyclic['properties'] = { self: cyclic };
    expect(cacheKey(cyclic, 'auto', false)).toBeUndefined();
  });

  it('starts over when it holds its maximum', () => {
    const { module, sets } = fakeModule();
    installSpectralAjvCache(module, 2);
    const assign = module.createAjvInstances();
    const one = assign({ const: 1 }, 'auto', false);
    assign({ const: 2 }, 'auto', false);
    assign({ const: 3 }, 'auto', false); // the third: dropped the first two
    expect(sets()).toBe(2);
    expect(assign({ const: 1 }, 'auto', false)).not.toBe(one);
  });

  it('refuses a module whose export it cannot replace, or that no longer has it', () => {
    const frozen = Object.freeze({ createAjvInstances: () => () => Object.assign(() => true, {}) });
    expect(() => installSpectralAjvCache(frozen as never)).toThrow(/could not replace createAjvInstances/);
    expect(() => installSpectralAjvCache({} as never)).toThrow(/no longer exports createAjvInstances/);
  });

  it('in the real Spectral: a second run compiles nothing, and a cached validator still catches an edit that breaks the document', async () => {
    const bundled = await bundleContract();
    const clean = bundleYamlText(bundled.doc, sourceHash(bundled.files));
    // operation-tags checks each operation's tags with the schema function: an empty list fails it.
    const broken = clean.replace(/^( {6}tags:\n)( {8}- .*\n)+/m, '      tags: []\n');
    expect(broken).not.toBe(clean);
    const lint = (text: string) => spectralLint(text, 'generated/openapi.yaml', 'bundle');
    expect(await lint(clean)).toEqual([]);
    const counters = installSpectralAjvCache((await spectralModules())['@stoplight/spectral-functions/dist/schema/ajv.js']);
    const compiled = counters.compiled;
    expect(compiled).toBeGreaterThan(0);
    expect(await lint(clean)).toEqual([]);
    expect(counters.compiled).toBe(compiled);
    const hits = counters.hits;
    const found = await lint(broken);
    expect(counters.hits).toBeGreaterThan(hits); // the verdict came from cached validators
    expect(counters.compiled).toBe(compiled);
    expect(found.map((f) => `${f.rule} ${f.message}`)).toContainEqual(expect.stringMatching(/^operation-tags .*tags/));
    expect(await lint(clean)).toEqual([]);
  }, 60_000);
});
