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
import { closureKey, installRedoclyAjvCache, MAX_VALIDATORS, validationShape } from '../scripts/lib/redocly-ajv.ts';
import { synthesize } from '../bench/lib/synthesize.ts';
import { redoclySourceLint } from '../scripts/lib/redocly-lint.ts';
import { ROOT } from '../scripts/lib/paths.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-redocly-ajv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("Redocly's example validators across lints", () => {
  it('keys a schema by the nodes its $refs reach, transitively; a $ref that does not resolve is not keyed', () => {
    const nodes: Record<string, unknown> = {
      '/x/a.yaml': { type: 'object', properties: { b: { $ref: 'b.yaml' } } },
      '/x/b.yaml': { type: 'object', properties: { c: { $ref: 'c.yaml' }, self: { $ref: 'b.yaml' } } },
      '/x/c.yaml': { type: 'string' },
    };
    const resolve = (node: unknown) => {
      const file = `/x/${(node as { $ref: string }).$ref}`;
      return file in nodes ? { location: { source: { absoluteRef: file }, absolutePointer: `${file}#/` }, node: nodes[file] } : {};
    };
    const loc = { source: { absoluteRef: '/x/a.yaml' }, absolutePointer: '/x/a.yaml#/' };
    const before = closureKey(nodes['/x/a.yaml'], loc, resolve);
    expect(before).toContain('/x/c.yaml#/'); // reached through b, and the cycle on b ends
    nodes['/x/c.yaml'] = { type: 'integer' }; // two $refs away
    expect(closureKey(nodes['/x/a.yaml'], loc, resolve)).not.toBe(before);
    expect(closureKey({ $ref: 'missing.yaml' }, loc, resolve)).toBeUndefined();
    // Left to the library: a pointer into a file, a URL, an identifier anywhere reached, a resolution that followed a $ref.
    expect(closureKey({ $ref: 'c.yaml#/type' }, loc, resolve)).toBeUndefined();
    expect(closureKey({ $ref: 'https://example.com/s.json' }, loc, resolve)).toBeUndefined();
    expect(closureKey({ properties: { x: { $anchor: 'x' } } }, loc, resolve)).toBeUndefined();
    expect(closureKey({ type: 'object', properties: { id: { type: 'string' } } }, loc, resolve)).toBeDefined(); // a property named id is no identifier
    expect(closureKey({ maximum: Number.POSITIVE_INFINITY }, loc, resolve)).not.toBe(closureKey({ maximum: Number.NaN }, loc, resolve));
    const chained = (node: unknown) => ({ ...resolve(node), chain: [{}] });
    expect(closureKey(nodes['/x/a.yaml'], loc, chained)).toBeUndefined();
    // Annotations do not count, wherever a subschema sits; a property named like one does.
    const key = closureKey(nodes['/x/a.yaml'], loc, resolve);
    nodes['/x/c.yaml'] = { type: 'integer', description: 'now described', examples: [1] };
    (nodes['/x/b.yaml'] as any).title = 'B';
    expect(closureKey(nodes['/x/a.yaml'], loc, resolve)).toBe(key);
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

  it('a full cache drops its oldest validators, never what the lint going on uses: a second lint still compiles nothing', async () => {
    const counters = installRedoclyAjvCache();
    // Other contracts (the 10-operation synthetic one, each copy at its own path, so its own
    // validators) until the cache is within 100 of full: the next lint (~150 validators) crosses it.
    for (let i = 0; counters.size <= MAX_VALIDATORS - 100; i++) {
      expect(i).toBeLessThan(40); // bounded: each copy adds about 110
      const other = path.join(dir, `filler-${i}`, 'openapi');
      fs.cpSync(path.join(ROOT, 'openapi'), other, { recursive: true });
      synthesize(other, 10);
      await redoclySourceLint(path.join(other, 'openapi.yaml'));
    }
    expect(counters.size).toBeGreaterThan(MAX_VALIDATORS - 100);
    const root = path.join(dir, 'full', 'openapi', 'openapi.yaml');
    fs.cpSync(path.join(ROOT, 'openapi'), path.dirname(root), { recursive: true });
    const before = counters.compiled;
    expect(await redoclySourceLint(root)).toEqual([]);
    expect(counters.compiled - before).toBeGreaterThan(100); // it crossed the limit
    expect(counters.size).toBeLessThanOrEqual(MAX_VALIDATORS);
    const compiled = counters.compiled;
    expect(await redoclySourceLint(root)).toEqual([]);
    expect(counters.compiled).toBe(compiled);
  }, 120_000);

  // Two ways a lint's Ajv instance makes a compilation depend on what it compiled before (found by a
  // review): such schemas are left to the library, and every lint reports what a fresh one reports.
  const write = (sub: string, files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.join(dir, sub), { recursive: true });
      fs.writeFileSync(path.join(dir, sub, name), text);
    }
    return path.join(dir, sub, 'openapi.yaml');
  };
  const exampleFindings = async (root: string) => (await redoclySourceLint(root)).filter((f) => /examples/.test(f.rule)).map((f) => f.message);
  /** One operation: a request body and a 200 response, each a schema with an example. */
  const operation = (request: [schema: string, example: string], response: [schema: string, example: string]) =>
    `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: ${request[0]}\n            example: ${request[1]}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: ${response[0]}\n              example: ${response[1]}\n`;

  it('a $ref to a pointer inside a file (Ajv reads it from the copy it has loaded, with the keywords beside a $ref there) is left to the library', async () => {
    const root = write('pointer', {
      // The request's schema loads C.yaml whole; the response's points into it, at a $ref with a keyword beside it.
      'openapi.yaml': operation(["{type: object, properties: {c: {$ref: './C.yaml'}}}", '{c: {t: ab}}'], ["{type: object, properties: {t: {$ref: './C.yaml#/properties/t'}}}", '{t: abcd}']),
      'C.yaml': 'type: object\nproperties:\n  t:\n    $ref: ./Y.yaml\n    maxLength: 10\n',
      'Y.yaml': 'type: string\n',
    });
    expect(await exampleFindings(root)).toEqual([]);
    const c = path.join(path.dirname(root), 'C.yaml');
    fs.writeFileSync(c, fs.readFileSync(c, 'utf8').replace('maxLength: 10', 'maxLength: 3'));
    expect((await exampleFindings(root)).join('\n')).toMatch(/more than 3 characters/);
  }, 60_000);

  it('a schema that declares an $id (Ajv registers it; a second registration is an error in every lint) is left to the library', async () => {
    const root = write('identified', {
      'openapi.yaml': operation(["{type: object, properties: {a: {$ref: './Customer.yaml'}, b: {$ref: './Customer.yaml'}}}", '{a: {name: x}}'], ["{$ref: './Customer.yaml'}", '{name: y}']),
      'Customer.yaml': "$id: 'https://example.com/customer'\ntype: object\nproperties:\n  name: {type: string}\n",
    });
    const first = await exampleFindings(root);
    expect(await exampleFindings(root)).toEqual(first);
    expect(await exampleFindings(root)).toEqual(first);
  }, 60_000);
});
