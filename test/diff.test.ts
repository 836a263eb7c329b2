/**
 * `npm run diff` against the committed baseline in releases/, plus the
 * baseline store and version rules it relies on. Everything that writes works
 * in a temporary directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleContract, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { ROOT } from '../scripts/lib/paths.ts';
import { compareVersions, diffContracts, formatChange, parseVersion } from '../scripts/lib/diff/index.ts';
import { RELEASES_DIR, latestRelease, listReleases, readRelease, releaseText } from '../scripts/lib/diff/releases.ts';
import { parseArgs, runDiff } from '../scripts/diff.ts';

const run = promisify(execFile);

let working: OpenApiDocument;
let tmp: string;
beforeAll(async () => {
  working = (await bundleContract()).doc;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diff-test-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (l: string) => out.push(l), error: (l: string) => err.push(l) };
}
/** A releases directory holding `docs` (each stored under its own info.version). */
function releasesWith(name: string, ...docs: OpenApiDocument[]): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const d of docs) fs.writeFileSync(path.join(dir, `${d.info.version}.json`), releaseText(d));
  return dir;
}
const withVersion = (d: OpenApiDocument, version: string): OpenApiDocument => ({ ...structuredClone(d), info: { ...d.info, version } });

describe('the committed baseline', () => {
  it('releases/ holds 1.0.0 as a plain bundled OpenAPI document without x-generated', () => {
    const all = listReleases();
    expect(all.map((r) => r.version.text)).toContain('1.0.0');
    const first = JSON.parse(fs.readFileSync(path.join(RELEASES_DIR, '1.0.0.json'), 'utf8'));
    expect(first.openapi).toBe('3.1.0');
    expect(first.info.version).toBe('1.0.0');
    expect(first).not.toHaveProperty('x-generated');
    expect(fs.readFileSync(path.join(RELEASES_DIR, '1.0.0.json'), 'utf8')).toBe(releaseText(first));
    expect(fs.existsSync(path.join(RELEASES_DIR, 'README.md'))).toBe(true);
  });

  it('the working contract passes the guard against the last release (the real `npm run diff`)', async () => {
    const io = capture();
    const r = await runDiff({ log: io.log, error: io.error });
    expect(io.err, io.err.join('\n')).toEqual([]);
    expect(r.code).toBe(0);
    expect(io.out[0]).toMatch(/^Working contract \(info\.version \S+\) against released \S+ \(releases\/\S+\.json\):/);
    expect(r.released).toBe(latestRelease()!.version.text);
    if (r.changes.length === 0) expect(io.out.join('\n')).toMatch(/no changes\.$/);
  });

  it('1.0.0 → the working contract: every change of the 1.1.0 growth is compatible, nothing is "unused"', () => {
    const first = listReleases().find((r) => r.version.text === '1.0.0')!;
    const changes = diffContracts(readRelease(first).doc, working);
    expect(changes.filter((c) => c.classification === 'breaking').map(formatChange)).toEqual([]);
    const kinds = (kind: string) =>
      changes
        .filter((c) => c.kind === kind)
        .map((c) => c.where)
        .sort();
    expect(kinds('operation-added')).toEqual(['GET /calls/v1/conversations', 'GET /calls/v1/conversations/{id}', 'POST /calls/v1/conversations/{id}/control']);
    expect(kinds('webhook-added')).toEqual(['webhook conversation-update', 'webhook end-of-call-report', 'webhook error', 'webhook hang', 'webhook status-update']);
    expect(kinds('unreferenced-component')).toEqual([]);
    expect(changes.some((c) => c.kind === 'unclassified')).toBe(false);
    // Reached only through other schemas, and still placed at what uses them.
    const at = (name: string) => {
      const c = changes.find((x) => x.pointer === `#/components/schemas/${name}`)!;
      expect(c, name).toMatchObject({ kind: 'component-added', classification: 'compatible' });
      return [c.where, ...c.also].sort();
    };
    expect(at('ConversationMessage')).toEqual(expect.arrayContaining(['GET /calls/v1/conversations/{id}', 'webhook conversation-update']));
    expect(at('ServerMessageCall')).toEqual(['webhook conversation-update', 'webhook end-of-call-report', 'webhook error', 'webhook hang', 'webhook status-update']);
    // Documentation edits of what 1.0.0 already had.
    for (const pointer of ['#/info/title', '#/info/summary', '#/components/responses/BadRequest/description', '#/components/schemas/FieldError/properties/pointer/description']) {
      expect(
        changes.find((c) => c.pointer === pointer),
        pointer,
      ).toMatchObject({ kind: 'documentation', classification: 'compatible' });
    }
  });

  it('the CLI, run as documented (`npm run -s diff -- --json`), exits 0 and writes JSON alone to stdout', async () => {
    // Against 1.0.0, so that there are changes to list (and the "raise info.version" advice is not due: 1.1.0 is above it).
    const releases = releasesWith('npm-json', JSON.parse(fs.readFileSync(path.join(RELEASES_DIR, '1.0.0.json'), 'utf8')));
    // execFile rejects on a non-zero exit code, so resolving is exit 0.
    const json = await run('npm', ['run', '-s', 'diff', '--', '--json', '--releases-dir', releases], { cwd: ROOT, timeout: 60_000 });
    // Nothing but the JSON document on stdout: no npm header, no human line; and no warning either.
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ released: '1.0.0', working: working.info.version, ok: true });
    expect(parsed.changes.length).toBeGreaterThan(0);
    expect(json.stdout.trimStart().startsWith('{')).toBe(true);
    expect(json.stderr).toBe('');
  }, 60_000);
});

