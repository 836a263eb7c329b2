/**
 * Spectral's pass (scripts/lib/spectral-lint.ts) lints the pipeline's bundle
 * as data: the document generated/openapi.yaml and openapi.json are printed
 * from, handed over without being printed and parsed again. It reports what
 * it reports on that YAML text (rule, severity, path, message; positions are
 * the pipeline's to find in the source), changes nothing in the document,
 * and in the lint thread lints the document as it was when it was sent.
 * Where the two differ, Spectral's YAML parser misreads the text: a `<<` key
 * (merged), a `__proto__` key (made a prototype) and some block scalars
 * (`|+`, `|2`); the data is what openapi.json and the generator carry, and
 * scripts/lib/lint-keys.ts reports the two keys (test/lint.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spectralLint } from '../scripts/lib/spectral-lint.ts';
import { startLintThread } from '../scripts/lib/lint-thread.ts';
import { bundleContract, type Finding, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { bundleYamlText } from '../scripts/lib/bundle-text.ts';
import { BUNDLE_YAML } from '../scripts/lib/paths.ts';

let contract: OpenApiDocument;
beforeAll(async () => {
  contract = (await bundleContract()).doc;
}, 60_000);

/** The contract, changed so that spectral:oas, OWASP and project rules fire, in components and in a path. */
function broken(doc: OpenApiDocument): any {
  const d = structuredClone(doc) as any;
  const schemas = d.components.schemas;
  schemas.Customer.properties.number.enum = ['+15550100', 1]; // typed-enum
  schemas.Customer.unevaluatedProperties = true; // OWASP
  schemas.NeverUsed = { type: 'string', maxLength: 3, description: 'not referenced' }; // oas3-unused-component
  schemas.CallMonitor.properties.control_url = schemas.CallMonitor.properties.controlUrl; // project: camelCase
  delete schemas.CallMonitor.properties.controlUrl;
  const connect = d.paths['/calls/v1/conversations/connect'].post;
  delete connect.responses['500']; // project and OWASP: the common error responses
  delete connect.operationId; // spectral:oas operation-operationId
  return d;
}
const described = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.pointer ?? ''} ${f.message}`).sort();

describe("Spectral's pass on the parsed bundle", () => {
  it('reports what it reports on the YAML text printed from it, on the contract and on a broken copy', async () => {
    for (const doc of [contract, broken(contract)]) {
      const [fromText, fromData] = await Promise.all([spectralLint(bundleYamlText(doc, 'test'), BUNDLE_YAML, 'bundle'), spectralLint(doc, BUNDLE_YAML, 'bundle')]);
      expect(described(fromData)).toEqual(described(fromText));
      if (doc === contract) expect(fromData).toEqual([]);
      else {
        const rules = new Set(fromData.map((f) => f.rule));
        for (const rule of [
          'typed-enum',
          'owasp:api3:2023-no-unevaluatedProperties',
          'oas3-unused-component',
          'connect-call-property-camel-case',
          'connect-call-common-errors',
          'operation-operationId',
        ]) {
          expect(rules, rule).toContain(rule);
        }
        // Each with its path (the pipeline places it in the source by that path) and the document's first line.
        expect(fromData.every((f) => f.segments !== undefined && f.line === 1)).toBe(true);
        expect(fromData.find((f) => f.rule === 'connect-call-property-camel-case')?.pointer).toBe('components.schemas.CallMonitor.properties.control_url');
      }
    }
  }, 60_000);

  it('leaves the document it lints as it was', async () => {
    const doc = broken(contract);
    const before = JSON.stringify(doc);
    expect((await spectralLint(doc, BUNDLE_YAML, 'bundle')).length).toBeGreaterThan(0);
    expect(JSON.stringify(doc)).toBe(before);
  }, 60_000);

  it('in the lint thread, lints the document as it was when sent, whatever the caller does with it next (a thread starting, then a warm one)', async () => {
    const thread = startLintThread();
    try {
      for (const round of ['starting', 'warm']) {
        const doc = broken(contract);
        const answer = thread.lint(doc, BUNDLE_YAML, 'bundle');
        // The caller goes on and changes its document at once (the pipeline does not, but nothing stops it).
        delete doc.components.schemas.NeverUsed;
        doc.components.schemas.Customer.properties.number.enum = ['+15550100'];
        const rules = new Set((await answer).map((f) => f.rule));
        expect(rules, round).toContain('typed-enum');
        expect(rules, round).toContain('oas3-unused-component');
      }
    } finally {
      await thread.close();
    }
  }, 60_000);
});
