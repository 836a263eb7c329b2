/**
 * The code samples the reference docs show are real code:
 * - the TypeScript sample compiles (strict, the project's compiler options)
 *   against the client's real types, imported by its package name;
 * - the curl sample, pointed at the Prism mock, gets a 200 whose body is a
 *   valid Call, and Prism reports no contract violation.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleContract, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { buildCodeSamples, packageName, productionServerUrl, TOKEN_ENV, type CodeSample } from '../scripts/lib/code-samples.ts';
import { ROOT } from '../scripts/lib/paths.ts';
import { validateConnectCallResponse200 } from '../generated/validators.js';

const run = promisify(execFile);

let doc: OpenApiDocument;
let curl: CodeSample;
let typescript: CodeSample;

beforeAll(async () => {
  doc = (await bundleContract()).doc;
  const ops = buildCodeSamples(doc);
  const connect = ops.find((o) => o.operationId === 'connectCall');
  if (!connect) throw new Error('no code samples were generated for connectCall');
  curl = connect.samples.find((s) => s.label === 'curl')!;
  typescript = connect.samples.find((s) => s.label === 'TypeScript')!;
});

/**
 * Type-check sources as if they were files of a consumer's project: the
 * project's tsconfig options (strict), with the package name mapped to
 * src/index.ts. Returns the diagnostics per virtual file, formatted.
 */
function typeCheck(sources: Record<string, string>): Record<string, string[]> {
  const configFile = path.join(ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configFile);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    strict: true,
    noEmit: true,
    paths: { [packageName()]: [path.join(ROOT, 'src', 'index.ts')] },
  };
  const files = new Map(Object.entries(sources).map(([name, text]) => [path.join(ROOT, 'test', name), text]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists.call(host, f);
  host.readFile = (f) => files.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, onError, create) => {
    const text = files.get(f);
    return text !== undefined ? ts.createSourceFile(f, text, lang, true) : getSourceFile.call(host, f, lang, onError, create);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  const out: Record<string, string[]> = {};
  for (const [file] of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`the compiler did not load ${file}`);
    const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    out[path.basename(file)] = diags.map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${at ? `${at.line + 1}:${at.character + 1} ` : ''}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  }
  // Global diagnostics (bad options) would make every result meaningless.
  const global = program.getOptionsDiagnostics().concat(program.getGlobalDiagnostics());
  if (global.length) throw new Error(global.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  return out;
}

describe('TypeScript code sample', () => {
  it('imports the client by the package name and calls connectCall', () => {
    expect(typescript.lang).toBe('TypeScript');
    expect(typescript.source).toContain(`from '${packageName()}'`);
    expect(typescript.source).toContain('createConnectCallClient');
    expect(typescript.source).toContain(`process.env.${TOKEN_ENV}`);
    expect(typescript.source).toMatch(/client\.connectCall\(\{/);
  });

  it('compiles against the real client types, and a broken copy does not', () => {
    // The broken copy is the same sample with one enum value misspelt: if the
    // check could not see type errors, this test would fail.
    const broken = typescript.source.replace("direction: 'outbound'", "direction: 'outbund'");
    expect(broken).not.toBe(typescript.source);
    const missingField = typescript.source.replace(/^\s*phoneNumberId: .*\n/m, '');
    expect(missingField).not.toBe(typescript.source);
    const result = typeCheck({
      'docs-sample.mts': typescript.source,
      'docs-sample-broken.mts': broken,
      'docs-sample-missing.mts': missingField,
    });
    expect(result['docs-sample.mts']).toEqual([]);
    expect(result['docs-sample-broken.mts']!.join('\n')).toMatch(/TS2(?:322|820): Type '"outbund"' is not assignable/);
    expect(result['docs-sample-missing.mts']!.join('\n')).toMatch(/TS2345: .*phoneNumberId/s);
  }, 60_000);
});

describe('TypeScript in the project docs', () => {
  it('every ```ts block of docs/client-guide.md and docs/testing-with-the-mock.md compiles against the real client types', () => {
    const sources: Record<string, string> = {};
    for (const doc of ['client-guide', 'testing-with-the-mock']) {
      const text = fs.readFileSync(path.join(ROOT, 'docs', `${doc}.md`), 'utf8');
      const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
      expect(blocks.length, `${doc}.md has TypeScript examples`).toBeGreaterThanOrEqual(doc === 'client-guide' ? 4 : 2);
      blocks.forEach((b, i) => (sources[`${doc}-${i + 1}.mts`] = b));
    }
    const result = typeCheck(sources);
    for (const [name, diags] of Object.entries(result)) expect(diags, `${name}:\n${sources[name]}`).toEqual([]);
  }, 60_000);
});

describe('curl code sample', () => {
  it('targets the production server with the bearer token from the environment', () => {
    expect(curl.lang).toBe('Shell');
    const url = `${productionServerUrl(doc)}/calls/v1/conversations/connect`;
    expect(url.startsWith('https://')).toBe(true);
    expect(curl.source).toContain(`'${url}'`);
    expect(curl.source).toContain(`"Authorization: Bearer $${TOKEN_ENV}"`);
    expect(curl.source).toContain('--request POST');
  });

  it('gets a valid 200 from the Prism mock, with no contract violation', async () => {
    const prismUrl = inject('prismUrl');
    if (!prismUrl) throw new Error('inject("prismUrl") is empty: test/setup/prism.global.ts must provide the mock URL');
    const production = productionServerUrl(doc);
    const script = curl.source.split(production).join(prismUrl);
    expect(script).not.toBe(curl.source);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-curl-'));
    try {
      const headerFile = path.join(dir, 'headers');
      // The sample runs unchanged apart from its URL; a shell function around
      // curl records the status and the response headers.
      const wrapper = `curl() { command curl --silent --show-error --max-time 20 --dump-header ${JSON.stringify(headerFile)} --write-out '\\n%{http_code}' "$@"; }\n`;
      const { stdout } = await run('bash', ['-c', wrapper + script], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', [TOKEN_ENV]: 'docs-sample-token' },
        timeout: 30_000,
      });
      const lines = stdout.trimEnd().split('\n');
      const status = lines.pop();
      const body = JSON.parse(lines.join('\n')) as unknown;
      const headers = fs.readFileSync(headerFile, 'utf8');
      expect(status, `${headers}\n${lines.join('\n')}`).toBe('200');
      expect(headers).not.toMatch(/^sl-violations:/im);
      const valid = validateConnectCallResponse200(body);
      expect(validateConnectCallResponse200.errors ?? [], 'response body is a Call').toEqual([]);
      expect(valid).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('needs the token: without it Prism answers 401', async () => {
    const prismUrl = inject('prismUrl');
    if (!prismUrl) throw new Error('inject("prismUrl") is empty: test/setup/prism.global.ts must provide the mock URL');
    const script = curl.source.split(productionServerUrl(doc)).join(prismUrl).replace(/^.*Authorization.*\n/m, '');
    const { stdout } = await run('bash', ['-c', `curl() { command curl --silent --max-time 20 --output /dev/null --write-out '%{http_code}' "$@"; }\n${script}`], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      timeout: 30_000,
    });
    expect(stdout).toBe('401');
  });
});
