/**
 * .spectral.yaml rewrites one OWASP rule's `given` (owasp:api1:2023-no-numeric-ids)
 * so that Spectral's single walk compiles it instead of handing it to
 * jsonpath-plus: the rewritten rule reports exactly what the published rule
 * reports, on the contract and on a contract with numeric and random IDs
 * added at every place a parameter can be declared.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import owasp from '@stoplight/spectral-owasp-ruleset';
import { spectralModules, type SpectralModules } from '../scripts/lib/spectral-modules.ts';
import { loadSpectralRuleset } from '../scripts/lib/spectral-ruleset.ts';
import { bundleContract } from '../scripts/lib/contract.ts';
import { ROOT, SPECTRAL_CONFIG } from '../scripts/lib/paths.ts';
import YAML from 'yaml';

/** nimma as Spectral's runner loads it (from its own folder). */
const fromRunner = createRequire(path.join(ROOT, 'node_modules/@stoplight/spectral-core/dist/runner/runner.js'));
const Nimma = fromRunner('nimma').default as new (paths: string[], opts: Record<string, unknown>) => { sourceCode: string };
const { jsonPathPlus } = fromRunner('nimma/fallbacks') as { jsonPathPlus: unknown };

const RULE = 'owasp:api1:2023-no-numeric-ids';
let m: SpectralModules;
let contract: any;
beforeAll(async () => {
  m = await spectralModules();
  contract = (await bundleContract()).doc;
}, 60_000);

async function findings(ruleset: unknown, doc: unknown) {
  const { Spectral, Document } = m['@stoplight/spectral-core'];
  const s = new Spectral();
  s.setRuleset(ruleset as never);
  const results = await s.run(new Document(YAML.stringify(doc), m['@stoplight/spectral-parsers'].Yaml, '/contract/openapi.yaml'));
  return results.filter((r) => r.code === RULE).map(({ code, message, path, severity }) => ({ code, message, path, severity }));
}

/** The contract with ID parameters added on a path item, an operation, through a `$ref`, and a string ID that must pass. */
function withIds(): any {
  const doc = structuredClone(contract);
  doc.components.schemas.NumericId = { type: 'integer', description: 'a guessable id' };
  doc.components.parameters = { ...doc.components.parameters, AccountId: { name: 'accountId', in: 'query', description: 'x', schema: { type: 'integer' } } };
  const [first, second] = Object.keys(doc.paths) as [string, string];
  doc.paths[first].parameters = [{ name: 'id', in: 'query', description: 'x', schema: { type: 'integer' } }];
  const op = Object.values(doc.paths[second]).find((v: any) => v && typeof v === 'object' && 'responses' in v) as any;
  op.parameters = [
    ...(op.parameters ?? []),
    { name: 'user_id', in: 'query', description: 'x', schema: { type: 'integer' } },
    { name: 'order-id', in: 'header', description: 'x', schema: { $ref: '#/components/schemas/NumericId' } },
    { name: 'sessionId', in: 'query', description: 'x', schema: { type: 'string', format: 'uuid' } },
    { $ref: '#/components/parameters/AccountId' },
  ];
  return doc;
}

describe('owasp:api1:2023-no-numeric-ids as .spectral.yaml writes it', () => {
  it('is compiled into the one walk (nimma), not handed to jsonpath-plus', async () => {
    const ruleset = (await loadSpectralRuleset(SPECTRAL_CONFIG)).ruleset;
    const rule = ruleset.rules[RULE]!;
    expect(rule.enabled).toBe(true);
    const given = rule.getGivenForFormats(null);
    expect(given).toHaveLength(1);
    // Spectral's runner builds one Nimma over every path, with jsonpath-plus as the fallback for what nimma cannot compile.
    const compiled = (path: string) => !new Nimma([path], { fallback: jsonPathPlus, unsafe: false, output: 'auto', customShorthands: {} }).sourceCode.includes('fallback(input');
    expect(compiled(given[0]!)).toBe(true);
    expect(compiled('$.paths..parameters[*][?(@property === "name" && (@ === "id" || @.match(/(_id|Id|-id)$/)))]^.schema')).toBe(false); // the published path
  });

  it('reports what the published rule reports', async () => {
    const { Ruleset } = m['@stoplight/spectral-core'];
    const published = new Ruleset({ extends: [[owasp as never, 'off']], rules: { [RULE]: 'error' } });
    const ours = (await loadSpectralRuleset(SPECTRAL_CONFIG)).ruleset;
    expect(await findings(ours, contract)).toEqual([]);
    expect(await findings(published, contract)).toEqual([]);
    const doc = withIds();
    const expected = await findings(published, doc);
    // id on the path item, user_id, order-id through its schema's $ref, accountId through the parameter's $ref.
    expect(expected).toHaveLength(4);
    expect(await findings(ours, doc)).toEqual(expected);
  }, 60_000);

  it('does not stop the lint on a body schema with `name` and `schema` properties (nimma tests the filter before the `parameters` step); skips a parameter whose name is not a string, where the published rule fails', async () => {
    const { Ruleset } = m['@stoplight/spectral-core'];
    const published = new Ruleset({ extends: [[owasp as never, 'off']], rules: { [RULE]: 'error' } });
    const ours = (await loadSpectralRuleset(SPECTRAL_CONFIG)).ruleset;
    const dataset = structuredClone(contract);
    dataset.components.schemas.Customer.properties = { ...dataset.components.schemas.Customer.properties, name: { type: 'string', description: 'x' }, schema: { type: 'object', description: 'x' } };
    expect(await findings(published, dataset)).toEqual([]);
    expect(await findings(ours, dataset)).toEqual([]);
    const numericName = withIds();
    const [first] = Object.keys(numericName.paths) as [string];
    numericName.paths[first].parameters.push({ name: 0, in: 'query', description: 'x', schema: { type: 'integer' } });
    await expect(findings(published, numericName)).rejects.toThrow();
    expect(await findings(ours, numericName)).toHaveLength(4);
  }, 60_000);
});
