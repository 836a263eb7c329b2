/**
 * The package as its users get it. The staged package (scripts/build.ts) is
 * packed once with npm and installed once into a fresh project, beside the
 * optional peers hono and msw (linked from this project's node_modules: the
 * exact versions of its devDependencies). One strict TypeScript program then
 * compiles the consumer's code against the installed tarball: the client's
 * lifecycle end to end, a server on ./server, an MSW setup on ./msw, every
 * TypeScript block of the README the tarball ships, and a file with a type
 * error that must not compile. Then it runs them: the client program against
 * a local server, the server and MSW in-process, and the README's mock
 * examples against the Prism mock.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type http from 'node:http';
import { bundled, fixture, ROOT } from './helpers/schemas.ts';
import { startServer } from './helpers/server.ts';
import { tsBlocks } from './helpers/typecheck.ts';
import { PACKAGE_README, build, pack, type PackResult } from '../scripts/build.ts';

const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-pkg-'));
const app = path.join(tmp, 'app');
const installed = path.join(app, 'node_modules/@interactly/connect-call');
const quiet = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_loglevel: 'error' };
const rootManifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
/** The optional peers, linked at the exact versions this project tests with. */
const PEERS = ['hono', 'msw'] as const;
const MOCK_URL = 'http://127.0.0.1:4010';

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

/** Where the time goes (printed once): the build and the type check dominate. */
const timings: Record<string, number> = {};
async function timed<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[name] = Math.round(performance.now() - t0);
  }
}

/**
 * Compiles the consumer project as its tsconfig says (strict, skipLibCheck
 * off), in this process: one program for every file. Diagnostics are taken
 * from the consumer's files and from every file of the installed package;
 * the peers' own declarations (msw, hono) are not this package's to check,
 * and asking the checker for everything costs 15 s. Emits each consumer file.
 */
