/**
 * The real browser for the docs tests: Debian's Chromium driven by
 * playwright-core (no downloaded browser). One launch per test file, a fresh
 * profile directory, and helpers that record every request and console error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Whether the browser tests can run. Outside CI a missing Chromium skips them
 * with the install command; under CI (CI=true, or any value but false/0) it
 * is a failure, never a skip.
 */
export function browserAvailability(): { available: true } | { available: false; reason: string } {
  if (fs.existsSync(CHROMIUM_PATH)) return { available: true };
  const reason = `${CHROMIUM_PATH} not found: install it with \`apt-get install chromium\` (or set CHROMIUM_PATH)`;
  const ci = process.env.CI;
  if (ci && ci !== 'false' && ci !== '0') throw new Error(`CI=true and the docs browser test cannot run: ${reason}`);
  return { available: false, reason };
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, in order. */
  requests: Request[];
  /** Console messages of type error, and uncaught page errors. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Requests that stay inside the page: the file itself, data: and blob: URLs, about: pages. */
export function isLocalUrl(url: string): boolean {
  return /^(?:file|data|blob|about):/i.test(url);
}

/**
 * Launch Chromium with a fresh, throw-away profile. Any request that is not
 * local is recorded and then aborted, so a test can never reach the network.
 */
export async function openBrowser(): Promise<BrowserSession> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'connect-call-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1000 },
      timeout: 30_000,
    });
  } catch (err) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const requests: Request[] = [];
  const consoleErrors: string[] = [];
  // Route everything: the request is counted by the 'request' listener, and
  // whatever is not local is refused before it leaves the machine.
  await context.route('**/*', (route) => (isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  context.on('request', (r) => requests.push(r));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
  return {
    context,
    page,
    requests,
    consoleErrors,
    async close() {
      try {
        await context.close();
      } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}
