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
import type http from 'node:http';
import { bundled, fixture, ROOT } from './helpers/schemas.ts';
import { startServer } from './helpers/server.ts';
import { build } from '../scripts/build.ts';

const execFileAsync = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-pkg-'));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });

let tarball: string;

/**
 * The four operations with contract bodies (the contract's own examples):
 * 25 calls to page through, each with a controlUrl on this server.
 */
const TOTAL = 25;
const example = (name: string): any => structuredClone(bundled.components.examples[name].value);
function answerContract(req: http.IncomingMessage, res: http.ServerResponse): void {
  const send = (status: number, body: unknown, type = 'application/json'): void => void res.writeHead(status, { 'content-type': type }).end(JSON.stringify(body));
  if (req.headers.authorization !== 'Bearer consumer-token') return send(401, { type: 'about:blank', title: 'Unauthorized', status: 401 }, 'application/problem+json');
  const url = new URL(req.url!, server.url);
  const record = (id: string) => ({ ...example('ConversationFinished'), id, monitor: { controlUrl: `${server.url}/calls/v1/conversations/${id}/control` } });
  const id = /^\/calls\/v1\/conversations\/([^/]+)(\/control)?$/.exec(url.pathname);
  if (req.method === 'POST' && url.pathname === '/calls/v1/conversations/connect') return send(200, fixture('reference-response.json'));
  if (req.method === 'GET' && url.pathname === '/calls/v1/conversations') {
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('size') ?? 10);
    const ids = Array.from({ length: TOTAL }, (_, i) => `call-${i + 1}`).slice((page - 1) * size, page * size);
    return send(200, { totalCount: TOTAL, conversations: ids.map((i) => (({ messages: _m, ...summary }) => summary)(record(i))) });
  }
  if (req.method === 'POST' && id?.[2]) return send(200, example('ControlCallApplied'));
  if (req.method === 'GET' && id) return send(200, record(decodeURIComponent(id[1]!)));
  return send(404, { type: 'about:blank', title: 'Not Found', status: 404 }, 'application/problem+json');
}
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  // What `npm pack` runs as prepack, done first so --json output stays clean.
  build();
  const out = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], ROOT));
  tarball = path.join(tmp, out[0].filename);
  server = await startServer();
  server.handle(answerContract);
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
    expect(JSON.parse(stdout.trim())).toEqual({
      id: 'CC-897ee2d4-ea2f-4958-889f-df381bdfc939',
      status: true,
      got: true,
      listed: TOTAL,
      unique: TOTAL,
      controlled: true,
      valid: true,
      rejected: '/direction',
      apiStatus: 401,
      refused: 'UntrustedUrlError',
      ended: true,
      version: bundled.info.version,
    });
    // connect, get, three pages of listCalls, control, controlCallAt, then the 401 (the refused controlUrl sent nothing).
    expect(server.seen.map((s) => `${s.method} ${s.url.replace(/\?.*$/, '')}`)).toEqual([
      'POST /calls/v1/conversations/connect',
      'GET /calls/v1/conversations/CC-897ee2d4-ea2f-4958-889f-df381bdfc939',
      'GET /calls/v1/conversations',
      'GET /calls/v1/conversations',
      'GET /calls/v1/conversations',
      'POST /calls/v1/conversations/CC-897ee2d4-ea2f-4958-889f-df381bdfc939/control',
      'POST /calls/v1/conversations/CC-897ee2d4-ea2f-4958-889f-df381bdfc939/control',
      'POST /calls/v1/conversations/connect',
    ]);
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
