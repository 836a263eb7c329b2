/**
 * docs/index.html in a real browser (Debian's Chromium), opened from file://
 * with the network refused: the operation, every top-level request and
 * response field and both code samples are on screen, nothing is logged as an
 * error, and no request leaves the page. One browser launch for the file.
 *
 * Outside CI a missing /usr/bin/chromium skips this file (install it with
 * `apt-get install chromium`); under CI=true it fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_INDEX } from '../scripts/lib/docs.ts';
import { ROOT } from '../scripts/lib/paths.ts';
import { browserAvailability, isLocalUrl, openBrowser, type BrowserSession } from './helpers/browser.ts';

const REQUEST_FIELDS = ['direction', 'phoneNumberId', 'customer', 'metadata', 'assistant', 'assistantId', 'assistantOverrides'];
const RESPONSE_FIELDS = ['id', 'teamId', 'assistantId', 'phoneNumberId', 'direction', 'createdAt', 'updatedAt', 'customer', 'status', 'metadata', 'phoneVendor', 'phoneVendorDetails', 'monitor'];
const OPERATION = '[data-section-id="operation/connectCall"]';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

const availability = browserAvailability(); // throws under CI=true when the browser is missing

if (!availability.available) {
  console.warn(`docs.browser.test.ts skipped: ${availability.reason}`);
  describe.skip(`reference docs in Chromium (skipped: ${availability.reason})`, () => {
    it('renders offline', () => {});
  });
} else {
  describe('reference docs in Chromium, from file://, offline', () => {
    let s: BrowserSession;
    let shownAfterMs = 0;

    beforeAll(async () => {
      expect(fs.existsSync(DOCS_INDEX), 'docs/index.html exists (run `npm run docs`)').toBe(true);
      s = await openBrowser();
      const t0 = performance.now();
      await s.page.goto(pathToFileURL(DOCS_INDEX).href, { waitUntil: 'commit' });
      await s.page.locator(`${OPERATION} h2`).waitFor({ state: 'visible', timeout: 20_000 });
      shownAfterMs = performance.now() - t0;
      console.log(`docs: the Connect Call operation was on screen ${shownAfterMs.toFixed(0)} ms after navigation`);
    }, 60_000);

    afterAll(async () => {
      await s?.close();
    });

    it('shows the Connect Call operation with its method and path', async () => {
      const op = s.page.locator(OPERATION);
      await expect.poll(() => op.locator('h2').innerText()).toMatch(/^Connect Call\s*$/);
      const text = await op.innerText();
      expect(text).toContain('POST');
      expect(text).toContain('/calls/v1/conversations/connect');
      expect(shownAfterMs).toBeLessThan(15_000);
    });

    it('shows every top-level request field and every field of the 200 response', async () => {
      // Property names before the "Responses" heading belong to the request
      // body; those after it, to the (expanded) 200 response. Only names the
      // browser actually renders visibly count.
      const { request, response } = await s.page.locator(OPERATION).evaluate((op) => {
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
      expect(request).toEqual(expect.arrayContaining(REQUEST_FIELDS));
      expect(response).toEqual(expect.arrayContaining(RESPONSE_FIELDS));
      const requiredBadge = s.page.locator(OPERATION).getByText('required').first();
      await expect.poll(() => requiredBadge.isVisible()).toBe(true);
    });

    it('offers curl and TypeScript code samples built from the contract', async () => {
      const op = s.page.locator(OPERATION);
      const curlTab = op.getByRole('tab', { name: 'curl', exact: true });
      const tsTab = op.getByRole('tab', { name: 'TypeScript', exact: true });
      await curlTab.click();
      const curl = await op.getByRole('tabpanel').filter({ hasText: 'curl --request POST' }).innerText();
      expect(curl).toContain("'https://api-prod.interactly.ai/calls/v1/conversations/connect'");
      expect(curl).toContain('Authorization: Bearer $CONNECT_CALL_TOKEN');
      await tsTab.click();
      const tsPanel = op.getByRole('tabpanel').filter({ hasText: 'createConnectCallClient' });
      const tsCode = await tsPanel.innerText();
      expect(tsCode).toContain("from '@interactly/connect-call'");
      expect(tsCode).toContain('client.connectCall(');
      await tsPanel.scrollIntoViewIfNeeded();
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await s.page.screenshot({ path: path.join(ARTIFACTS, 'docs-connect-call.png') });
    });

    it('logs no error and sends no request outside the page, even after it is left', async () => {
      // Beacons and batched traces leave a few seconds after load or on unload:
      // wait, then navigate away, then count.
      await s.page.waitForTimeout(3_000);
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
