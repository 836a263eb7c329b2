/**
 * Lint is part of npm test: the contract stays at zero findings from both
 * linters, and a broken contract is reported with file, line and rule.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLint } from '../scripts/lint.ts';
import { lintContract, orphanFiles } from '../scripts/lib/lint.ts';
import { startLintThread } from '../scripts/lib/lint-thread.ts';
import { redoclySourceLint } from '../scripts/lib/redocly-lint.ts';
import { withFixedInstance } from '../scripts/lib/spectral-ruleset.ts';
import { sourceLocator } from '../scripts/lib/source-locate.ts';
import { bundleContract, type Finding } from '../scripts/lib/contract.ts';
import { sourceHash } from '../scripts/lib/bundle-text.ts';
import { generateTargets } from '../scripts/lib/generate.ts';
import { ROOT } from '../scripts/lib/paths.ts';

describe('lint', () => {
  it("the cached Spectral ruleset reads Spectral's packages under one fixed id, in either quote style, or is refused", () => {
    const read = (q: string, id: string) => `globalThis[Symbol.for(${q}@stoplight-spectral/builtins${q})][${q}${id}${q}][${q}@stoplight/spectral-functions${q}]`;
    expect(withFixedInstance(`a = ${read("'", '123456')}; b = ${read('"', '99')};`)).toBe(`a = ${read("'", 'calls-api-contract')}; b = ${read('"', 'calls-api-contract')};`);
    expect(withFixedInstance('module.exports = {};')).toBe('module.exports = {};');
    // A form it does not know would pass in the process that bundled it and fail from the cache: refused now.
    expect(() => withFixedInstance("x = globalThis[Symbol.for('@stoplight-spectral/builtins')][instanceId];")).toThrow(/does not know/);
    expect(() => withFixedInstance("x = globalThis[Symbol.for('@stoplight-spectral/builtins')]?.['1'];")).toThrow(/does not know/);
  });

  it('finds no orphan file when the root is given as a relative path', () => {
    const root = path.relative(process.cwd(), path.join(ROOT, 'openapi', 'openapi.yaml'));
    expect(path.isAbsolute(root)).toBe(false);
    const all = fs
      .readdirSync(path.join(ROOT, 'openapi'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
      .map((d) => path.join(d.parentPath, d.name));
    expect(orphanFiles(root, all)).toEqual([]);
    expect(
      orphanFiles(
        root,
        all.filter((f) => !f.endsWith('Direction.yaml')),
      ).map((f) => f.file),
    ).toEqual([expect.stringMatching(/Direction\.yaml$/)]);
  });

  it('the contract has zero errors and zero warnings from Redocly (source) and Spectral (bundle)', async () => {
    const lines: string[] = [];
    const code = await runLint(undefined, (l) => lines.push(l));
    expect(lines.at(-1)).toMatch(/^lint: 0 error\(s\), 0 warning\(s\) from Redocly \(source\), Spectral \(bundle\) and the project checks \(values, keys\)/);
    expect(lines).toHaveLength(1);
    expect(code).toBe(0);
  }, 60_000);

  it('places a bundle path in the source: through $refs, a hoisted file or fragment, a key with dots; nothing for the whole document', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-locate-'));
    try {
      const file = (name: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
        return path.join(dir, name);
      };
      const root = file('openapi.yaml', 'openapi: 3.1.0\npaths:\n  /x:\n    $ref: ./paths/x.yaml\n');
      const pathFile = file('paths/x.yaml', 'get:\n  responses:\n    "200":\n      description: ok\n');
      const customer = file('components/schemas/Customer.yaml', 'type: object\nproperties:\n  name:\n    type: string\n');
      const shared = file('shared.yaml', 'Other: {}\nFoo:\n  type: object\n  properties:\n    a.b:\n      type: string\n');
      const locate = sourceLocator(root, [root, pathFile, customer, shared]);
      expect(locate(['paths', '/x', 'get', 'responses', '200', 'description'])).toEqual({ file: pathFile, line: 4, column: 7 });
      expect(locate(['components', 'schemas', 'Customer', 'properties', 'name'])).toEqual({ file: customer, line: 3, column: 3 });
      expect(locate(['components', 'schemas', 'Foo', 'properties', 'a.b'])).toEqual({ file: shared, line: 5, column: 5 });
      expect(locate([])).toBeUndefined();
      expect(locate(['servers'])).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the rest of a run reads each file as that run's bundle read it: the source lint, the headers' source hash, the placing of findings", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-sources-'));
    try {
      fs.cpSync(path.join(ROOT, 'openapi'), path.join(dir, 'openapi'), { recursive: true });
      const root = path.join(dir, 'openapi', 'openapi.yaml');
      const bundled = await bundleContract(root);
      expect([...bundled.sources.keys()].sort()).toEqual(bundled.files);
      const hashAsBundled = sourceHash(bundled.files);
      const statusAt = ['components', 'examples', 'CallQueued', 'value', 'status'];
      const lineAsBundled = sourceLocator(root, bundled.files)(statusAt)!.line;
      // Saved while the run goes on: a line more at the top, and an example that breaks its schema (Redocly's no-invalid-media-type-examples).
      const example = path.join(dir, 'openapi', 'components', 'examples', 'CallQueued.yaml');
      fs.writeFileSync(example, `# saved\n${fs.readFileSync(example, 'utf8').replace('status: queued', 'status: dialling')}`);
      const rules = (findings: Finding[]) => findings.map((f) => f.rule);
      expect(rules(await redoclySourceLint(root, bundled.sources))).toEqual([]);
      expect(rules(await redoclySourceLint(root))).toContain('no-invalid-media-type-examples');
      expect(sourceHash(bundled.files, bundled.sources)).toBe(hashAsBundled);
      expect(sourceHash(bundled.files)).not.toBe(hashAsBundled);
      const targets = await generateTargets(bundled.doc, bundled.files, path.join(dir, 'out'), bundled.sources);
      expect(targets.get(path.join(dir, 'out', 'openapi.yaml'))).toContain(`source sha256: ${hashAsBundled}`);
      expect(sourceLocator(root, bundled.files, bundled.sources)(statusAt)!.line).toBe(lineAsBundled);
      expect(sourceLocator(root, bundled.files)(statusAt)!.line).toBe(lineAsBundled + 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports keys the contract\'s readers take apart ("<<", "__proto__"), in schemas and in example data, each in its source file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-keys-'));
    try {
      fs.cpSync(path.join(ROOT, 'openapi'), path.join(dir, 'openapi'), { recursive: true });
      const edit = (file: string, from: string, to: string) => {
        const p = path.join(dir, 'openapi', file);
        const text = fs.readFileSync(p, 'utf8');
        if (!text.includes(from)) throw new Error(`test edit did not apply to ${file}`);
        fs.writeFileSync(p, text.replace(from, to));
      };
      edit('components/schemas/CallMonitor.yaml', 'properties:\n', 'properties:\n  "<<":\n    type: string\n    description: merged by YAML 1.1 readers\n');
      edit('components/examples/CallQueued.yaml', '  monitor:\n', '  monitor:\n    __proto__: x\n');
      const root = path.join(dir, 'openapi', 'openapi.yaml');
      const { doc, files } = await bundleContract(root);
      const { findings } = await lintContract({ root, bundle: doc, bundledFiles: files });
      const keys = findings.filter((f) => f.rule === 'connect-call-portable-key');
      expect(keys.map((f) => [f.file.replace(/.*openapi\//, ''), f.pointer])).toEqual([
        ['components/examples/CallQueued.yaml', 'components.examples.CallQueued.value.monitor.__proto__'],
        ['components/schemas/CallMonitor.yaml', 'components.schemas.CallMonitor.properties.<<'],
      ]);
      expect(keys[1]!.line).toBe(5);
      expect(keys[1]!.message).toMatch(/merge/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  describe('a broken copy of the contract', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-lint-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.cpSync(path.join(ROOT, 'openapi'), path.join(dir, 'openapi'), { recursive: true });
    const edit = (file: string, from: string | RegExp, to: string) => {
      const p = path.join(dir, 'openapi', file);
      const before = fs.readFileSync(p, 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`test edit did not apply to ${file}`);
      fs.writeFileSync(p, after);
    };
    // 1. a property without a description (project rule), 2. a snake_case property
    // (project rule), 3. an example that breaks its schema (Redocly), 4. a
    // missing common error response (project rule + OWASP).
    edit('components/schemas/Customer.yaml', / {2}name:\n {4}type: string\n {4}description: [^\n]*\n/, '  name:\n    type: string\n');
    edit('components/schemas/CallMonitor.yaml', 'controlUrl:', 'control_url:');
    edit('components/examples/CallQueued.yaml', 'status: queued', 'status: dialling');
    edit('paths/calls_v1_conversations_connect.yaml', / {4}'500':\n {6}\$ref: [^\n]*\n/, '');
    // 6. a header example and a parameter default that break their schemas (neither linter checks these).
    edit('components/headers/RetryAfter.yaml', /^example: 30$/m, 'example: soon');
    edit('components/parameters/Size.yaml', '  default: 10', '  default: ten');
    // 7. no servers: a finding about the document as a whole is placed at the root file, never in generated/.
    edit('openapi.yaml', /^servers:\n(?: {2}.*\n)+/m, '');
    // 5. a schema file nothing refers to (neither linter would see it).
    fs.writeFileSync(path.join(dir, 'openapi/components/schemas/Orphan.yaml'), 'type: object\nproperties:\n  snake_case: { type: string }\n');

    it('reports each problem with its file, line and rule, and exits non-zero', async () => {
      const root = path.join(dir, 'openapi', 'openapi.yaml');
      const { doc, files } = await bundleContract(root);
      const { findings } = await lintContract({ root, bundle: doc, bundledFiles: files });
      const at = (rule: string, file: string) => findings.filter((f) => f.rule === rule && f.file.endsWith(file));
      const descr = at('connect-call-property-description', 'components/schemas/Customer.yaml');
      expect(descr.length).toBeGreaterThan(0);
      expect(descr[0]!.line).toBe(12); // the `name:` key
      expect(at('connect-call-property-camel-case', 'components/schemas/CallMonitor.yaml')[0]?.line).toBe(5);
      expect(
        at('no-invalid-media-type-examples', 'components/examples/CallQueued.yaml').length + at('no-invalid-media-type-examples', 'paths/calls_v1_conversations_connect.yaml').length,
      ).toBeGreaterThan(0);
      expect(at('connect-call-common-errors', 'paths/calls_v1_conversations_connect.yaml')[0]?.message).toMatch(/500/);
      expect(at('connect-call-valid-header-example', 'components/headers/RetryAfter.yaml')[0]).toMatchObject({ line: 10, message: expect.stringMatching(/"soon" .*must be integer/) });
      expect(at('connect-call-valid-default', 'components/parameters/Size.yaml')[0]).toMatchObject({ line: 7, message: expect.stringMatching(/"ten" .*must be integer/) });
      const lines: string[] = [];
      expect(await runLint(root, (l) => lines.push(l))).toBe(1);
      expect(lines).toContainEqual(expect.stringMatching(/components\/schemas\/Orphan\.yaml:1:1 error \[project connect-call-orphan-file\] no \$ref reaches this file/));
      expect(
        lines.some((l) => /Customer\.yaml:12:\d+ error \[spectral connect-call-property-description\]/.test(l)),
        lines.join('\n'),
      ).toBe(true);
      // Spectral lints the bundle; each finding is placed in the source file an author edits, the bundle path kept.
      expect(lines).toContainEqual(
        expect.stringMatching(
          /components\/schemas\/CallMonitor\.yaml:5:3 error \[spectral connect-call-property-camel-case\] Property name "control_url" .*\(at components\.schemas\.CallMonitor\.properties\.control_url\)$/,
        ),
      );
      expect(lines).toContainEqual(expect.stringMatching(/paths\/calls_v1_conversations_connect\.yaml:\d+:3 error \[spectral connect-call-common-errors\] .*500/));
      expect(lines.filter((l) => l.includes('[spectral') && l.startsWith('generated/'))).toEqual([]);
      expect(lines).toContainEqual(expect.stringMatching(/openapi\/openapi\.yaml:1:1 warning \[spectral oas3-api-servers\]/));
    }, 60_000);

    it("in the dev watcher's source lint thread, Redocly reports exactly what it reports on this thread, from the bytes the bundle read", async () => {
      const root = path.join(dir, 'openapi', 'openapi.yaml');
      const { sources } = await bundleContract(root);
      const here = await redoclySourceLint(root, sources);
      expect(here.filter((f) => f.rule === 'no-invalid-media-type-examples').length).toBeGreaterThan(0);
      // The thread is sent the run's bytes: a change on disk after the bundle read the file is not what it lints.
      const example = path.join(dir, 'openapi/components/examples/CallQueued.yaml');
      const text = fs.readFileSync(example, 'utf8');
      const thread = startLintThread({ source: true });
      try {
        const fixed = text.replace('status: dialling', 'status: queued');
        expect(fixed).not.toBe(text);
        fs.writeFileSync(example, fixed);
        expect(await thread.lintSource!(root, sources)).toEqual(here);
        // Warm, after a reset (redocly.yaml reloaded): the same again.
        thread.reset('redocly');
        expect(await thread.lintSource!(root, sources)).toEqual(here);
      } finally {
        fs.writeFileSync(example, text);
        await thread.close();
      }
    }, 60_000);

    it('a YAML syntax error names the file and line', async () => {
      edit('components/schemas/Direction.yaml', 'enum:\n', 'enum: [\n');
      const lines: string[] = [];
      expect(await runLint(path.join(dir, 'openapi', 'openapi.yaml'), (l) => lines.push(l))).toBe(1);
      expect(lines.join('\n')).toMatch(/Direction\.yaml:\d+:\d+ error/);
    }, 60_000);
  });
});
