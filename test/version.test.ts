/**
 * One version: the contract's info.version (openapi/openapi.yaml) is the npm
 * package's version. `npm run release` sets package.json (and
 * package-lock.json) from it; this holds every copy equal, the published
 * manifest's included, and shows that the build refuses to stage a package
 * whose version is not the contract's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, SPEC_ROOT } from '../scripts/lib/paths.ts';
import { BuildError, PUBLISHED_FIELDS, build, stagedManifest } from '../scripts/build.ts';
import { contractVersion } from '../generated/operations.ts';

const json = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const root = json('package.json');
const infoVersion: string = YAML.parse(fs.readFileSync(SPEC_ROOT, 'utf8')).info.version;

describe('one version', () => {
  it("package.json's version is info.version, and so are the lock's, the generated targets' and the published manifest's", () => {
    const lock = json('package-lock.json');
    expect({
      'package.json': root.version,
      'package-lock.json': lock.version,
      'package-lock.json packages[""]': lock.packages[''].version,
      'generated/operations.ts contractVersion': contractVersion,
      'generated/openapi.json info.version': json('generated/openapi.json').info.version,
      'published package.json': stagedManifest(root)['version'],
    }).toEqual({
      'package.json': infoVersion,
      'package-lock.json': infoVersion,
      'package-lock.json packages[""]': infoVersion,
      'generated/operations.ts contractVersion': infoVersion,
      'generated/openapi.json info.version': infoVersion,
      'published package.json': infoVersion,
    });
  });

  it("the build refuses a package.json whose version is not the contract's, naming both and the command, and stages nothing", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'version-test-')), 'dist');
    expect(() => build(out, { ...root, version: '9.9.9' })).toThrow(BuildError);
    expect(() => build(out, { ...root, version: '9.9.9' })).toThrow(
      new RegExp(`package\\.json version "9\\.9\\.9" is not the contract's info\\.version "${infoVersion.replace(/\./g, '\\.')}".*\`npm run release\` sets package\\.json`),
    );
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  });
});

describe('the published manifest', () => {
  const staged = stagedManifest(root);

  it('carries the published fields only: no scripts, devDependencies or private flag', () => {
    expect(Object.keys(staged)).toEqual([...PUBLISHED_FIELDS.filter((f) => root[f] !== undefined), 'files']);
    for (const f of ['scripts', 'devDependencies', 'private']) expect(staged).not.toHaveProperty(f);
    for (const f of ['name', 'description', 'license', 'keywords', 'engines', 'type', 'sideEffects', 'dependencies', 'peerDependencies', 'peerDependenciesMeta', 'homepage']) {
      expect(staged[f], f).toEqual(root[f]);
    }
  });

  it('rewrites every export from the root view (./dist/…) to the staged folder (./…)', () => {
    const leaves = (v: unknown): string[] => (typeof v === 'string' ? [v] : Object.values(v as object).flatMap(leaves));
    const stagedTargets = leaves(staged['exports']);
    expect(stagedTargets).toEqual(leaves(root.exports).map((t) => t.replace(/^\.\/dist\//, './')));
    expect(stagedTargets.filter((t) => t !== './package.json' && !/^\.\/(src|generated)\//.test(t))).toEqual([]);
    expect(staged['types']).toBe(root.types.replace('./dist/', './'));
    expect(Object.keys(staged['exports'] as object)).toEqual(Object.keys(root.exports));
  });

  it('refuses an export that does not point into ./dist/, naming it', () => {
    expect(() => stagedManifest({ ...root, exports: { ...root.exports, './extra': './src/extra.js' } })).toThrow(
      /exports\["\.\/extra"\] is "\.\/src\/extra\.js"; every export of the root package\.json must point into \.\/dist\//,
    );
  });

  it("the root is the contributors' workspace: private, nothing to pack, homepage real, repository and bugs left out until the real URL is known", () => {
    expect(root.private).toBe(true);
    expect(root).not.toHaveProperty('files');
    expect(root.scripts.prepack).toBe('tsx scripts/build.ts --prepack');
    expect(root.homepage).toBe('https://docs.interactly.ai');
    expect(root).not.toHaveProperty('repository');
    expect(root).not.toHaveProperty('bugs');
  });
});
