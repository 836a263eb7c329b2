/**
 * Generation: deterministic, current (the drift check that fails npm test when
 * generated/ is stale), and safe (a broken spec leaves the output untouched).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, runGenerate } from '../scripts/generate.ts';
import { runPipeline, staleFiles } from '../scripts/lib/pipeline.ts';
import { GENERATED_DIR, ROOT } from '../scripts/lib/paths.ts';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { OPTIONS, typesModule } from '../scripts/lib/generate-types.ts';
import { bundleYamlText, tsHeader } from '../scripts/lib/bundle-text.ts';
import { yamlPrinter } from '../scripts/lib/yaml-print.ts';
import YAML from 'yaml';
import type { OpenApiDocument } from '../scripts/lib/contract.ts';
import { GenerateError } from '../scripts/lib/generate-error.ts';
import { generateTargets } from '../scripts/lib/generate.ts';
import { bundleContract } from '../scripts/lib/contract.ts';
import { synthesize } from '../bench/lib/synthesize.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-gen-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every generated file, by absolute path, as the contract produces it now: the two steps called directly, the chain's own result checked against it. */
async function computeTargets(root?: string, outDir: string = GENERATED_DIR): Promise<Map<string, string>> {
  const { doc, files, sources } = await bundleContract(root);
  return generateTargets(doc, files, outDir, sources);
}
/** The targets of the committed contract, computed once for the tests that only read them (the determinism test computes its own second run). */
let committed: Promise<Map<string, string>> | undefined;
const committedTargets = () => (committed ??= computeTargets());
/** A copy of the contract (under tmp/`name`) in which Get Call has List Calls' operationId. */
function duplicateOperationId(name: string): string {
  const src = path.join(tmp, name);
  fs.cpSync(path.join(ROOT, 'openapi'), path.join(src, 'openapi'), { recursive: true });
  const file = path.join(src, 'openapi/paths/calls_v1_conversations_{id}.yaml');
  const text = fs.readFileSync(file, 'utf8');
  if (!/operationId: getCall\n/.test(text)) throw new Error(`${file}: no operationId getCall to duplicate`);
  fs.writeFileSync(file, text.replace(/operationId: getCall\n/, 'operationId: listCalls\n'));
  return src;
}
/** generated/schema.d.ts through openapi-typescript's front door (lint and bundle, then the same transform): what typesModule must equal. */
const viaOpenapiTS = async (doc: OpenApiDocument) => `${tsHeader('h')}\n${astToString(await openapiTS(structuredClone(doc) as unknown as OpenAPI3, OPTIONS))}`;

