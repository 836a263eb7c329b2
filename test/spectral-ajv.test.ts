/**
 * Spectral's compiled JSON Schemas are kept between runs in one thread
 * (scripts/lib/spectral-ajv.ts): an unchanged schema is not compiled again,
 * an edited one is, and a lint never answers with a stale validator.
 */
import { describe, expect, it } from 'vitest';
import { installSpectralAjvCache } from '../scripts/lib/spectral-ajv.ts';
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

  it('an $id held under other content is compiled where no stale copy can answer', () => {
    const { module, compiledBy, sets } = fakeModule();
    installSpectralAjvCache(module);
    const assign = module.createAjvInstances();
    const first = assign({ $id: 'urn:x', const: 1 }, 'auto', false);
    const edited = assign({ $id: 'urn:x', const: 2 }, 'auto', false);
    expect(edited).not.toBe(first);
    expect(edited(2)).toBe(true); // not the validator of the old content
    expect(compiledBy.at(-1)).toMatch(/^set 2 /); // a fresh instance set, as a new run would make
    expect(sets()).toBe(2);
    expect(assign({ $id: 'urn:x', const: 1 }, 'auto', false)).toBe(first);
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

  it('in the real Spectral: a second run compiles nothing, and an edit that breaks the document is caught', async () => {
    const bundled = await bundleContract();
    const clean = bundleYamlText(bundled.doc, sourceHash(bundled.files));
    const broken = clean.replace(/^ {2}version: .*\n/m, ''); // info.version is required
    expect(broken).not.toBe(clean);
    const lint = (text: string) => spectralLint(text, 'generated/openapi.yaml', 'bundle');
    expect(await lint(clean)).toEqual([]);
    const counters = installSpectralAjvCache((await spectralModules())['@stoplight/spectral-functions/dist/schema/ajv.js']);
    const compiled = counters.compiled;
    expect(compiled).toBeGreaterThan(0);
    expect(await lint(clean)).toEqual([]);
    expect(counters.compiled).toBe(compiled);
    const found = await lint(broken);
    expect(found.map((f) => `${f.rule} ${f.message}`)).toContainEqual(expect.stringMatching(/^oas3-schema .*version/));
    expect(await lint(clean)).toEqual([]);
  }, 60_000);
});