describe('runDiff', () => {
  it('says "no changes" and exits 0 for an identical contract (x-generated is ignored)', async () => {
    const dir = releasesWith('same', { ...structuredClone(working), 'x-generated': { by: 'npm run generate' } } as OpenApiDocument);
    const io = capture();
    const r = await runDiff({ releasesDir: dir, contract: working, log: io.log, error: io.error });
    expect(r.code).toBe(0);
    expect(r.changes).toEqual([]);
    expect(io.out.join('\n')).toMatch(new RegExp(`against released ${String(working.info.version).replace(/\./g, '\\.')} .*\\nno changes\\.$`));
  });

  it('exits 1 on a breaking change without a major bump, naming the path and the reason', async () => {
    const dir = releasesWith('breaking', withVersion(working, '1.0.0'));
    const edited = withVersion(working, '1.1.0');
    delete (edited as any).components.schemas.Call.properties.teamId;
    const io = capture();
    const r = await runDiff({ releasesDir: dir, contract: edited, log: io.log, error: io.error });
    expect(r.code).toBe(1);
    const err = io.err.join('\n');
    expect(err).toMatch(
      /^diff: FAILED: 1 breaking change\(s\) against released 1\.0\.0, but info\.version 1\.1\.0 keeps major version 1; raise info\.version to 2\.0\.0 in openapi\/openapi\.yaml, or undo:\n/,
    );
    expect(err).toContain('#/components/schemas/Call/properties/teamId');
    expect(err).toContain('breaking for clients: /teamId is no longer part of the response');
    expect(io.out.join('\n')).toMatch(/BREAKING +#\/components\/schemas\/Call\/properties\/teamId/);
  });

  it('exits 0 on the same change once the major version is raised', async () => {
    const dir = releasesWith('major', withVersion(working, '1.0.0'));
    const edited = withVersion(working, '2.0.0');
    delete (edited as any).components.schemas.Call.properties.teamId;
    const io = capture();
    const r = await runDiff({ releasesDir: dir, contract: edited, log: io.log, error: io.error });
    expect(r.code).toBe(0);
    expect(io.out.join('\n')).toContain('diff: OK: 1 breaking change(s) allowed');
  });

  it('compares against the highest version, not the last file name in sort order', async () => {
    const old = withVersion(working, '1.9.0');
    const newest = withVersion(working, '1.10.0');
    (newest as any).components.schemas.Call.properties.endedAt = { type: 'string' };
    const dir = releasesWith('order', old, newest);
    expect(listReleases(dir).map((r) => r.version.text)).toEqual(['1.9.0', '1.10.0']);
    const edited = withVersion(newest, '1.10.0');
    const io = capture();
    const r = await runDiff({ releasesDir: dir, contract: edited, log: io.log, error: io.error });
    expect(r).toMatchObject({ code: 0, released: '1.10.0', changes: [] });
  });

  it('--json prints a machine-readable result', async () => {
    const dir = releasesWith('json', withVersion(working, '1.0.0'));
    const edited = withVersion(working, '1.1.0');
    (edited as any).components.schemas.Call.properties.endedAt = { type: 'string' };
    const io = capture();
    await runDiff({ releasesDir: dir, contract: edited, json: true, log: io.log, error: io.error });
    const parsed = JSON.parse(io.out.join('\n'));
    expect(parsed).toMatchObject({ released: '1.0.0', working: '1.1.0', ok: true });
    expect(parsed.changes).toEqual([expect.objectContaining({ pointer: '#/components/schemas/Call/properties/endedAt', classification: 'compatible' })]);
  });

  it('--json with a breaking change: stdout is the JSON alone, the failure is said on stderr in words', async () => {
    const dir = releasesWith('json-breaking', withVersion(working, '1.0.0'));
    const edited = withVersion(working, '1.1.0');
    delete (edited as any).components.schemas.Call.properties.teamId;
    const io = capture();
    const r = await runDiff({ releasesDir: dir, contract: edited, json: true, log: io.log, error: io.error });
    expect(r.code).toBe(1);
    expect(io.out).toHaveLength(1);
    expect(JSON.parse(io.out[0]!)).toMatchObject({ ok: false, changes: [expect.objectContaining({ classification: 'breaking', pointer: '#/components/schemas/Call/properties/teamId' })] });
    expect(io.err.join('\n')).toMatch(/^diff: FAILED: 1 breaking change\(s\) .*; raise info\.version to 2\.0\.0/);
  });

  it('a working version below the release fails and says which version to set', async () => {
    const dir = releasesWith('lower', withVersion(working, '1.5.0'));
    const io = capture();
    expect((await runDiff({ releasesDir: dir, contract: withVersion(working, '1.4.0'), log: io.log, error: io.error })).code).toBe(1);
    expect(io.err.join('\n')).toBe('diff: FAILED: info.version 1.4.0 is lower than the last released version 1.5.0; set it to 1.5.0 or higher in openapi/openapi.yaml');
  });

  it('exits 2 with a clear message when there is no release, or a release file is misnamed', async () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    let io = capture();
    expect((await runDiff({ releasesDir: empty, contract: working, log: io.log, error: io.error })).code).toBe(2);
    expect(io.err.join('\n')).toMatch(/^diff: no released contract in .*; run `npm run release`/);

    const bad = releasesWith('bad', withVersion(working, '1.0.0'));
    fs.writeFileSync(path.join(bad, 'latest.json'), '{}');
    io = capture();
    expect((await runDiff({ releasesDir: bad, contract: working, log: io.log, error: io.error })).code).toBe(2);
    expect(io.err.join('\n')).toMatch(/^diff: nothing was compared: .*latest\.json: the file name is "latest", not a semantic version .*; rename it to <its info\.version>\.json, or move it out of /);

    const mismatch = path.join(tmp, 'mismatch');
    fs.mkdirSync(mismatch);
    fs.writeFileSync(path.join(mismatch, '1.2.0.json'), releaseText(withVersion(working, '1.0.0')));
    io = capture();
    expect((await runDiff({ releasesDir: mismatch, contract: working, log: io.log, error: io.error })).code).toBe(2);
    expect(io.err.join('\n')).toMatch(
      /^diff: nothing was compared: .*1\.2\.0\.json: info\.version is "1\.0\.0" but the file name says 1\.2\.0; restore the file from git, or name it after its info\.version$/,
    );
  });

  it('rejects unknown arguments by name', () => {
    expect(() => parseArgs(['--base', 'x'])).toThrow(/diff: unknown flag "--base"/);
    expect(parseArgs(['--json'])).toEqual({ json: true });
  });
});

describe('versions', () => {
  it('orders by semantic-version precedence', () => {
    const sorted = ['1.10.0', '1.0.0', '1.0.0-rc.1', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.11', '1.0.0-beta.2', '2.0.0', '1.9.9']
      .map((v) => parseVersion(v))
      .sort(compareVersions)
      .map((v) => v.text);
    expect(sorted).toEqual(['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.9.9', '1.10.0', '2.0.0']);
  });

  it('rejects what is not MAJOR.MINOR.PATCH, naming the field', () => {
    for (const bad of ['v1.0.0', '1.0', '01.0.0', '1.0.0+build', '', 1]) {
      expect(() => parseVersion(bad)).toThrow(/^info\.version is .*, not a semantic version/);
    }
    expect(() => parseVersion('v2', 'info.version', 'set it in openapi/openapi.yaml')).toThrow(
      /^info\.version is "v2", not a semantic version MAJOR\.MINOR\.PATCH \(e\.g\. 1\.2\.0\); set it in openapi\/openapi\.yaml$/,
    );
  });
});