function compile(extraFiles: string[]): Record<string, string[]> {
  const configFile = path.join(app, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, ts.sys.readFile).config, ts.sys, app, undefined, configFile);
  if (config.errors.length) throw new Error(config.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  const program = ts.createProgram({ rootNames: [...config.fileNames, ...extraFiles], options: config.options });
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  if (global.length) throw new Error(global.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  const ours = (f: string) => !f.includes(`${path.sep}node_modules${path.sep}`) || f.startsWith(installed + path.sep);
  const out: Record<string, string[]> = {};
  for (const sf of program.getSourceFiles()) {
    if (!ours(sf.fileName)) continue;
    const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    if (diagnostics.length) {
      out[path.relative(app, sf.fileName)] = diagnostics.map((d) => {
        const at = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start) : undefined;
        return `${at ? `(${at.line + 1},${at.character + 1})` : ''}: error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    }
    if (!sf.isDeclarationFile && !sf.fileName.includes(`${path.sep}node_modules${path.sep}`)) program.emit(sf);
  }
  return out;
}

let packed: PackResult;
let rootPack: { code: number; output: string };
let readme: string;
let readmeFiles: string[];
let diagnostics: Record<string, string[]>;

beforeAll(async () => {
  // `npm pack` in the root must be refused (its prepack); it runs in another process while the build compiles.
  const refused = run('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, env: quiet, encoding: 'utf8' }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );
  const listening = startServer();
  const staged = path.join(tmp, 'dist');
  await timed('build', () => build(staged));
  packed = await timed('npm pack', () => pack(staged, tmp));
  fs.cpSync(path.join(ROOT, 'test/fixtures/consumer'), app, { recursive: true });
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await timed('npm install', () => run('npm', ['install', '--no-save', '--prefer-offline', '--ignore-scripts', packed.tarball], { cwd: app, env: quiet }));
  for (const peer of PEERS) fs.symlinkSync(path.join(ROOT, 'node_modules', peer), path.join(app, 'node_modules', peer), 'dir');
  readme = fs.readFileSync(path.join(installed, 'README.md'), 'utf8');
  // The package README's blocks (the test below proves the tarball's README is that file).
  readmeFiles = tsBlocks(path.relative(ROOT, PACKAGE_README)).map((block, i) => {
    const file = path.join(app, `readme-${i + 1}.ts`);
    fs.writeFileSync(file, block);
    return file;
  });
  fs.writeFileSync(
    path.join(app, 'bad.ts'),
    `import { createConnectCallClient } from '@interactly/connect-call';\nawait createConnectCallClient({ token: 't' }).connectCall({ direction: 'sideways', phoneNumberId: 'p', customer: {} });\nexport {};\n`,
  );
  diagnostics = await timed('type check', () => compile([...readmeFiles, path.join(app, 'bad.ts')]));
  rootPack = await refused;
  server = await listening;
  server.handle(answerContract);
}, 180_000);
afterAll(async () => {
  console.log(
    `package.test.ts: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ')}`,
  );
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the staged package: built entry points, generated files, docs, the package README; nothing of the workspace', () => {
    expect(packed.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'CHANGELOG.md',
        'docs/index.html',
        'src/index.js',
        'src/index.d.ts',
        'src/server/index.js',
        'src/msw/index.js',
        'generated/operations.js',
        'generated/schema.d.ts',
        'generated/validators.js',
        'generated/validators.d.ts',
        'generated/validators/connectCall.js',
        'generated/openapi.json',
        'generated/openapi.yaml',
      ]),
    );
    expect(packed.files.filter((f) => /^(test|scripts|openapi|bench|releases|dist|package|node_modules)\//.test(f) || (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)) || /\.tmp/.test(f))).toEqual([]);
    expect(path.basename(packed.tarball)).toBe(`interactly-connect-call-${bundled.info.version}.tgz`);
  });

  it("installs a manifest with the published fields only, the contract's version, and exports that all resolve", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    expect(manifest.version).toBe(bundled.info.version);
    expect(manifest.version).toBe(rootManifest.version);
    for (const f of ['scripts', 'devDependencies', 'private']) expect(manifest).not.toHaveProperty(f);
    expect(Object.keys(manifest.dependencies)).toEqual(['openapi-fetch']);
    const leaves = (v: unknown): string[] => (typeof v === 'string' ? [v] : Object.values(v as object).flatMap(leaves));
    const targets = [...leaves(manifest.exports), manifest.types].map((t: string) => t.replace(/^\.\//, ''));
    expect(targets.filter((t) => !packed.files.includes(t))).toEqual([]);
  });

  it("ships the README written for the package: not the contributors' guide, no repository-relative links, the docs path it names is in the tarball", () => {
    expect(readme).toBe(fs.readFileSync(PACKAGE_README, 'utf8'));
    expect(readme).not.toBe(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((l) => !/^https:\/\//.test(l))).toEqual([]);
    expect(readme).toContain('node_modules/@interactly/connect-call/docs/index.html');
    // The mock command names the Prism this project tests with, and a contract file the tarball holds.
    const prism = /npx @stoplight\/prism-cli@(\S+) mock node_modules\/@interactly\/connect-call\/(\S+)/.exec(readme);
    expect(prism?.[1]).toBe(rootManifest.devDependencies['@stoplight/prism-cli']);
    expect(packed.files).toContain(prism?.[2]);
    for (const topic of [
      'INTERACTLY_API_KEY',
      'INTERACTLY_BASE_URL',
      "server: 'qa'",
      'listAllCalls',
      'controlCallAt',
      'requestId',
      'parseServerMessage',
      '@interactly/connect-call/server',
      '@interactly/connect-call/msw',
      'never retries',
    ]) {
      expect(readme, topic).toContain(topic);
    }
  });

  it('the root is not the package: `npm pack` there is refused by its prepack, naming the command that packs', () => {
    expect(rootPack.code).not.toBe(0);
    expect(rootPack.output).toContain('npm pack: refused');
    expect(rootPack.output).toContain('`npm run package`');
  });

  it('the optional peers are linked at the versions the project tests with, inside the ranges the package declares', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    for (const peer of PEERS) {
      const version: string = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', peer, 'package.json'), 'utf8')).version;
      expect(version, peer).toBe(rootManifest.devDependencies[peer]);
      // A caret range: same major, at least the range's version.
      const range = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(manifest.peerDependencies[peer]);
      expect(range, `${peer}'s peer range ${manifest.peerDependencies[peer]} is a caret range`).not.toBeNull();
      const [maj, min, pat] = version.split('.').map(Number) as [number, number, number];
      const [rmaj, rmin, rpat] = range!.slice(1).map(Number) as [number, number, number];
      expect(maj === rmaj && (min > rmin || (min === rmin && pat >= rpat)), `${peer} ${version} satisfies ${manifest.peerDependencies[peer]}`).toBe(true);
      expect(manifest.peerDependenciesMeta[peer]).toEqual({ optional: true });
    }
  });
});

describe('code against the installed package', () => {
  it('compiles strictly: the client program, a server on ./server, MSW on ./msw, every README block; only the deliberate type error fails', () => {
    expect(readmeFiles.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(diagnostics)).toEqual(['bad.ts']);
    expect(diagnostics['bad.ts']!.join('\n')).toMatch(/^\(2,\d+\): error TS2322: Type '"sideways"' is not assignable/);
  });

  it('the client program runs the lifecycle against a local server', async () => {
    const { stdout } = await run(process.execPath, [path.join(app, 'out/consumer.js')], { cwd: app, encoding: 'utf8', env: { ...process.env, CONNECT_CALL_BASE_URL: server.url } });
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
  });

  it('the server on ./server (hono) answers through its handlers and refuses a missing token and an invalid body', async () => {
    const { stdout } = await run(process.execPath, [path.join(app, 'out/server.js')], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(stdout.trim())).toEqual({ created: 200, id: 'CC-1', got: 200, noToken: 401, invalid: 400, pointers: ['/customer', '/direction', '/phoneNumberId'] });
  });

  it("MSW on ./msw answers the client in-process from the contract's examples, a 429 with its Retry-After and request id", async () => {
    const { stdout } = await run(process.execPath, [path.join(app, 'out/msw.js')], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(stdout.trim())).toEqual({
      status: 'finished',
      applied: false,
      limited: { status: 429, retryAfter: 30, requestId: '7f3c2a9e-0b5d-4c51-9b0e-2f6d3b1a4c88' },
      baseUrl: 'https://api-qa.interactly.ai',
    });
  });

  it("the README's examples that talk to the mock run against the Prism mock as written (only its port differs)", async () => {
    const prismUrl = inject('prismUrl');
    const mockBlocks = readmeFiles.filter((f) => fs.readFileSync(f, 'utf8').includes(MOCK_URL));
    expect(mockBlocks.length).toBeGreaterThanOrEqual(3);
    const outputs = await Promise.all(
      mockBlocks.map(async (file) => {
        const js = path.join(app, 'out', `${path.basename(file, '.ts')}.js`);
        const onPrism = js.replace(/\.js$/, '.prism.js');
        fs.writeFileSync(onPrism, fs.readFileSync(js, 'utf8').replaceAll(MOCK_URL, prismUrl));
        const env = { ...process.env, INTERACTLY_API_KEY: '', INTERACTLY_BASE_URL: '' };
        const { stdout, stderr } = await run(process.execPath, [onPrism], { cwd: app, encoding: 'utf8', env });
        return `${stdout}${stderr}`;
      }),
    );
    const all = outputs.join('\n');
    expect(all).toMatch(/CC-897ee2d4-ea2f-4958-889f-df381bdfc939 queued/); // the first call
    expect(all).toContain('refused to send the request'); // the placeholder controlUrl, refused
  });
});
