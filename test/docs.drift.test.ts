/**
 * docs/index.html is what the contract renders to now, byte for byte, and the
 * renderer keeps its promises: deterministic, self-contained, private (no
 * remote fetch left in the page), options from redocly.yaml, code samples on
 * the docs' copy only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleContract, redoclyConfig, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { DocsError, REDOC_REMOTE_LOGO, attributionDataUrl, findRemoteFetches, privateRedocBundle, redocBundlePath, renderDocs, scriptJson, substituteRemoteLogo } from '../scripts/lib/docs.ts';
import { buildCodeSamples, CodeSampleError, shellQuote, withCodeSamples } from '../scripts/lib/code-samples.ts';
import { main } from '../scripts/docs.ts';
import { staleFiles } from '../scripts/lib/pipeline.ts';
import { DOCS_INDEX, GENERATED_DIR } from '../scripts/lib/paths.ts';

let doc: OpenApiDocument;
let html: string;
let tmp: string;

beforeAll(async () => {
  doc = (await bundleContract()).doc;
  html = await renderDocs(doc);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-drift-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The text of the JSON `<script id="ID">` element. */
function scriptById(page: string, id: string): string {
  const m = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(page);
  if (!m) throw new Error(`no <script id="${id}"> in the page`);
  return m[1]!;
}
function executableScripts(page: string): string[] {
  return [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

describe('docs/index.html drift', () => {
  it('is exactly what `npm run docs` renders from the contract now', () => {
    expect(staleFiles(new Map([[DOCS_INDEX, html]])), 'run `npm run docs` and commit docs/index.html').toEqual([]);
  });

  it('renders deterministically: same contract, same bytes, no build time in the page', async () => {
    expect(await renderDocs(doc)).toBe(html);
    // Rendered "years apart", the page is still the same: no clock in it.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
      expect(await renderDocs(doc)).toBe(html);
      vi.setSystemTime(new Date('2099-12-31T23:59:59Z'));
      expect(await renderDocs(doc)).toBe(html);
    } finally {
      vi.useRealTimers();
    }
  });

  it('--check names docs/index.html when it is stale or missing, and passes when it is current', async () => {
    const file = path.join(tmp, 'index.html');
    // The chain's own comparison (scripts/lib/pipeline.ts staleFiles), which `npm run docs -- --check` reports.
    expect(staleFiles(new Map([[file, html]]))).toEqual([expect.stringMatching(/index\.html \(missing\)$/)]);
    fs.writeFileSync(file, html.replace('</title>', ' (edited)</title>'));
    expect(staleFiles(new Map([[file, html]]))).toEqual([expect.stringMatching(/index\.html$/)]);
    fs.writeFileSync(file, html);
    expect(staleFiles(new Map([[file, html]]))).toEqual([]);

    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await main(['--check'])).toBe(0);
      expect(log.mock.calls.flat().join('\n')).toContain('docs/index.html is up to date');
      expect(await main(['--chek'])).toBe(2);
      expect(err.mock.calls.flat().join('\n')).toContain('unknown flag "--chek"');
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  });
});

