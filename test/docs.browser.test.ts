/**
 * docs/index.html in a real browser (Debian's Chromium), opened from file://
 * with the network refused. Everything the page must show is derived from the
 * contract, so a new operation or server message is checked with no edit here:
 * - every operation and every server message (webhook) has a menu entry and a
 *   heading, operations with their method and path, messages with the
 *   Webhook badge;
 * - every top-level field of each request body, each query/path parameter
 *   and each top-level field of each 200 response is on screen;
 * - every operation offers its curl and TypeScript samples;
 * - nothing is logged as an error and no request leaves the page.
 * One browser launch for the file; it prints how long the first operation
 * took to appear.
 *
 * Outside CI a missing /usr/bin/chromium skips this file (install it with
 * `apt-get install chromium`); under CI=true it fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleContract, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { buildCodeSamples, TOKEN_ENV } from '../scripts/lib/code-samples.ts';
import { RENDERED_ATTRIBUTE } from '../scripts/lib/docs-progressive.ts';
import { DOCS_INDEX } from '../scripts/lib/paths.ts';
import { HTTP_METHODS, resolveRef } from '../scripts/lib/openapi.ts';
import { ROOT } from '../scripts/lib/paths.ts';
import { browserAvailability, isLocalUrl, openBrowser, type BrowserSession } from './helpers/browser.ts';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** What the page must show for one operation or server message, read from the contract. */
interface Entry {
  operationId: string;
  summary: string;
  method: string;
  path?: string;
  webhook?: string;
  /** Top-level request body fields, and parameter names. */
  request: string[];
  /** Top-level fields of the 200 response. */
  response: string[];
}

/** Top-level property names of a schema, through $refs and allOf members. */
function topLevelFields(doc: OpenApiDocument, raw: unknown, depth = 0): string[] {
  const s = resolveRef<Record<string, any>>(doc, raw);
  if (!s || typeof s !== 'object' || depth > 8) return [];
  return [...new Set([...Object.keys(s.properties ?? {}), ...((s.allOf as unknown[]) ?? []).flatMap((m) => topLevelFields(doc, m, depth + 1))])];
}

function entries(doc: OpenApiDocument): Entry[] {
  const out: Entry[] = [];
  const visit = (items: Record<string, unknown>, webhook: boolean) => {
    for (const [key, rawItem] of Object.entries(items ?? {})) {
      const item = resolveRef<Record<string, any>>(doc, rawItem);
      for (const m of HTTP_METHODS) {
        const op = item[m];
        if (!op) continue;
        const body = op.requestBody ? resolveRef<Record<string, any>>(doc, op.requestBody) : undefined;
        const ok = op.responses?.['200'] ? resolveRef<Record<string, any>>(doc, op.responses['200']) : undefined;
        const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: unknown) => resolveRef<{ name: string }>(doc, p).name);
        out.push({
          operationId: op.operationId,
          summary: op.summary,
          method: m,
          ...(webhook ? { webhook: key } : { path: key }),
          request: [...params, ...topLevelFields(doc, body?.content?.['application/json']?.schema)],
          response: topLevelFields(doc, ok?.content?.['application/json']?.schema),
        });
      }
    }
  };
  visit(doc.paths, false);
  visit(doc.webhooks ?? {}, true);
  return out;
}

const availability = browserAvailability(); // throws under CI=true when the browser is missing