describe('generate', () => {
  it('drift check: the committed generated/ matches the contract byte for byte', async () => {
    const lines: string[] = [];
    const errors: string[] = [];
    const code = await runGenerate({ check: true, log: (l) => lines.push(l), error: (l) => errors.push(l) });
    expect(errors.join('\n')).toBe('');
    expect(code).toBe(0);
    const count = (await committedTargets()).size;
    expect(count).toBeGreaterThan(6);
    expect(lines[0]).toMatch(new RegExp(`all ${count} generated files are up to date`));
  });

  it('is deterministic: two runs give byte-identical files', async () => {
    const a = await committedTargets();
    const b = await computeTargets();
    expect(b).not.toBe(a);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(b.get(k), k).toBe(v);
  });

  it('every file starts with the do-not-edit header: the source hash, or for the validator modules the hash of what Ajv compiles', async () => {
    const targets = await committedTargets();
    const hashes = new Set<string>();
    const validatorHashes = new Set<string>();
    for (const [file, content] of targets) {
      const top = content.slice(0, 600);
      expect(top).toMatch(/[Dd]o not edit/);
      const validator = /validator input sha256: ([0-9a-f]{64})/.exec(top);
      if (validator) {
        // generated/validators.js and validators/*: their content depends only on that input.
        expect(path.relative(GENERATED_DIR, file), 'only validator modules carry the validator input hash').toMatch(/^validators(\.d\.ts|\.js|\/)/);
        validatorHashes.add(validator[1]!);
        continue;
      }
      const m = /source sha256: ([0-9a-f]{64})|"sourceSha256": "([0-9a-f]{64})"/.exec(top);
      expect(m, `${path.basename(file)} has no source hash near the top`).not.toBeNull();
      hashes.add(m![1] ?? m![2]!);
    }
    expect(hashes.size).toBe(1);
    expect(validatorHashes.size).toBe(1);
    expect([...validatorHashes][0]).not.toBe([...hashes][0]);
  });

  it('the drift check catches a hand edit and names the file', async () => {
    const out = path.join(tmp, 'drift');
    fs.cpSync(GENERATED_DIR, out, { recursive: true });
    const targets = await computeTargets(undefined, out);
    expect(staleFiles(targets)).toEqual([]);
    fs.appendFileSync(path.join(out, 'operations.ts'), '// a hand edit\n');
    fs.rmSync(path.join(out, 'validators.d.ts'));
    const stale = staleFiles(targets);
    expect(stale).toHaveLength(2);
    expect(stale[0]).toMatch(/drift\/operations\.ts$/);
    expect(stale[1]).toMatch(/drift\/validators\.d\.ts \(missing\)$/);
    const errors: string[] = [];
    expect(await runGenerate({ check: true, outDir: out, error: (l) => errors.push(l) })).toBe(1);
    expect(errors.join('\n')).toMatch(/2 generated file\(s\) are stale[\s\S]*operations\.ts[\s\S]*validators\.d\.ts \(missing\)/);
  });

  it('the drift check catches a spec edit that was not regenerated', async () => {
    const src = path.join(tmp, 'spec-edit');
    fs.cpSync(path.join(ROOT, 'openapi'), path.join(src, 'openapi'), { recursive: true });
    const direction = path.join(src, 'openapi/components/schemas/Direction.yaml');
    fs.writeFileSync(direction, fs.readFileSync(direction, 'utf8').replace('Who starts the conversation.', 'Who starts the call.'));
    const errors: string[] = [];
    expect(await runGenerate({ check: true, root: path.join(src, 'openapi/openapi.yaml'), error: (l) => errors.push(l) })).toBe(1);
    // The text change reaches every target through the source hash, but the validator
    // modules: what Ajv compiles did not change, and their header hashes only that.
    const targets = [...(await committedTargets()).keys()].map((f) => path.relative(GENERATED_DIR, f));
    const rest = targets.filter((f) => !/^validators(\.|\/)/.test(f));
    expect(rest.length).toBeLessThan(targets.length);
    expect(errors.join('\n')).toMatch(new RegExp(`${rest.length} generated file\\(s\\) are stale`));
    expect(errors.join('\n')).not.toMatch(/validators/);
  });

  it('a broken spec exits non-zero with file, line and reason, and leaves the output untouched', async () => {
    const src = path.join(tmp, 'broken');
    fs.cpSync(path.join(ROOT, 'openapi'), path.join(src, 'openapi'), { recursive: true });
    const out = path.join(tmp, 'broken-out');
    fs.cpSync(GENERATED_DIR, out, { recursive: true });
    const snapshot = () =>
      Object.fromEntries(
        fs
          .readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => [path.relative(out, path.join(d.parentPath, d.name)), fs.readFileSync(path.join(d.parentPath, d.name), 'utf8')]),
      );
    const before = snapshot();
    const pathFile = path.join(src, 'openapi/paths/calls_v1_conversations_connect.yaml');
    fs.writeFileSync(pathFile, fs.readFileSync(pathFile, 'utf8').replace('../components/schemas/Call.yaml', '../components/schemas/Cal.yaml'));
    const errors: string[] = [];
    const code = await runGenerate({ root: path.join(src, 'openapi/openapi.yaml'), outDir: out, error: (l) => errors.push(l) });
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/left untouched[\s\S]*paths\/calls_v1_conversations_connect\.yaml:\d+:\d+ error \[redocly bundler\] Can't resolve \$ref/);
    expect(snapshot()).toEqual(before);
    expect(Object.keys(before)).toContain(path.join('validators', 'getCall.js'));
  });

  it("the types from openapi-typescript's transform, called directly, are the bytes openapiTS() gives (lint and bundle first)", async () => {
    const src = path.join(tmp, 'types');
    fs.cpSync(path.join(ROOT, 'openapi'), path.join(src, 'openapi'), { recursive: true });
    const real = (await bundleContract()).doc;
    expect(typesModule(real, 'h')).toBe(await viaOpenapiTS(real));
    // Ten operations: path-level parameters, webhooks and every real schema, several times over.
    synthesize(path.join(src, 'openapi'), 10);
    const ten = (await bundleContract(path.join(src, 'openapi/openapi.yaml'))).doc;
    expect(Object.keys(ten.paths ?? {})).toHaveLength(10);
    expect(typesModule(ten, 'h')).toBe(await viaOpenapiTS(ten));
  });

  it('two operations with one operationId fail generation with lint off, naming both, and leave the output untouched', async () => {
    const src = duplicateOperationId('dup');
    const out = path.join(tmp, 'dup-out');
    fs.cpSync(GENERATED_DIR, out, { recursive: true });
    const before = fs.readFileSync(path.join(out, 'operations.ts'), 'utf8');
    const run = runGenerate({ root: path.join(src, 'openapi/openapi.yaml'), outDir: out });
    await expect(run).rejects.toThrow(GenerateError); // a ToolError: the entry prints its message alone and exits 1
    await expect(run).rejects.toThrow('operationId "listCalls" is used by both GET /calls/v1/conversations and GET /calls/v1/conversations/{id}: give each its own');
    expect(fs.readFileSync(path.join(out, 'operations.ts'), 'utf8')).toBe(before);
  });

  it("with lint on (npm run pipeline), the same contract is reported by lint's findings, with file and line, and nothing is written", async () => {
    const src = duplicateOperationId('dup-pipeline');
    const out = path.join(tmp, 'dup-pipeline-out');
    const lines: string[] = [];
    const r = await runPipeline({ root: path.join(src, 'openapi/openapi.yaml'), outDir: out, docsFile: false, log: (l) => lines.push(l) });
    expect(r.ok).toBe(false);
    expect(r.written).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
    // Lint's finding first, with its file and line; generation's own reason after it.
    expect(lines.join('\n')).toMatch(/calls_v1_conversations_\{id\}\.yaml:\d+:\d+ error \[redocly operation-operationId-unique\][\s\S]*\noperationId "listCalls" is used by both/);
  }, 60_000);

  it('a run its caller calls superseded reports and writes nothing: not the lint findings, not the targets, not a broken contract', async () => {
    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    const asked: string[] = [];
    // Out of date only when it is done: lint ran and found the duplicate operationId, and says nothing.
    const src = duplicateOperationId('dup-superseded');
    const late = await runPipeline({
      root: path.join(src, 'openapi/openapi.yaml'),
      outDir: path.join(tmp, 'superseded-1'),
      docsFile: false,
      log,
      superseded: (stage) => (asked.push(`lint ${stage}`), stage === 'done'),
    });
    expect(late).toMatchObject({ ok: false, superseded: true, written: [], findings: [] });
    // Out of date as soon as it is bundled: it stops there.
    const early = await runPipeline({ outDir: path.join(tmp, 'superseded-2'), docsFile: false, lint: false, log, superseded: async (stage) => (asked.push(`clean ${stage}`), true) });
    expect(early).toMatchObject({ ok: false, superseded: true, written: [] });
    // A contract that does not parse: the broken report is withheld too.
    const broken = path.join(tmp, 'superseded-broken');
    fs.cpSync(path.join(ROOT, 'openapi'), path.join(broken, 'openapi'), { recursive: true });
    fs.writeFileSync(path.join(broken, 'openapi/components/schemas/Customer.yaml'), 'type: object\nproperties: [\n');
    const unparsable = await runPipeline({
      root: path.join(broken, 'openapi/openapi.yaml'),
      outDir: path.join(tmp, 'superseded-3'),
      docsFile: false,
      lint: false,
      log,
      superseded: (stage) => (asked.push(`broken ${stage}`), true),
    });
    expect(unparsable).toMatchObject({ ok: false, superseded: true, written: [] });
    expect(unparsable.broken).toBeUndefined();
    expect(asked).toEqual(['lint bundled', 'lint done', 'clean bundled', 'broken broken']);
    expect(lines).toEqual([]);
    for (const d of ['superseded-1', 'superseded-2', 'superseded-3']) expect(fs.existsSync(path.join(tmp, d))).toBe(false);
  }, 60_000);

  it('a run out of date once bundled stops there: nothing is sent to the lint thread', async () => {
    const sent: string[] = [];
    const thread = { lint: async (_doc: unknown, file: string) => (sent.push(file), []), reset: () => undefined, close: async () => undefined };
    const lines: string[] = [];
    const r = await runPipeline({ outDir: path.join(tmp, 'superseded-bundled'), docsFile: false, lintThread: thread, log: (l) => lines.push(l), superseded: (stage) => stage === 'bundled' });
    expect(r).toMatchObject({ ok: false, superseded: true, written: [] });
    expect(sent).toEqual([]);
    expect(lines).toEqual([]);
    // The same run, not out of date, does send the bundle.
    await runPipeline({ outDir: path.join(tmp, 'superseded-bundled'), docsFile: false, lintThread: thread, check: true, log: () => undefined });
    expect(sent).toHaveLength(1);
  }, 60_000);

  it('a validator module the contract no longer produces is stale in --check and removed by a run', async () => {
    const out = path.join(tmp, 'orphan');
    fs.cpSync(GENERATED_DIR, out, { recursive: true });
    const orphan = path.join(out, 'validators', 'removedOperation.js');
    fs.writeFileSync(orphan, '// an operation that was removed from the contract\n');
    const errors: string[] = [];
    expect(await runGenerate({ check: true, outDir: out, error: (l) => errors.push(l) })).toBe(1);
    expect(errors.join('\n')).toMatch(/1 generated file\(s\) are stale[\s\S]*removedOperation\.js \(no longer generated: delete it\)/);
    const lines: string[] = [];
    expect(await runGenerate({ outDir: out, log: (l) => lines.push(l) })).toBe(0);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(lines.join('\n')).toMatch(/removedOperation\.js \(removed: no longer generated\)/);
  });

  it('a YAML syntax error is reported with its file and line', async () => {
    const src = path.join(tmp, 'yaml');
    fs.cpSync(path.join(ROOT, 'openapi'), path.join(src, 'openapi'), { recursive: true });
    const f = path.join(src, 'openapi/components/schemas/Customer.yaml');
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('properties:\n', 'properties:\n  : [\n'));
    const errors: string[] = [];
    expect(await runGenerate({ root: path.join(src, 'openapi/openapi.yaml'), outDir: path.join(tmp, 'yaml-out'), error: (l) => errors.push(l) })).toBe(1);
    expect(errors.join('\n')).toMatch(/Customer\.yaml:\d+:\d+ error/);
    expect(fs.existsSync(path.join(tmp, 'yaml-out'))).toBe(false);
  });

  it('generated/openapi.yaml prints an object the document holds twice in full both times, without YAML anchors', () => {
    const shared = { type: 'string', maxLength: 3 };
    const text = bundleYamlText({ openapi: '3.1.0', info: { title: 't', version: '1' }, components: { schemas: { A: shared, B: shared } } } as unknown as OpenApiDocument, 'h');
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text.match(/maxLength: 3/g)).toHaveLength(2);
  });

  it("generated/openapi.yaml is printed entry by entry with the library's own bytes, and a second print reprints only what changed", async () => {
    const whole = (doc: unknown) => YAML.stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
    const src = path.join(tmp, 'yaml-print');
    fs.cpSync(path.join(ROOT, 'openapi'), path.join(src, 'openapi'), { recursive: true });
    synthesize(path.join(src, 'openapi'), 100);
    const hundred = (await bundleContract(path.join(src, 'openapi/openapi.yaml'))).doc;
    const contract = (await bundleContract()).doc;
    // Keys and strings the library quotes, folds or blocks in its own ways, at every depth walked and below.
    const awkward = (s: string) => ({
      [s]: { [s]: { [s]: s, list: [s, { [s]: [s] }], empty: {}, none: [] } },
      nested: { deeper: { deepest: { [s]: s } } },
    });
    const strings = [
      'plain',
      '200',
      'yes',
      'null',
      '~',
      '1e3',
      '0x1F',
      '2024-01-01',
      ' leading',
      'trailing ',
      'a: b',
      '#hash',
      '- dash',
      "it's",
      'say "hi"',
      '',
      'two\nlines',
      'blank\n\nline',
      'indented\n  more\n',
      '\ttab',
      'x'.repeat(200),
      'ünïcödé',
      'multi\nline key?',
      'cr\rin',
      'line\u2028separator',
      'para\u2029graph',
      'nel\u0085char',
      // Quoted at column 0 only (a document marker there), plain further in.
      '...',
      '---a',
      '...x',
      '<<',
      '__proto__',
    ];
    const odd = Object.assign({ openapi: '3.1.0', top: 1, flag: true, nothing: null }, ...strings.map((s, i) => ({ [`k${i}`]: awkward(s) })), { 'multi\nline': { a: 1 }, '? q': { b: 2 } });
    // Maps whose entries the library leaves out (undefined), at each depth.
    const gaps = [{ a: undefined }, { info: { x: undefined } }, { components: { schemas: { S: undefined } }, paths: {} }];
    for (const doc of [contract, hundred, odd, ...gaps]) expect(yamlPrinter().print(doc as Record<string, unknown>)).toBe(whole(doc));
    const printer = yamlPrinter();
    const first = printer.print(hundred as Record<string, unknown>);
    const entries = printer.printed;
    expect(entries).toBeGreaterThan(100);
    const edited = structuredClone(hundred) as any;
    edited.components.schemas.Customer.description = 'edited: two\nlines';
    const second = printer.print(edited);
    expect(printer.printed).toBe(1);
    expect(second).toBe(whole(edited));
    expect(second).not.toBe(first);
    // Values JSON cannot tell apart from one the last print printed are printed again: NaN and null, -0 and 0, a Date and its string.
    const date = new Date('2026-11-27T00:00:00.000Z');
    const pairs: Array<[unknown, unknown]> = [
      [null, Number.NaN],
      [0, -0],
      [null, Number.POSITIVE_INFINITY],
      [date.toJSON(), date],
      [[null], [undefined]],
    ];
    for (const [before, after] of pairs) {
      const p = yamlPrinter();
      const doc = (v: unknown) => ({ components: { schemas: { S: { default: v } } } });
      expect(p.print(doc(before))).toBe(whole(doc(before)));
      expect(p.print(doc(after)), String(after)).toBe(whole(doc(after)));
    }
  });

  it('rejects unknown flags by name', () => {
    expect(() => parseArgs(['--chek'])).toThrow(/generate: unknown flag "--chek"/);
    expect(() => parseArgs(['--out'])).toThrow(/generate: --out needs a value/);
    expect(() => parseArgs(['--help'])).toThrow(/usage: npm run generate[\s\S]*--check[\s\S]*exit codes:[\s\S]*0 +written/);
  });
});
