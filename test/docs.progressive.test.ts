/**
 * Progressive rendering of the reference docs (scripts/lib/docs-progressive.ts):
 * the substitution in Redoc's bundle, then a page of 16 operations in
 * Chromium: the first operations are on screen before the rest exist, every
 * operation arrives, the page says when it is complete, and a deep link to
 * the last operation lands on it although it was rendered last.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleContract, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { DocsError, privateRedocBundle, redocBundlePath, renderDocs } from '../scripts/lib/docs.ts';
import { FIRST_ITEMS, STEP_BUDGET_MS, RENDERED_ATTRIBUTE, RENDERED_EVENT, withProgressiveRendering } from '../scripts/lib/docs-progressive.ts';
import { HTTP_METHODS } from '../scripts/lib/openapi.ts';
import { browserAvailability, openBrowser, type BrowserSession } from './helpers/browser.ts';

/** ContentItems' render method as the minified bundle has it, with other names. */
const RENDER = 'render(){const t=this.props.items;return 0===t.length?null:t.map(t=>R.createElement(CI,{key:t.id,item:t}))}';

describe('the substitution in the Redoc bundle', () => {
  it('gives ContentItems a count of items shown, in the names the bundle uses, and puts the runtime ahead of it', () => {
    const out = withProgressiveRendering(`let A=class extends R.Component{${RENDER}};`);
    expect(out).toContain('t.slice(0,this.state.shown).map(t=>R.createElement(CI,{key:t.id,item:t}))');
    expect(out).toContain('constructor(p){super(p);this.state={shown:__redocProgressive.first}}');
    expect(out).toContain('componentDidUpdate(){__redocProgressive.step(this)}');
    expect(out.indexOf('var __redocProgressive')).toBe(0);
    expect(out).toContain(`var BUDGET = ${STEP_BUDGET_MS};`);
    expect(out).toContain(`first: ${FIRST_ITEMS},`);
  });

  it('fails, naming the component, when the bundle has it not exactly once', () => {
    expect(() => withProgressiveRendering('let A=class{render(){return null}}')).toThrow(DocsError);
    expect(() => withProgressiveRendering('let A=class{render(){return null}}')).toThrow(/ContentItems' render method .* found it 0 time/);
    expect(() => withProgressiveRendering(`${RENDER}${RENDER}`)).toThrow(/found it 2 time/);
  });

  it('applies to the installed Redoc bundle, which the docs use', () => {
    expect(() => withProgressiveRendering(fs.readFileSync(redocBundlePath(), 'utf8'))).not.toThrow();
    expect(privateRedocBundle()).toContain('this.state.shown');
  });
});

/** The contract with its paths copied to `n` operations, each with its own path and operationId. */
function manyOperations(doc: OpenApiDocument, n: number): { doc: OpenApiDocument; ids: string[] } {
  const real = Object.entries(doc.paths);
  const paths: Record<string, unknown> = {};
  const ids: string[] = [];
  for (let k = 0; k < n; k++) {
    const [p, item] = real[k % real.length] as [string, Record<string, { operationId?: string }>];
    const copy = structuredClone(item);
    for (const m of HTTP_METHODS) {
      const op = copy[m];
      if (!op?.operationId) continue;
      op.operationId = `${op.operationId}S${k}`;
      ids.push(op.operationId);
    }
    paths[p.replace('/calls/v1/', `/calls/v1/s${k}/`)] = copy;
  }
  return { doc: { ...doc, paths } as OpenApiDocument, ids };
}

const availability = browserAvailability(); // throws under CI=true when the browser is missing

describe.skipIf(!availability.available)('a 16-operation page in Chromium, from file://', () => {
  const N = 16;
  let tmp: string;
  let page: string;
  let ids: string[];
  let s: BrowserSession;

  beforeAll(async () => {
    const { doc } = await bundleContract();
    const big = manyOperations(doc, N);
    ids = big.ids;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-progressive-'));
    page = path.join(tmp, 'index.html');
    fs.writeFileSync(page, await renderDocs(big.doc));
    s = await openBrowser();
    // How many of the 16 operations' sections exist when the first one
    // appears, and when the page says it is complete (the server messages,
    // in their own tag, are not counted).
    await s.context.addInitScript(`(() => {
      const seen = (window.__seen = { first: -1, atEvent: -1, hashchanges: 0 });
      window.addEventListener('hashchange', () => { seen.hashchanges++; });
      const count = () => [...document.querySelectorAll('[data-section-id^="operation/"]')].filter((e) => /S\\d+$/.test(e.getAttribute('data-section-id'))).length;
      new MutationObserver(() => { if (seen.first < 0 && count() > 0) seen.first = count(); }).observe(document, { childList: true, subtree: true });
      window.addEventListener(${JSON.stringify(RENDERED_EVENT)}, () => { seen.atEvent = count(); });
    })();`);
  }, 60_000);

  afterAll(async () => {
    await s?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const firstHeading = () => s.page.locator(`[data-section-id="operation/${ids[0]}"] h2`).waitFor({ state: 'visible', timeout: 30_000 });
  const complete = () => s.page.waitForSelector(`html[${RENDERED_ATTRIBUTE}]`, { state: 'attached', timeout: 30_000 });
  /** The page as a new document at `hash` (the same URL with another hash would only scroll the old one). */
  async function openAnew(hash = ''): Promise<void> {
    await s.page.goto('about:blank');
    await s.page.goto(`${pathToFileURL(page).href}${hash}`, { waitUntil: 'commit' });
  }
  /** The operation's heading is at the top of the viewport. */
  async function expectAtTop(id: string): Promise<void> {
    const heading = s.page.locator(`[data-section-id="operation/${id}"] h2`);
    await expect.poll(() => heading.evaluate((h) => Math.round(h.getBoundingClientRect().top)), { timeout: 5_000 }).toBeGreaterThan(-5);
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(-5);
    expect(top).toBeLessThan(200);
  }

  it('shows the first operations before the others exist, then every operation, then says it is complete', async () => {
    const t0 = performance.now();
    await s.page.goto(pathToFileURL(page).href, { waitUntil: 'commit' });
    await firstHeading();
    const first = performance.now() - t0;
    await complete();
    console.log(`docs (${N} operations): first operation on screen after ${first.toFixed(0)} ms, complete after ${(performance.now() - t0).toFixed(0)} ms`);
    const seen = await s.page.evaluate(() => (window as unknown as { __seen: { first: number; atEvent: number } }).__seen);
    expect(seen.first).toBeGreaterThan(0);
    expect(seen.first).toBeLessThanOrEqual(FIRST_ITEMS);
    expect(seen.atEvent).toBe(N);
    const rendered = await s.page.locator('[data-section-id^="operation/"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-section-id')).filter((id) => /S\d+$/.test(id ?? '')));
    expect(rendered).toEqual(ids.map((id) => `operation/${id}`));
    expect(s.consoleErrors).toEqual([]);
  }, 60_000);

  it('follows a deep link to the last operation once it is rendered', async () => {
    const last = ids[N - 1]!;
    await openAnew(`#operation/${last}`);
    await complete();
    await expectAtTop(last);
    expect(await s.page.evaluate(() => window.scrollY)).toBeGreaterThan(10_000);
    expect(s.consoleErrors).toEqual([]);
  }, 60_000);

  it('lands on a section clicked in the side menu while the page is still rendering', async () => {
    const last = ids[N - 1]!;
    await openAnew();
    await firstHeading();
    const entry = s.page.locator(`li[data-item-id$="/operation/${last}"] > label`);
    // Redoc opens one tag group at a time: open the operations' group first.
    if (!(await entry.isVisible())) await s.page.locator('li[data-item-id="tag/Calls"] > label').click();
    await entry.click();
    await complete();
    await expectAtTop(last);
    expect(s.consoleErrors).toEqual([]);
  }, 60_000);

  it('stays where the reader is while it renders: the hash Redoc rewrites as the reader scrolls is not a link', async () => {
    const last = ids[N - 1]!;
    await openAnew();
    await firstHeading();
    // What Redoc's scroll tracking does when the reader scrolls to the end of
    // the operations rendered so far: it takes the next one, not rendered yet,
    // for the current one and writes its id with history.replaceState (done
    // here directly: a real scroll races with the next rendering step).
    const before = await s.page.evaluate((id) => {
      window.history.replaceState(null, '', `#tag/Calls/operation/${id}`);
      return { y: window.scrollY, rendered: document.querySelector(`[data-section-id="operation/${id}"]`) !== null };
    }, last);
    expect(before.rendered, 'the operation was not rendered yet').toBe(false);
    expect(await s.page.evaluate((a) => document.documentElement.hasAttribute(a), RENDERED_ATTRIBUTE), 'the page was still rendering').toBe(false);
    await complete();
    await s.page.waitForTimeout(200);
    const after = await s.page.evaluate(() => ({ y: window.scrollY, hashchanges: (window as unknown as { __seen: { hashchanges: number } }).__seen.hashchanges }));
    expect(after.hashchanges).toBe(0);
    expect(Math.abs(after.y - before.y)).toBeLessThan(500);
    expect(s.consoleErrors).toEqual([]);
  }, 60_000);
});