if (!availability.available) {
  console.warn(`docs.browser.test.ts skipped: ${availability.reason}`);
  describe.skip(`reference docs in Chromium (skipped: ${availability.reason})`, () => {
    it('renders offline', () => {});
  });
} else {
  describe('reference docs in Chromium, from file://, offline', () => {
    let s: BrowserSession;
    let all: Entry[];
    /** The URL each operation's curl sample requests, as the sample generator makes it. */
    let urls: Map<string, string>;
    /** When the page had rendered (performance.now()). */
    let loadedAt = 0;
    const section = (e: Entry) => s.page.locator(`[data-section-id="operation/${e.operationId}"]`);

    beforeAll(async () => {
      expect(fs.existsSync(DOCS_INDEX), 'docs/index.html exists (run `npm run docs`)').toBe(true);
      const { doc } = await bundleContract();
      all = entries(doc);
      urls = new Map(buildCodeSamples(doc).map((o) => [o.operationId, o.url]));
      s = await openBrowser();
      const t0 = performance.now();
      await s.page.goto(pathToFileURL(DOCS_INDEX).href, { waitUntil: 'commit' });
      await s.page.locator('[data-section-id^="operation/"] h2').first().waitFor({ state: 'visible', timeout: 20_000 });
      const first = performance.now() - t0;
      // The page renders its sections a few at a time (scripts/lib/docs-progressive.ts) and marks <html> when all are there.
      await s.page.waitForSelector(`html[${RENDERED_ATTRIBUTE}]`, { state: 'attached', timeout: 20_000 });
      await Promise.all(all.map((e) => section(e).locator('h2').waitFor({ state: 'visible', timeout: 20_000 })));
      loadedAt = performance.now();
      const every = loadedAt - t0;
      console.log(`docs: the first operation was on screen ${first.toFixed(0)} ms after navigation, all ${all.length} operations and server messages ${every.toFixed(0)} ms`);
    }, 60_000);

    afterAll(async () => {
      await s?.close();
    });

    it('the contract has the operations and server messages this page is checked for', () => {
      expect(
        all
          .filter((e) => e.path)
          .map((e) => e.operationId)
          .sort(),
      ).toEqual(['connectCall', 'controlCall', 'getCall', 'listCalls']);
      expect(
        all
          .filter((e) => e.webhook)
          .map((e) => e.webhook)
          .sort(),
      ).toEqual(['conversation-update', 'end-of-call-report', 'error', 'hang', 'status-update']);
    });

    it('shows a heading for every operation (method and path) and every server message (Webhook badge)', async () => {
      for (const e of all) {
        const sec = section(e);
        const heading = (await sec.locator('h2').innerText()).replace(/\s+/g, ' ').trim();
        if (e.webhook) {
          expect(heading, e.operationId).toBe(`${e.summary} Webhook`);
        } else {
          expect(heading, e.operationId).toBe(e.summary);
          const text = await sec.innerText();
          expect(text).toContain(e.method.toUpperCase());
          expect(text).toContain(e.path!);
        }
      }
    });

    it('lists every operation and server message in the side menu, under its tag', async () => {
      for (const e of all) {
        const entry = s.page.locator(`li[data-item-id$="/operation/${e.operationId}"] > label`);
        await expect(entry.count(), `menu entry for ${e.operationId}`).resolves.toBe(1);
        // Redoc keeps one tag group open at a time (starting with none): open
        // the entry's group, as a reader would, when it is folded.
        if (!(await entry.isVisible())) {
          const id = (await entry.locator('xpath=..').getAttribute('data-item-id'))!;
          await s.page.locator(`li[data-item-id="${id.slice(0, id.indexOf('/operation/'))}"] > label`).click();
        }
        await expect.poll(() => entry.isVisible(), { message: `menu entry for ${e.operationId}` }).toBe(true);
        const text = (await entry.innerText()).replace(/\s+/g, ' ').trim().toLowerCase();
        expect(text, e.operationId).toBe(`${e.webhook ? 'event' : e.method} ${e.summary}`.toLowerCase());
      }
    });

    it('shows every top-level request field and parameter, and every field of each 200 response', async () => {
      for (const e of all) {
        // Property names before the "Responses" heading belong to the request;
        // those after it, to the (expanded) 200 response. Only names the
        // browser actually renders visibly count.
        const { request, response } = await section(e).evaluate((op) => {
          const responsesHeading = [...op.querySelectorAll('h3')].find((h) => h.textContent?.trim() === 'Responses');
          const out = { request: [] as string[], response: [] as string[] };
          for (const el of op.querySelectorAll<HTMLElement>('.property-name')) {
            const r = el.getBoundingClientRect();
            if (!el.checkVisibility() || r.width === 0 || r.height === 0) continue;
            const afterResponses = responsesHeading ? (responsesHeading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 : false;
            (afterResponses ? out.response : out.request).push(el.textContent?.trim() ?? '');
          }
          return out;
        });
        expect(request, `${e.operationId} request`).toEqual(expect.arrayContaining(e.request));
        expect(response, `${e.operationId} 200 response`).toEqual(expect.arrayContaining(e.response));
      }
      const requiredBadge = section(all.find((e) => e.operationId === 'connectCall')!)
        .getByText('required')
        .first();
      await expect.poll(() => requiredBadge.isVisible()).toBe(true);
    });

    it('offers the curl and TypeScript samples of every operation, and a payload sample for every server message', async () => {
      for (const e of all) {
        const sec = section(e);
        if (e.webhook) {
          // The message's JSON sample, with its own `type`.
          const payload = await sec.getByRole('tabpanel').first().innerText();
          expect(payload, e.operationId).toContain('"message"');
          expect(payload, e.operationId).toContain(`"type": "${e.webhook}"`);
          continue;
        }
        await sec.getByRole('tab', { name: 'curl', exact: true }).click();
        const curl = await sec.getByRole('tabpanel').filter({ hasText: 'curl --request' }).innerText();
        expect(curl).toContain(`curl --request ${e.method.toUpperCase()} '${urls.get(e.operationId)}'`);
        expect(curl).toContain(`Authorization: Bearer $${TOKEN_ENV}`);
        await sec.getByRole('tab', { name: 'TypeScript', exact: true }).click();
        const tsPanel = sec.getByRole('tabpanel').filter({ hasText: 'createConnectCallClient' });
        const tsCode = await tsPanel.innerText();
        expect(tsCode).toContain("from '@interactly/connect-call'");
        expect(tsCode).toContain(`client.${e.operationId}(`);
      }
      const connect = section(all.find((e) => e.operationId === 'connectCall')!);
      await connect.getByRole('tabpanel').filter({ hasText: 'createConnectCallClient' }).scrollIntoViewIfNeeded();
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await s.page.screenshot({ path: path.join(ARTIFACTS, 'docs-connect-call.png') });
    });

    it('finds a server message with the search box', async () => {
      await s.page.getByPlaceholder('Search...').fill('end-of-call');
      const results = s.page.locator('[data-role="search:results"] li');
      await expect.poll(() => results.allInnerTexts(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/End-of-call report/)]));
      await s.page.getByPlaceholder('Search...').fill('');
    });

    it('logs no error and sends no request outside the page, even after it is left', async () => {
      // Beacons and batched traces leave a few seconds after load or on unload:
      // let at least 3 s pass since the page rendered (the tests above use most
      // of them), then navigate away, then count.
      await s.page.waitForTimeout(Math.max(0, 3_000 - (performance.now() - loadedAt)));
      await s.page.goto('about:blank');
      await s.page.waitForTimeout(300);
      const outside = s.requests.map((r) => r.url()).filter((u) => !isLocalUrl(u));
      expect(outside, 'requests that left the page').toEqual([]);
      expect(s.consoleErrors, 'console errors').toEqual([]);
      // The counter works: the page itself was requested and counted.
      expect(s.requests.map((r) => r.url())).toContain(pathToFileURL(DOCS_INDEX).href);
    }, 20_000);
  });
}
