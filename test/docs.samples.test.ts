/**
 * The code samples the reference docs show are real code, for every operation
 * of the contract:
 * - each TypeScript sample compiles (strict, the project's compiler options)
 *   against the client's real types, imported by its package name, and calls
 *   the client method with the arguments of its generated signature;
 * - each curl sample, pointed at the Prism mock, gets a 200 whose body passes
 *   the operation's own 200 validator, and Prism reports no contract violation.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleContract, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { buildCodeSamples, packageName, productionServerUrl, TOKEN_ENV, type CodeSample, type OperationSamples } from '../scripts/lib/code-samples.ts';
import { ROOT } from '../scripts/lib/paths.ts';
import { tsBlocks, typeCheck } from './helpers/typecheck.ts';
import { ENV_TOKEN } from '../src/client.ts';
import { operations, routes } from '../generated/operations.ts';
import * as validators from '../generated/validators.js';

const run = promisify(execFile);

let doc: OpenApiDocument;
let ops: OperationSamples[];
const sample = (o: OperationSamples, label: 'curl' | 'TypeScript'): CodeSample => {
  const s = o.samples.find((x) => x.label === label);
  if (!s) throw new Error(`no ${label} sample for ${o.operationId}`);
  return s;
};
const byId = (id: string): OperationSamples => {
  const o = ops.find((x) => x.operationId === id);
  if (!o) throw new Error(`no code samples were generated for ${id}`);
  return o;
};
const ID = 'a12f9c88-c155-461f-9771-4d240cdc9a04';

/** The samples, broken copies of them that must not compile, and the project docs' TypeScript blocks. */
function sampleSources(): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const o of ops) {
    const src = sample(o, 'TypeScript').source;
    sources[`docs-sample-${o.operationId}.mts`] = src;
    // An extra leading argument breaks every signature: proves each sample is checked.
    const shifted = src.replace(`client.${o.operationId}(`, `client.${o.operationId}(42, `);
    if (shifted === src) throw new Error(`the ${o.operationId} sample does not call client.${o.operationId}(`);
    sources[`docs-sample-${o.operationId}-shifted.mts`] = shifted;
  }
  const connect = sample(byId('connectCall'), 'TypeScript').source;
  const list = sample(byId('listCalls'), 'TypeScript').source;
  const broken = {
    misspelt: connect.replace("direction: 'outbound'", "direction: 'outbund'"),
    missingField: connect.replace(/^\s*phoneNumberId: .*\n/m, ''),
    listWithoutEnd: list.replace(/^\s*endDate: .*\n/m, ''),
  };
  for (const [name, text] of Object.entries(broken)) {
    if (text === connect || text === list) throw new Error(`the broken copy "${name}" is the same as the sample: the sample changed, update this test`);
    sources[`docs-sample-${name}.mts`] = text;
  }
  return sources;
}
/** Every ```ts block of the guides a reader copies from (and the README), named <doc>-<n>.mts. */
const PROJECT_DOCS = ['README.md', 'docs/client-guide.md', 'docs/testing-with-the-mock.md', 'docs/server-guide.md', 'docs/msw-guide.md'];
function projectDocSources(): { sources: Record<string, string>; counts: Record<string, number> } {
  const sources: Record<string, string> = {};
  const counts: Record<string, number> = {};
  for (const file of PROJECT_DOCS) {
    const name = path.basename(file, '.md');
    const blocks = tsBlocks(file);
    counts[name] = blocks.length;
    blocks.forEach((b, i) => (sources[`${name}-${i + 1}.mts`] = b));
  }
  // Control: a server handler answering an undeclared status must fail, or the check proves nothing.
  const server = sources['server-guide-1.mts'] ?? '';
  sources['control-server-status.mts'] = server.replace('{ status: 200, body: { message: `applied', '{ status: 201, body: { message: `applied');
  if (sources['control-server-status.mts'] === server) throw new Error('docs/server-guide.md changed: update the control case in this test');
  return { sources, counts };
}

