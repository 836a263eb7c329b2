/**
 * The guides of the server and MSW targets are real code: every ```ts block
 * of docs/server-guide.md and docs/msw-guide.md compiles (strict, the
 * project's compiler options) against the package's real types, imported by
 * the package's names (the root, /server and /msw entries).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };

/** Type-check virtual .mts files as a consumer's, with the package's entries mapped to their sources. */
function typeCheck(sources: Record<string, string>): Record<string, string[]> {
  const configFile = path.join(ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configFile);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    strict: true,
    noEmit: true,
    paths: {
      [pkg.name]: [path.join(ROOT, 'src/index.ts')],
      [`${pkg.name}/server`]: [path.join(ROOT, 'src/server/index.ts')],
      [`${pkg.name}/msw`]: [path.join(ROOT, 'src/msw/index.ts')],
    },
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
    const sf = program.getSourceFile(file)!;
    out[path.basename(file)] = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${at ? `${at.line + 1}:${at.character + 1} ` : ''}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  }
  return out;
}

const blocksOf = (doc: string): string[] => [...fs.readFileSync(path.join(ROOT, 'docs', doc), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

describe('TypeScript in docs/server-guide.md and docs/msw-guide.md', () => {
  it('the entries the guides import are the package exports', () => {
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './server', './msw']));
  });

  it('every ```ts block compiles against the real package; a broken one would not', () => {
    const sources: Record<string, string> = {};
    for (const doc of ['server-guide.md', 'msw-guide.md']) {
      const blocks = blocksOf(doc);
      expect(blocks.length, `${doc} has TypeScript examples`).toBeGreaterThanOrEqual(4);
      blocks.forEach((b, i) => (sources[`${doc.replace('.md', '')}-${i + 1}.mts`] = b));
    }
    // Control: the first server block with a wrong status must fail, or the check proves nothing.
    sources['control.mts'] = sources['server-guide-1.mts']!.replace("{ status: 200, body: { message: `applied", "{ status: 201, body: { message: `applied");
    expect(sources['control.mts']).not.toBe(sources['server-guide-1.mts']);
    const result = typeCheck(sources);
    expect(result['control.mts']!.join('\n')).toMatch(/TS2322/);
    delete result['control.mts'];
    for (const [name, diags] of Object.entries(result)) expect(diags, `${name}:\n${sources[name]}`).toEqual([]);
  }, 60_000);
});
