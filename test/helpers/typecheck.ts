/**
 * Type-check sources as if they were files of a consumer's project: the
 * project's tsconfig options (strict), with the package's entry points (the
 * root, /server and /msw) mapped to their sources. One compiler program for
 * everything given (each program costs seconds). Returns the diagnostics per
 * virtual file, formatted `line:col TSnnnn: message`.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const packageName = (): string => (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;

export function typeCheck(sources: Record<string, string>): Record<string, string[]> {
  const configFile = path.join(ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configFile);
  const name = packageName();
  const options: ts.CompilerOptions = {
    ...parsed.options,
    strict: true,
    noEmit: true,
    paths: {
      [name]: [path.join(ROOT, 'src/index.ts')],
      [`${name}/server`]: [path.join(ROOT, 'src/server/index.ts')],
      [`${name}/msw`]: [path.join(ROOT, 'src/msw/index.ts')],
    },
  };
  const files = new Map(Object.entries(sources).map(([file, text]) => [path.join(ROOT, 'test', file), text]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists.call(host, f);
  host.readFile = (f) => files.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, onError, create) => {
    const text = files.get(f);
    return text !== undefined ? ts.createSourceFile(f, text, lang, true) : getSourceFile.call(host, f, lang, onError, create);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  // Global diagnostics (bad options) would make every result meaningless.
  const global = program.getOptionsDiagnostics().concat(program.getGlobalDiagnostics());
  if (global.length) throw new Error(global.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  const out: Record<string, string[]> = {};
  for (const [file] of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`the compiler did not load ${file}`);
    out[path.basename(file)] = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      return `${at ? `${at.line + 1}:${at.character + 1} ` : ''}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  }
  return out;
}

/** The ```ts blocks of a Markdown file under the project root. */
export const tsBlocks = (file: string): string[] => [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