let checked: {
  samples: { sources: Record<string, string>; result: Record<string, string[]> };
  projectDocs: { sources: Record<string, string>; counts: Record<string, number>; result: Record<string, string[]> };
};

beforeAll(async () => {
  doc = (await bundleContract()).doc;
  ops = buildCodeSamples(doc);
  // One compiler program for everything this file type-checks (each program costs seconds).
  const samples = sampleSources();
  const projectDocs = projectDocSources();
  const result = typeCheck({ ...samples, ...projectDocs.sources });
  checked = { samples: { sources: samples, result }, projectDocs: { ...projectDocs, result } };
}, 90_000);

describe('TypeScript code samples', () => {
  it('one pair of samples per operation of the contract, no more, no less', () => {
    expect(ops.map((o) => o.operationId).sort()).toEqual(Object.keys(operations).sort());
    for (const o of ops)
      expect(o.samples.map((s) => [s.lang, s.label])).toEqual([
        ['Shell', 'curl'],
        ['TypeScript', 'TypeScript'],
      ]);
  });

  it('read the API key from the environment variable the client itself reads', () => {
    expect(TOKEN_ENV).toBe(ENV_TOKEN);
  });

  it('import the client by the package name and call each method with its generated signature (path params, query, body)', () => {
    for (const o of ops) {
      const src = sample(o, 'TypeScript').source;
      expect(src).toContain(`from '${packageName()}'`);
      expect(src).toContain('createConnectCallClient');
      expect(src).toContain(`The token comes from the ${TOKEN_ENV} environment variable`);
      expect(src).toContain("createConnectCallClient({ server: 'production' })"); // says which server it calls
      const r = routes[o.operationId as keyof typeof routes];
      // The arguments follow the generated OperationMethods signature.
      expect(o.call.pathParams.map((p) => p.name)).toEqual([...r.pathParams]);
      expect(o.call.query !== undefined).toBe(r.query);
      expect(o.call.body !== undefined).toBe(r.hasBody);
    }
    expect(sample(byId('getCall'), 'TypeScript').source).toContain(`await client.getCall('${ID}');`);
    expect(sample(byId('listCalls'), 'TypeScript').source).toMatch(/await client\.listCalls\(\{\n\s+startDate: '[^']+',\n\s+endDate: '[^']+',\n\s+\}\);/);
    expect(sample(byId('controlCall'), 'TypeScript').source).toContain(`await client.controlCall('${ID}', {\n    type: 'say',\n    message: 'hi there',\n  });`);
    expect(sample(byId('connectCall'), 'TypeScript').source).toMatch(/await client\.connectCall\(\{\n\s+direction: 'outbound',/);
  });

  it('say which server they call', () => {
    for (const o of ops) expect(sample(o, 'curl').source, o.operationId).toMatch(/^# Calls production \(https:\/\/api-prod\.interactly\.ai\): this acts on real calls\./);
  });

  it('compile against the real client types, and broken copies do not', () => {
    const { sources, result } = checked.samples;
    for (const o of ops) {
      expect(result[`docs-sample-${o.operationId}.mts`], sources[`docs-sample-${o.operationId}.mts`]).toEqual([]);
      expect(result[`docs-sample-${o.operationId}-shifted.mts`]!.join('\n'), o.operationId).toMatch(/TS23(?:45|22|54|55): /);
    }
    expect(result['docs-sample-misspelt.mts']!.join('\n')).toMatch(/TS2(?:322|820): Type '"outbund"' is not assignable/);
    expect(result['docs-sample-missingField.mts']!.join('\n')).toMatch(/TS2345: .*phoneNumberId/s);
    expect(result['docs-sample-listWithoutEnd.mts']!.join('\n')).toMatch(/TS2345: .*endDate/s);
  });
});

describe('TypeScript in the project docs', () => {
  it('every ```ts block of the README and the guides (client, mock, server, MSW) compiles against the real package; a broken one would not', () => {
    const { sources, result, counts } = checked.projectDocs;
    expect(counts['client-guide'], 'client-guide.md has TypeScript examples').toBeGreaterThanOrEqual(4);
    expect(counts['testing-with-the-mock'], 'testing-with-the-mock.md has TypeScript examples').toBeGreaterThanOrEqual(2);
    expect(counts['server-guide'], 'server-guide.md has TypeScript examples').toBeGreaterThanOrEqual(4);
    expect(counts['msw-guide'], 'msw-guide.md has TypeScript examples').toBeGreaterThanOrEqual(4);
    expect(counts['README'], 'README.md has a TypeScript example').toBeGreaterThanOrEqual(1);
    expect(result['control-server-status.mts']!.join('\n')).toMatch(/TS2322/);
    for (const name of Object.keys(sources)) if (name !== 'control-server-status.mts') expect(result[name], `${name}:\n${sources[name]}`).toEqual([]);
  });
  it('the entries the guides import are the package exports', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './server', './msw']));
  });
});

