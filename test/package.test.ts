/**
 * The package as a consumer gets it: npm pack (which builds dist/), install the
 * tarball into a fresh project, compile a strict TypeScript program against it
 * and run it against a local server.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, ROOT } from './helpers/schemas.ts';
import { startServer } from './helpers/server.ts';
import { build } from '../scripts/build.ts';

const execFileAsync = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-pkg-'));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });

let tarball: string;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  // What `npm pack` runs as prepack, done first so --json output stays clean.
  build();
  const out = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], ROOT));
  tarball = path.join(tmp, out[0].filename);
  server = await startServer();
  server.handle((req, res) => {
    if (req.headers.authorization !== 'Bearer consumer-token') {
      res.writeHead(401, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(fixture('reference-response.json')));
  });
}, 120_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('contains the built client, the generated artifacts and nothing from the workspace', () => {
    const files: string[] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT))[0].files.map((f: { path: string }) => f.path).sort();
    expect(files).toEqual(
      expect.arrayContaining(['dist/src/index.js', 'dist/src/index.d.ts', 'dist/generated/validators.js', 'dist/generated/schema.d.ts', 'dist/generated/openapi.json', 'package.json', 'README.md']),
    );
    expect(files.filter((f) => /^(openapi|scripts|test|src|generated)\//.test(f))).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual(['openapi-fetch']);
  });

  it('installs, compiles under strict TypeScript and runs against a server', async () => {
    const app = path.join(tmp, 'app');
    fs.cpSync(path.join(ROOT, 'test/fixtures/consumer'), app, { recursive: true });
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--no-save', '--prefer-offline', '--ignore-scripts', tarball], app);
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8' });
    // Async: the server answering the consumer lives in this process.
    const { stdout } = await execFileAsync(process.execPath, [path.join(app, 'out/consumer.js')], { cwd: app, encoding: 'utf8', env: { ...process.env, CONNECT_CALL_BASE_URL: server.url } });
    expect(JSON.parse(stdout.trim())).toEqual({ id: 'CC-897ee2d4-ea2f-4958-889f-df381bdfc939', status: true, valid: true, rejected: '/direction', apiStatus: 401, version: '1.0.0' });
  }, 120_000);

  it('a type error in consumer code fails to compile against the package', () => {
    const app = path.join(tmp, 'app');
    fs.writeFileSync(path.join(app, 'bad.ts'), `import { createConnectCallClient } from '@interactly/connect-call';\nawait createConnectCallClient({ token: 't' }).connectCall({ direction: 'sideways', phoneNumberId: 'p', customer: {} });\nexport {};\n`);
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    let out = '';
    try {
      execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', path.join(app, 'bad.ts')], { cwd: app, encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout);
    }
    expect(out).toMatch(/bad\.ts\(2,\d+\): error TS2322: Type '"sideways"' is not assignable/);
  });
});
