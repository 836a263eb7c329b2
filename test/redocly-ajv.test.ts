/**
 * Redocly's example validators are kept across lints (scripts/lib/redocly-ajv.ts)
 * only while everything they compile is unchanged: a second lint of the same
 * contract compiles nothing, nor does a description edit, and an edit to a
 * schema that an example reaches only through `$ref`s is seen at once, and
 * seen going back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closureKey, installRedoclyAjvCache, validationShape } from '../scripts/lib/redocly-ajv.ts';
import { redoclySourceLint } from '../scripts/lib/lint.ts';
import { ROOT } from '../scripts/lib/paths.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-redocly-ajv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("Redocly's example validators across lints", () => {
  it('keys a schema by the nodes its $refs reach, transitively; a $ref that does not resolve is not keyed', () => {
    const nodes: Record<string, unknown> = {
      'a.yaml#/': { type: 'object', properties: { b: { $ref: 'b.yaml' } } },
      'b.yaml#/': { type: 'object', properties: { c: { $ref: 'c.yaml' }, self: { $ref: 'b.yaml' } } },
      'c.yaml#/': { type: 'string' },
    };
    const resolve = (node: unknown) => {
      const at = `${(node as { $ref: string }).$ref}#/`;
      return at in nodes ? { location: { source: { absoluteRef: at.slice(0, -2) }, absolutePointer: at }, node: nodes[at] } : {};
    };
    const loc = { source: { absoluteRef: 'a.yaml' }, absolutePointer: 'a.yaml#/' };
    const before = closureKey(nodes['a.yaml#/'], loc, resolve);
    expect(before).toContain('c.yaml#/'); // reached through b, and the cycle on b ends
    nodes['c.yaml#/'] = { type: 'integer' }; // two $refs away
    expect(closureKey(nodes['a.yaml#/'], loc, resolve)).not.toBe(before);
    expect(closureKey({ $ref: 'missing.yaml' }, loc, resolve)).toBeUndefined();
    // Annotations do not count, wherever a subschema sits; a property named like one does.
    const key = closureKey(nodes['a.yaml#/'], loc, resolve);
    nodes['c.yaml#/'] = { type: 'integer', description: 'now described', examples: [1] };
    (nodes['b.yaml#/'] as any).title = 'B';
    expect(closureKey(nodes['a.yaml#/'], loc, resolve)).toBe(key);
    const withProperty = { type: 'object', properties: { description: { type: 'string' } } };
    expect(validationShape(withProperty)).toEqual(withProperty);
    expect(validationShape({ allOf: [{ description: 'x', type: 'string' }], items: { default: 1, minimum: 0 } })).toEqual({ allOf: [{ type: 'string' }], items: { minimum: 0 } });
  });

  it('a second lint compiles nothing; an edit two $refs away from an example is found, and its undoing too', async () => {
    fs.cpSync(path.join(ROOT, 'openapi'), path.join(dir, 'openapi'), { recursive: true });
    const root = path.join(dir, 'openapi', 'openapi.yaml');
    const customer = path.join(dir, 'openapi', 'components', 'schemas', 'Customer.yaml');
    const counters = installRedoclyAjvCache();
    expect(await redoclySourceLint(root)).toEqual([]);
    const compiled = counters.compiled;
    const hits = counters.hits;
    expect(await redoclySourceLint(root)).toEqual([]);
    expect(counters.compiled).toBe(compiled); // nothing compiled again
    expect(counters.hits).toBeGreaterThan(hits);
    // A description edit (what \`npm run dev\` sees most) compiles nothing either.
    const text = fs.readFileSync(customer, 'utf8');
    fs.writeFileSync(customer, text.replace(/(\n {4}description: )/, '$1Edited. '));
    expect(fs.readFileSync(customer, 'utf8')).not.toBe(text);
    expect(await redoclySourceLint(root)).toEqual([]);
    expect(counters.compiled).toBe(compiled);
    // The request example's customer.number is a string; Customer.yaml is reached from the
    // request body only through ConnectCallRequest's $ref to it.
    const edited = text.replace(/(\n {2}number:\n {4}type: )string/, '$1integer');
    expect(edited).not.toBe(text);
    fs.writeFileSync(customer, edited);
    const found = await redoclySourceLint(root);
    expect(found.filter((f) => /no-invalid-(media-type|schema)-examples/.test(f.rule)).length).toBeGreaterThan(0);
    expect(found.some((f) => /number/.test(f.message) && /integer/.test(f.message))).toBe(true);
    expect(counters.compiled).toBeGreaterThan(compiled);
    fs.writeFileSync(customer, text);
    expect(await redoclySourceLint(root)).toEqual([]);
  }, 60_000);
});
