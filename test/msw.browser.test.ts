/**
 * The MSW target in a real browser: Debian's Chromium (playwright-core, no
 * download) opens a page served from 127.0.0.1; the page (bundled by
 * esbuild from the package's sources) registers MSW's service worker
 * (mockServiceWorker.js from the msw package) with the contract's handlers,
 * and the client's calls get the mocked answers: named examples, the 401
 * and 400 problems, then the stateful mode's lifecycle. No request reaches
 * a server: the API origin is not reachable from the test machine, and the
 * page's own server sees only the page, its script and the worker.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, CHROMIUM_ARGS, CHROMIUM_PATH } from './helpers/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const availability = browserAvailability();
const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'generated/openapi.json'), 'utf8'));
const example = (name: string) => bundle.components.examples[name].value;
const API = 'https://api-qa.interactly.ai';

/** What the page runs: the package's MSW handlers in the worker, the package's client making the calls. */
const PAGE_SCRIPT = `
import { setupWorker } from 'msw/browser';
import { handlers, statefulHandlers, steppingClock } from './src/msw/index.ts';
import { createConnectCallClient } from './src/index.ts';

const API = ${JSON.stringify(API)};
const minimal = { direction: 'outbound', phoneNumberId: 'pn-1', customer: { number: '+15555550100' } };
const outcome = async (p) => { try { return { ok: await p }; } catch (e) { return { error: e.name, status: e.status, pointers: (e.fieldErrors ?? []).map((f) => f.pointer) }; } };
const rawStatus = async (url, init) => { const r = await fetch(url, init); return { status: r.status, type: r.headers.get('content-type'), body: await r.json() }; };

(async () => {
  const worker = setupWorker(...handlers({ examples: { controlCall: 'notApplied' } }));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true });
  const out = { controlled: navigator.serviceWorker.controller !== null };
  const client = createConnectCallClient({ token: 'browser-token', baseUrl: API });
  out.connect = await outcome(client.connectCall(minimal));
  out.get = await outcome(client.getCall('any'));
  out.list = await outcome(client.listCalls({ startDate: '2024-11-01T00:00:00Z', endDate: '2024-11-30T00:00:00Z' }));
  out.control = await outcome(client.controlCall('any', { type: 'say', message: 'hi' }));
  out.noToken = await rawStatus(API + '/calls/v1/conversations/any');
  out.badQuery = await rawStatus(API + '/calls/v1/conversations?startDate=soon', { headers: { authorization: 'Bearer t' } });
  const lax = createConnectCallClient({ token: 'browser-token', baseUrl: API, validateRequests: false });
  out.badBody = await outcome(lax.connectCall({ ...minimal, direction: 'sideways' }));

  worker.resetHandlers(...statefulHandlers({ seed: 'browser', now: steppingClock('2024-11-05T10:00:00Z', 1000) }));
  const created = (await client.connectCall(minimal));
  await client.controlCall(created.id, { type: 'end', message: 'Goodbye!' });
  out.stateful = { created, ended: await client.getCall(created.id), list: await client.listCalls({ startDate: '2024-11-01T00:00:00Z', endDate: '2024-11-30T00:00:00Z' }) };
  worker.stop();
  window.__result = out;
})().catch((e) => { window.__result = { failed: String(e && e.stack || e) }; });
`;

let server: http.Server;
let origin: string;
const served: string[] = [];
let browser: Browser | undefined;

beforeAll(async () => {
  if (!availability.available) return;
  const built = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: ROOT, sourcefile: 'msw-page.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const js = built.outputFiles[0]!.text;
  const workerScript = fs.readFileSync(path.join(path.dirname(require.resolve('msw/package.json')), 'lib/mockServiceWorker.js'));
  const files: Record<string, [string, string | Buffer]> = {
    '/': ['text/html', '<!doctype html><meta charset="utf-8"><title>msw</title><script type="module" src="/app.js"></script>'],
    '/app.js': ['text/javascript', js],
    '/mockServiceWorker.js': ['text/javascript', workerScript],
  };
  server = http.createServer((req, res) => {
    served.push(req.url ?? '');
    const file = files[(req.url ?? '/').split('?')[0]!];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe.skipIf(!availability.available)('MSW in Chromium', () => {
  it("registers MSW's worker on a 127.0.0.1 page and the client's calls get the mocked answers", async () => {
    const context = await browser!.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => (window as { __result?: unknown }).__result !== undefined, undefined, { timeout: 30_000 });
      const out = (await page.evaluate(() => (window as { __result?: unknown }).__result)) as Record<string, any>;
      expect(out['failed'], out['failed']).toBeUndefined();
      expect(errors).toEqual([]);
      expect(out['controlled']).toBe(true);
      // Named examples, one chosen per test.
      expect(out['connect']).toEqual({ ok: example('CallQueued') });
      expect(out['get']).toEqual({ ok: example('ConversationFinished') });
      expect(out['list']).toEqual({ ok: example('ListCallsFirstPage') });
      expect(out['control']).toEqual({ ok: example('ControlCallNotApplied') });
      // The 401 and 400 problems Prism would send.
      expect(out['noToken']).toMatchObject({ status: 401, type: 'application/problem+json', body: { status: 401 } });
      expect(out['badQuery']).toMatchObject({ status: 400, type: 'application/problem+json' });
      expect(out['badQuery'].body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/query/endDate', '/query/startDate']);
      expect(out['badBody']).toEqual({ error: 'ApiError', status: 400, pointers: ['/direction'] });
      // Stateful: the call placed is the call got and listed.
      const { created, ended, list } = out['stateful'];
      expect(created).toMatchObject({ id: expect.stringMatching(/^CC-/), status: 'queued', createdAt: '2024-11-05T10:00:00.000Z' });
      expect(ended).toMatchObject({ id: created.id, status: 'finished', endAt: expect.any(String) });
      expect(list).toEqual({ totalCount: 1, conversations: [expect.objectContaining({ id: created.id, status: 'finished' })] });
      // The page's server saw the page, its script and the worker, and no API call.
      expect(served.filter((u) => u.startsWith('/calls'))).toEqual([]);
      expect(served).toEqual(expect.arrayContaining(['/', '/app.js', '/mockServiceWorker.js']));
    } finally {
      await context.close();
    }
  }, 60_000);
});