/** Run a curl sample unchanged apart from its base URL; returns status, headers and body text. */
async function runCurl(source: string, env: Record<string, string>): Promise<{ status: string; headers: string; body: string }> {
  const prismUrl = inject('prismUrl');
  if (!prismUrl) throw new Error('inject("prismUrl") is empty: test/setup/prism.global.ts must provide the mock URL');
  const script = source.split(productionServerUrl(doc)).join(prismUrl);
  expect(script).not.toBe(source);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-curl-'));
  try {
    const headerFile = path.join(dir, 'headers');
    // A shell function around curl records the status and the response headers.
    const wrapper = `curl() { command curl --silent --show-error --max-time 20 --dump-header ${JSON.stringify(headerFile)} --write-out '\\n%{http_code}' "$@"; }\n`;
    const { stdout } = await run('bash', ['-c', wrapper + script], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, timeout: 30_000 });
    const lines = stdout.trimEnd().split('\n');
    const status = lines.pop()!;
    return { status, headers: fs.readFileSync(headerFile, 'utf8'), body: lines.join('\n') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('curl code samples', () => {
  it('target the production server with the bearer token from the environment', () => {
    expect(productionServerUrl(doc).startsWith('https://')).toBe(true);
    for (const o of ops) {
      const src = sample(o, 'curl').source;
      expect(o.url.startsWith(`${productionServerUrl(doc)}/`)).toBe(true);
      expect(src).toContain(`--request ${o.method.toUpperCase()} '${o.url}'`);
      expect(src).toContain(`"Authorization: Bearer $${TOKEN_ENV}"`);
      expect(src.includes('--data '), o.operationId).toBe(o.call.body !== undefined);
    }
    expect(byId('getCall').url).toBe(`${productionServerUrl(doc)}/calls/v1/conversations/${ID}`);
    const list = new URL(byId('listCalls').url);
    expect([...list.searchParams.keys()]).toEqual(['startDate', 'endDate']);
  });

  it("each gets a 200 from the Prism mock that its operation's 200 validator accepts, with no contract violation", async () => {
    const results = await Promise.all(ops.map(async (o) => ({ o, r: await runCurl(sample(o, 'curl').source, { [TOKEN_ENV]: 'docs-sample-token' }) })));
    for (const { o, r } of results) {
      expect(r.status, `${o.operationId}\n${r.headers}\n${r.body}`).toBe('200');
      expect(r.headers, o.operationId).not.toMatch(/^sl-violations:/im);
      const name = (routes[o.operationId as keyof typeof routes].validators.responses as Record<string, string>)['200']!;
      const validate = (validators as unknown as Record<string, ((v: unknown) => boolean) & { errors?: unknown }>)[name];
      expect(validate, `generated/validators.js exports ${name}`).toBeTypeOf('function');
      const valid = validate!(JSON.parse(r.body));
      expect(validate!.errors ?? [], `${o.operationId}: response body passes ${name}`).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('need the token: without it Prism answers 401', async () => {
    const o = byId('getCall');
    const r = await runCurl(
      sample(o, 'curl')
        .source.replace(/^.*Authorization.*\n?/m, '')
        .replace(/ \\\n$/, ''),
      {},
    );
    expect(r.status).toBe('401');
  });
});