describe('privacy: nothing leaves the page', () => {
  it('replaces the remote attribution image by the local data: image', () => {
    const upstream = fs.readFileSync(redocBundlePath(), 'utf8');
    expect(upstream).toContain(REDOC_REMOTE_LOGO);
    const local = privateRedocBundle();
    expect(local).not.toContain('cdn.redoc.ly');
    expect(local).toContain(`src:${JSON.stringify(attributionDataUrl())}`);
    expect(html).not.toContain('cdn.redoc.ly');
    expect(html).not.toContain('otel');
  });

  it('fails loudly, naming the upstream string, when the bundle no longer contains it', () => {
    const moved = 'function logo(){return {src:"https://cdn.example.invalid/logo.svg"}}';
    expect(() => substituteRemoteLogo(moved, 'data:,')).toThrow(DocsError);
    expect(() => substituteRemoteLogo(moved, 'data:,')).toThrow(REDOC_REMOTE_LOGO);
    expect(() => substituteRemoteLogo(`${REDOC_REMOTE_LOGO};${REDOC_REMOTE_LOGO}`, 'data:,')).toThrow(/found it 2 time/);
  });

  it('refuses to render a bundle that would still fetch from outside', async () => {
    const upstream = fs.readFileSync(redocBundlePath(), 'utf8');
    expect(findRemoteFetches(upstream).join('\n')).toContain('cdn.redoc.ly');
    await expect(renderDocs(doc, { redocBundle: upstream })).rejects.toThrow(/would fetch from outside itself[\s\S]*cdn\.redoc\.ly/);
    // The bundle's scan is kept per bundle text: the private bundle renders again, the same page.
    expect(await renderDocs(doc)).toBe(html);
    for (const remote of [
      '@font-face{font-family:X;src:local(X)}',
      'a{background:url(https://fonts.example.invalid/x.woff2)}',
      '@import "//fonts.example.invalid/css";',
      'img.src = 1; x={src:"http://example.invalid/pixel.gif"}',
    ]) {
      expect(findRemoteFetches(remote), remote).not.toEqual([]);
    }
    expect(findRemoteFetches(html)).toEqual([]);
  });

  it('refuses a contract whose descriptions would load remote images', async () => {
    for (const description of ['See ![diagram](https://example.invalid/d.png).', 'See <img src="https://example.invalid/d.png">.']) {
      const withImage = structuredClone(doc);
      withImage.info.description = description;
      await expect(renderDocs(withImage), description).rejects.toThrow(/would fetch from outside itself[\s\S]*in the contract/);
    }
  });

  it('declares a Content-Security-Policy that allows exactly its own two scripts and no remote source', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta).not.toBeNull();
    const csp = meta![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain('img-src data:');
    expect(csp).not.toMatch(/https?:|\*/);
    // Search is on (redocly.yaml): its Web Worker, made from a blob: URL, is the one extra source allowed.
    expect(csp).toContain('worker-src blob:');
    const hashes = [...csp.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
    const scripts = executableScripts(html);
    expect(scripts).toHaveLength(2);
    expect(hashes).toEqual(scripts.map((s) => crypto.createHash('sha256').update(s, 'utf8').digest('base64')));
  });

  it('allows workers only while search is on', async () => {
    const cspOf = (page: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!;
    const options = JSON.parse(scriptById(html, 'redoc-options'));
    expect(options.disableSearch).toBe(false);
    const noSearch = await renderDocs(doc, { redocOptions: { ...options, disableSearch: true } });
    expect(cspOf(noSearch)).not.toContain('worker-src');
  });

  it('has no external script, stylesheet or icon', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link(?![^>]*href="data:)[^>]*>/i);
  });

  it('embeds JSON that cannot close its <script> element early', () => {
    const tricky = { a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028' };
    const out = scriptJson(tricky);
    expect(out).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(out)).toEqual(tricky);
  });
});

describe('content of the page', () => {
  it('embeds the docs copy of the contract, with the generated code samples', () => {
    const embedded = JSON.parse(scriptById(html, 'openapi-document')) as OpenApiDocument;
    expect(embedded).toEqual(withCodeSamples(doc));
    for (const [p, item] of Object.entries(embedded.paths)) {
      for (const [m, op] of Object.entries(item as Record<string, any>)) {
        if (m === 'parameters') continue;
        const samples = op['x-codeSamples'] as Array<{ label: string; source: string }>;
        expect(
          samples?.map((s) => s.label),
          `${m} ${p}`,
        ).toEqual(['curl', 'TypeScript']);
      }
    }
  });

  it('takes the Redoc options (branding included) from the openapi section of redocly.yaml', async () => {
    // Through `unknown`: resolving the type of `resolvedConfig` (@redocly/config) costs tsc seconds.
    const configured = ((await redoclyConfig()) as unknown as { resolvedConfig: { openapi?: Record<string, any> } }).resolvedConfig.openapi;
    expect(configured?.theme?.colors?.primary?.main).toMatch(/^#[0-9a-f]{6}$/i);
    const embedded = JSON.parse(scriptById(html, 'redoc-options'));
    expect(embedded).toEqual(configured);
    expect(embedded.expandResponses).toBe('200');
    // The rendering really follows the options it is given.
    const other = await renderDocs(doc, { redocOptions: { theme: { colors: { primary: { main: '#123456' } } } } });
    expect(JSON.parse(scriptById(other, 'redoc-options'))).toEqual({ theme: { colors: { primary: { main: '#123456' } } } });
    await expect(renderDocs(doc, { redocOptions: { specUrl: 'https://example.invalid/openapi.json' } })).rejects.toThrow(/openapi\.specUrl/);
  });

  it('its <noscript> text makes sense on the published page: no repository paths', () => {
    const text = /<noscript>([^<]*)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(text).toMatch(/needs JavaScript/);
    expect(text).toContain('@interactly/connect-call/openapi.json');
    expect(text).not.toMatch(/generated\/|repository/);
  });

  it('titles the page from the contract', () => {
    expect(html).toContain(`<title>${doc.info.title} ${doc.info.version} reference</title>`);
  });
});

describe('code samples stay on the docs copy', () => {
  it('does not touch the bundle it is given, nor generated/openapi.*', async () => {
    const before = JSON.stringify(doc);
    await renderDocs(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(before).not.toContain('x-codeSamples');
    expect(fs.readFileSync(path.join(GENERATED_DIR, 'openapi.json'), 'utf8')).not.toContain('x-codeSamples');
    expect(fs.readFileSync(path.join(GENERATED_DIR, 'openapi.yaml'), 'utf8')).not.toContain('x-codeSamples');
  });

  it('builds a body from `minimal`, else the first named example, or the one asked for, and names a missing one', () => {
    const bodyOf = (ops: ReturnType<typeof buildCodeSamples>, id: string) => ops.find((o) => o.operationId === id)!.call.body;
    const byDefault = buildCodeSamples(doc);
    const examples = (p: string, m: string) => doc.paths[p]![m].requestBody.content['application/json'].examples as Record<string, { $ref: string }>;
    const value = (ref: { $ref: string }) => (doc.components.examples as Record<string, { value: unknown }>)[ref.$ref.split('/').pop()!]!.value;
    // connectCall has `minimal`; controlCall has none, so its first named example (`say`) is used.
    expect(bodyOf(byDefault, 'connectCall')).toEqual(value(examples('/calls/v1/conversations/connect', 'post').minimal!));
    const control = examples('/calls/v1/conversations/{id}/control', 'post');
    expect(Object.keys(control)[0]).toBe('say');
    expect(bodyOf(byDefault, 'controlCall')).toEqual(value(control.say!));
    // Operations without a body get none.
    expect(byDefault.find((o) => o.operationId === 'getCall')!.samples[0]!.source).not.toContain('--data');

    const full = buildCodeSamples(doc, { examples: { connectCall: 'full', controlCall: 'end' } });
    expect(full.find((o) => o.operationId === 'connectCall')!.samples[0]!.source).toContain('"assistantSystemPrompt"');
    expect(bodyOf(full, 'controlCall')).toEqual(value(control.end!));
    expect(() => buildCodeSamples(doc, { examples: { connectCall: 'nope' } })).toThrow(CodeSampleError);
    expect(() => buildCodeSamples(doc, { examples: { connectCall: 'nope' } })).toThrow(/POST \/calls\/v1\/conversations\/connect: request example "nope" not found.*"full", "minimal"/);
    expect(() => buildCodeSamples(doc, { examples: { getCall: 'x' } })).toThrow(/takes no request body/);
    expect(() => buildCodeSamples(doc, { examples: { connnectCall: 'full' } })).toThrow(/unknown operation\(s\) "connnectCall"/);
  });

  it('a new operation gets samples from the contract alone, and a parameter without an example is named', () => {
    const grown = structuredClone(doc);
    grown.paths['/calls/v1/conversations/{id}/transcript'] = {
      parameters: [{ $ref: '#/components/parameters/CallId' }],
      get: {
        operationId: 'getTranscript',
        parameters: [{ name: 'format', in: 'query', required: true, schema: { type: 'string' }, example: 'text' }],
        responses: { '200': { description: 'ok' } },
      },
    };
    const op = buildCodeSamples(grown).find((o) => o.operationId === 'getTranscript')!;
    expect(op.url).toMatch(/\/calls\/v1\/conversations\/a12f9c88-c155-461f-9771-4d240cdc9a04\/transcript\?format=text$/);
    expect(op.samples[1]!.source).toContain(`await client.getTranscript('a12f9c88-c155-461f-9771-4d240cdc9a04', {\n    format: 'text',\n  });`);
    delete grown.paths['/calls/v1/conversations/{id}/transcript'].get.parameters[0].example;
    expect(() => buildCodeSamples(grown)).toThrow(/GET \/calls\/v1\/conversations\/\{id\}\/transcript query parameter "format" has no `example`/);
  });

  it('path parameters are percent-encoded into the curl URL', () => {
    const odd = structuredClone(doc);
    odd.components.parameters!.CallId.example = 'CC-1/2 x';
    const op = buildCodeSamples(odd).find((o) => o.operationId === 'getCall')!;
    expect(op.url.endsWith('/calls/v1/conversations/CC-1%2F2%20x')).toBe(true);
  });

  it('quotes shell data so that any example text survives', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
