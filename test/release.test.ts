/**
 * `npm run release` in a temporary copy: the releases directory, the
 * changelog and the package.json whose version it sets are parameters, so
 * nothing here touches the real tree. The freshness check (generated/, docs,
 * lint) is the one chain, runPipeline({ check: true }), run twice: targets
 * and docs without lint (a stale tree is refused there, before the linters
 * run), then lint alone. It runs for real, as the command's default, on
 * stale copies of generated/ and the docs; without lint for the release of
 * the real working contract (test/lint.test.ts holds the contract at zero
 * findings); stubbed for the lint and broken-contract refusals.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleContract, type Finding, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { RELEASES_DIR, releaseText } from '../scripts/lib/diff/releases.ts';
import { CHANGELOG_PATH } from '../scripts/lib/diff/changelog.ts';
import { runPipeline, type PipelineOptions, type PipelineResult } from '../scripts/lib/pipeline.ts';
import { GENERATED_DIR, ROOT } from '../scripts/lib/paths.ts';
import { PACKAGE_JSON_PATH, ReleaseError, parseArgs, release, runRelease, withPackageVersion } from '../scripts/release.ts';
import { UsageError } from '../scripts/lib/cli.ts';

let base: OpenApiDocument;
let tmp: string;
let dir: string;
let changelog: string;
let pkg: string;
const DATE = '2026-11-25';

beforeAll(async () => {
  base = (await bundleContract()).doc;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'release-test-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let n = 0;
beforeEach(() => {
  const root = path.join(tmp, `case-${++n}`);
  dir = path.join(root, 'releases');
  changelog = path.join(root, 'CHANGELOG.md');
  pkg = path.join(root, 'package.json');
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(pkg, '{\n  "name": "@interactly/connect-call",\n  "version": "0.9.0",\n  "private": true\n}\n');
});
const pkgVersion = (file = pkg): unknown => JSON.parse(fs.readFileSync(file, 'utf8')).version;

const version = (v: string, edit?: (d: any) => void): OpenApiDocument => {
  const d = structuredClone(base) as any;
  d.info.version = v;
  edit?.(d);
  return d;
};
const opts = (contract: OpenApiDocument) => ({ releasesDir: dir, changelogPath: changelog, packageJsonPath: pkg, contract, date: DATE });
/** Every file under the case directory, with its bytes: to prove a refusal wrote nothing. */
function snapshot(): Record<string, string> {
  const root = path.dirname(dir);
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(root, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return out;
}

describe('release', () => {
  it('never points at the real tree in these tests', () => {
    expect(dir).not.toBe(RELEASES_DIR);
    expect(changelog).not.toBe(CHANGELOG_PATH);
    expect(pkg).not.toBe(PACKAGE_JSON_PATH);
  });

  it('the first release stores the bundle (without x-generated) and starts the changelog', async () => {
    const withMarker = { ...version('1.0.0'), 'x-generated': { by: 'npm run generate' } } as OpenApiDocument;
    const out = await release(opts(withMarker));
    expect(out).toMatchObject({ version: '1.0.0', previous: undefined, changes: [] });
    const stored = fs.readFileSync(path.join(dir, '1.0.0.json'), 'utf8');
    expect(JSON.parse(stored)).not.toHaveProperty('x-generated');
    expect(stored).toBe(releaseText(version('1.0.0')));
    const text = fs.readFileSync(changelog, 'utf8');
    expect(text).toMatch(/^# Changelog\n/);
    expect(text).toContain(`## 1.0.0 — ${DATE}\n\nInitial contract`);
    expect(text).toContain('- `POST /calls/v1/conversations/connect` (connectCall): Connect Call');
    expect(out.written.sort()).toEqual([changelog, path.join(dir, '1.0.0.json'), pkg].sort());
    expect(out.packageVersion).toBe('0.9.0');
    expect(pkgVersion()).toBe('1.0.0');
    // Only the version changed: key order and layout kept.
    expect(fs.readFileSync(pkg, 'utf8')).toBe('{\n  "name": "@interactly/connect-call",\n  "version": "1.0.0",\n  "private": true\n}\n');
  });

  it("sets package-lock.json's version too, when there is one beside package.json, in the same write", async () => {
    const lock = path.join(path.dirname(pkg), 'package-lock.json');
    fs.writeFileSync(lock, JSON.stringify({ name: 'x', version: '0.9.0', lockfileVersion: 3, packages: { '': { name: 'x', version: '0.9.0' }, 'node_modules/a': { version: '0.9.0' } } }, null, 2));
    const out = await release(opts(version('1.0.0')));
    expect(out.written).toContain(lock);
    const written = JSON.parse(fs.readFileSync(lock, 'utf8'));
    expect([written.version, written.packages[''].version, written.packages['node_modules/a'].version]).toEqual(['1.0.0', '1.0.0', '0.9.0']);
  });

  it("refuses when package.json's version is above info.version, naming both, and writes nothing", async () => {
    fs.writeFileSync(pkg, withPackageVersion(fs.readFileSync(pkg, 'utf8'), '1.2.0', pkg));
    const before = snapshot();
    await expect(release(opts(version('1.1.0')))).rejects.toThrow(/package\.json has version 1\.2\.0, above the contract's info\.version 1\.1\.0.*Raise info\.version in openapi\/openapi\.yaml/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a package.json that is not JSON or has no semantic version, naming the file', async () => {
    fs.writeFileSync(pkg, '{ "version": ');
    await expect(release(opts(version('1.0.0')))).rejects.toThrow(/package\.json is not readable JSON/);
    fs.writeFileSync(pkg, '{ "name": "x" }');
    await expect(release(opts(version('1.0.0')))).rejects.toThrow(/"version" in .*package\.json is undefined, not a semantic version/);
  });

  it('refuses to overwrite a released version', async () => {
    await release(opts(version('1.0.0')));
    const before = snapshot();
    await expect(release(opts(version('1.0.0', (d) => (d.info.summary = 'changed'))))).rejects.toThrow(/releases\/1\.0\.0\.json already exists; a released contract is never overwritten/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a version that is not above the last release', async () => {
    await release(opts(version('1.2.0')));
    const before = snapshot();
    await expect(release(opts(version('1.1.0', (d) => (d.info.summary = 'changed'))))).rejects.toThrow(/info\.version 1\.1\.0 is not above the last release 1\.2\.0/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses when nothing changed since the last release', async () => {
    await release(opts(version('1.0.0')));
    await expect(release(opts(version('1.0.1')))).rejects.toThrow(/nothing to release; the contract is the same as released 1\.0\.0/);
  });

  it('releases a compatible change under a minor version and adds it to the changelog, newest first', async () => {
    await release(opts(version('1.0.0')));
    const out = await release(opts(version('1.1.0', (d) => (d.components.schemas.Call.properties.endedAt = { type: 'string', format: 'date-time' }))));
    expect(out.previous).toBe('1.0.0');
    expect(out.changes.map((c) => [c.pointer, c.classification])).toEqual([['#/components/schemas/Call/properties/endedAt', 'compatible']]);
    expect(fs.existsSync(path.join(dir, '1.1.0.json'))).toBe(true);
    const text = fs.readFileSync(changelog, 'utf8');
    expect(text.indexOf('## 1.1.0')).toBeGreaterThan(0);
    expect(text.indexOf('## 1.1.0')).toBeLessThan(text.indexOf('## 1.0.0'));
    const entry = text.slice(text.indexOf('## 1.1.0'), text.indexOf('## 1.0.0'));
    expect(entry).toContain('Compared with 1.0.0: 0 breaking, 1 compatible, 0 documentation-only change(s).');
    expect(entry).toContain('### Compatible\n\n- `#/components/schemas/Call/properties/endedAt` at POST /calls/v1/conversations/connect › response 200 application/json › /endedAt');
    expect(entry).toContain('  - compatible for clients: /endedAt is a new optional field');
    expect(entry).toContain('  - compatible for servers:');
    expect(entry).not.toContain('### Breaking');
  });

  it('lists components that come with a new server message in their own section, with what uses them', async () => {
    await release(opts(version('1.0.0')));
    const out = await release(
      opts(
        version('1.1.0', (d) => {
          d.components.schemas.TransferTarget = { type: 'string' };
          d.components.schemas.TransferMessage = { type: 'object', properties: { message: { type: 'object', properties: { target: { $ref: '#/components/schemas/TransferTarget' } } } } };
          d.webhooks['transfer-update'] = {
            post: {
              operationId: 'transferUpdateMessage',
              requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/TransferMessage' } } } },
              responses: { '200': { description: 'ok' } },
            },
          };
        }),
      ),
    );
    expect(out.changes.filter((c) => c.classification === 'breaking')).toEqual([]);
    expect(out.entry).toContain('- `#/webhooks/transfer-update/post` at webhook transfer-update\n  - compatible for clients: transfer-update is a new server message');
    const components = out.entry.slice(out.entry.indexOf('### Components\n\n'));
    expect(components).toContain('\n- `schemas/TransferMessage` added, used by webhook transfer-update\n');
    // Reached only through TransferMessage, and still placed at the message.
    expect(components).toContain('\n- `schemas/TransferTarget` added, used by webhook transfer-update\n');
  });

  it('refuses a breaking change without a major bump, naming the path and the reason, and writes nothing', async () => {
    await release(opts(version('1.0.0')));
    const before = snapshot();
    const err = await release(opts(version('1.1.0', (d) => delete d.components.schemas.Call.properties.teamId))).catch((e) => e);
    expect(err).toBeInstanceOf(ReleaseError);
    expect(err.message).toContain('release: refused.');
    expect(err.message).toContain('#/components/schemas/Call/properties/teamId');
    expect(err.message).toContain('breaking for clients: /teamId is no longer part of the response');
    expect(err.message).toContain('Raise info.version to 2.0.0');
    expect(snapshot()).toEqual(before); // no 1.1.0.json, changelog untouched, no temp files
  });

  it('releases a breaking change under a new major version, listed under Breaking', async () => {
    await release(opts(version('1.0.0')));
    await release(opts(version('2.0.0', (d) => delete d.components.schemas.Call.properties.teamId)));
    const text = fs.readFileSync(changelog, 'utf8');
    const entry = text.slice(text.indexOf('## 2.0.0'), text.indexOf('## 1.0.0'));
    expect(entry).toContain('### Breaking\n\n- `#/components/schemas/Call/properties/teamId`');
    expect(entry).toContain('  - breaking for clients: /teamId is no longer part of the response');
    expect(fs.readdirSync(dir).sort()).toEqual(['1.0.0.json', '2.0.0.json']);
  });

  it('a dry run computes the entry and writes nothing', async () => {
    const before = snapshot();
    const out = await release({ ...opts(version('1.0.0')), dryRun: true });
    expect(out.entry).toContain('## 1.0.0');
    expect(out.written).toEqual([]);
    expect(snapshot()).toEqual(before);
    expect(Object.keys(before)).toEqual(['package.json']);
  });

  it('refuses when the changelog already has a section for the version', async () => {
    fs.mkdirSync(path.dirname(changelog), { recursive: true });
    fs.writeFileSync(changelog, '# Changelog\n\n## 1.0.0 — 2020-01-01\n\nHand-written.\n');
    await expect(release(opts(version('1.0.0')))).rejects.toThrow(/CHANGELOG\.md already has a section for 1\.0\.0/);
    expect(fs.existsSync(path.join(dir, '1.0.0.json'))).toBe(false);
  });

  it('refuses an info.version that is not a semantic version, naming it', async () => {
    await expect(release(opts(version('v1')))).rejects.toThrow(/info\.version in openapi\/openapi\.yaml is "v1", not a semantic version/);
  });
});

describe('release refuses a tree that is not what the contract produces', () => {
  const finding: Finding = {
    tool: 'spectral',
    target: 'source',
    severity: 'warning',
    rule: 'operation-description',
    file: 'openapi/paths/calls.yaml',
    line: 3,
    column: 5,
    message: 'Operation "description" must be present and non-empty string.',
  };
  const result = (r: Partial<PipelineResult>): PipelineResult => ({ ok: true, findings: [], written: [], removed: [], stale: [], targets: [], timings: {}, ...r });
  /** The real contract (read from disk, so the check runs by default), against stub chains. */
  const real = (pipeline: (o: PipelineOptions) => Promise<PipelineResult>) => ({ releasesDir: dir, changelogPath: changelog, packageJsonPath: pkg, date: DATE, pipeline });

  it('asks the one chain, runPipeline({ check: true }), about the given contract, targets and docs, then lints it, before writing', async () => {
    const seen: PipelineOptions[] = [];
    const root = path.join(ROOT, 'openapi/openapi.yaml');
    const out = await release({ ...real(async (o) => (seen.push(o), result({}))), root, generatedDir: '/elsewhere/generated', docsFile: '/elsewhere/index.html' });
    expect(seen).toHaveLength(2);
    // The targets and docs, without lint; then lint alone, generating nothing.
    expect(seen[0]).toMatchObject({ check: true, lint: false, root, outDir: '/elsewhere/generated', docsFile: '/elsewhere/index.html' });
    expect(seen[0]!.generate).not.toBe(false);
    expect(seen[1]).toMatchObject({ check: true, root, generate: false, docsFile: false });
    expect(seen[1]!.lint).not.toBe(false);
    expect(out.written).toContain(pkg);
  });

  it('a stale tree is refused by the first run, before lint', async () => {
    const seen: PipelineOptions[] = [];
    const err = await release(real(async (o) => (seen.push(o), result({ stale: ['generated/operations.ts'] })))).catch((e) => e);
    expect(err).toBeInstanceOf(ReleaseError);
    expect(err.message).toContain('  generated/operations.ts');
    expect(seen.map((o) => o.lint)).toEqual([false]);
  });

  it('lint findings: exit 1 quoting each finding and the command, nothing written', async () => {
    const before = snapshot();
    const err = await release(real(async () => result({ ok: false, findings: [finding] }))).catch((e) => e);
    expect(err).toBeInstanceOf(ReleaseError);
    expect(err.message).toContain('release: refused; lint found 1 problem(s), nothing was written.');
    expect(err.message).toContain('`npm run lint`');
    expect(err.message).toContain('openapi/paths/calls.yaml:3:5 warning [spectral operation-description]');
    expect(snapshot()).toEqual(before);
  });

  it('a broken contract: refused with the reason', async () => {
    await expect(release(real(async () => result({ ok: false, broken: 'openapi/openapi.yaml:1:1 cannot resolve $ref' })))).rejects.toThrow(
      /refused; the contract is broken, nothing was written\.\nopenapi\/openapi\.yaml:1:1 cannot resolve/,
    );
  });

  it('stale generated/ and docs: `npm run release` exits 1 naming each file and `npm run pipeline`, nothing written (the real chain)', async () => {
    const copy = path.join(path.dirname(dir), 'tree');
    fs.cpSync(GENERATED_DIR, path.join(copy, 'generated'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'docs/index.html'), path.join(copy, 'docs/index.html'));
    fs.appendFileSync(path.join(copy, 'generated/validators/getCall.js'), '\n// edited by hand\n');
    fs.writeFileSync(path.join(copy, 'generated/validators/retiredCall.js'), 'export {};\n');
    fs.appendFileSync(path.join(copy, 'docs/index.html'), '<!-- edited -->');
    const before = snapshot();
    const errors: string[] = [];
    const argv = [
      '--releases-dir',
      dir,
      '--changelog',
      changelog,
      '--package-json',
      pkg,
      '--date',
      DATE,
      '--generated-dir',
      path.join(copy, 'generated'),
      '--docs-file',
      path.join(copy, 'docs/index.html'),
    ];
    const code = await runRelease(
      argv,
      () => {},
      (l) => errors.push(...l.split('\n')),
    );
    expect(code).toBe(1);
    expect(errors[0]).toBe('release: refused; these files are not what the contract produces (stale), nothing was written:');
    const stale = errors.filter((l) => l.startsWith('  ')).map((l) => l.trim().replace(/^.*?tree\//, ''));
    expect(stale.sort()).toEqual(['docs/index.html', 'generated/validators/getCall.js', 'generated/validators/retiredCall.js (no longer generated: delete it)']);
    expect(errors.at(-1)).toMatch(/^Run `npm run pipeline` .*then run `npm run release` again\.$/);
    expect(snapshot()).toEqual(before);
  }, 30_000);
});

describe('release CLI', () => {
  it('exits 1 with the reason on a refusal; an unknown flag or a bad flag value is a usage error (exit 2, as for every command)', async () => {
    const errors: string[] = [];
    const code = await runRelease(
      ['--releases-dir', dir, '--changelog', changelog, '--package-json', pkg],
      () => {},
      (l) => errors.push(l),
      { date: 'tomorrow' },
    );
    expect(code).toBe(1); // release() refuses a bad date from any caller
    expect(errors.join('\n')).toMatch(/--date must be YYYY-MM-DD, got "tomorrow"/);
    await expect(runRelease(['--date', 'tomorrow'])).rejects.toThrow(UsageError);
    expect(() => parseArgs(['--date', 'tomorrow'])).toThrow(/--date must be YYYY-MM-DD, got "tomorrow"/);
    expect(() => parseArgs(['--force'])).toThrow(/release: unknown flag "--force"/);
    expect(() => parseArgs(['--force'])).toThrow(UsageError);
    await expect(runRelease(['--force'])).rejects.toThrow(UsageError); // runMain prints it with the usage and exits 2
    expect(() => parseArgs(['--releases-dir'])).toThrow(/--releases-dir needs a value/);
    expect(parseArgs(['--package-json', 'p.json', '--generated-dir', 'g', '--docs-file', 'd.html'])).toEqual({
      packageJsonPath: path.resolve('p.json'),
      generatedDir: path.resolve('g'),
      docsFile: path.resolve('d.html'),
    });
  });

  it('releases the real working contract into a temporary directory, after checking the real tree (without lint: test/lint.test.ts), and sets package.json to its version', async () => {
    const lines: string[] = [];
    let checked = 0;
    const pipeline = (o: PipelineOptions) => (checked++, runPipeline({ ...o, lint: false }));
    const code = await runRelease(
      ['--releases-dir', dir, '--changelog', changelog, '--package-json', pkg, '--date', DATE],
      (l) => lines.push(l),
      (l) => lines.push(l),
      { pipeline },
    );
    expect(checked).toBe(2);
    expect(code, lines.join('\n')).toBe(0);
    expect(lines.join('\n')).toMatch(new RegExp(`release: ${base.info.version.replace(/\./g, '\\.')} released; wrote `));
    expect(fs.readFileSync(path.join(dir, `${base.info.version}.json`), 'utf8')).toBe(releaseText(base));
    expect(pkgVersion()).toBe(base.info.version);
  }, 30_000);
});
