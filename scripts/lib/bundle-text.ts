/**
 * generated/openapi.yaml's text, the source hash every generated file
 * carries, and the generated files' headers: a module that loads nothing
 * heavy, so that what reads or prints the bundle (tests, the bench) does not
 * load generation's libraries (openapi-typescript, TypeScript, Ajv).
 */
import fs from 'node:fs';
import type { OpenApiDocument, SourceFiles } from './contract.ts';
import { hashInputs } from './stamp.ts';
import { yamlPrinter } from './yaml-print.ts';

/**
 * sha256 over the source files (path and bytes), the identity carried in
 * every header: the stamp's hash of a file list, with the bytes a run read
 * (`sources`) where it has them, else from disk.
 */
export function sourceHash(files: string[], sources?: SourceFiles): string {
  return hashInputs(files, (f) => sources?.get(f) ?? fs.readFileSync(f));
}

function header(hash: string, label: string, commentStart: string, commentLine: string, commentEnd: string): string {
  return [commentStart, `${commentLine}Generated from openapi/ by \`npm run generate\`. Do not edit: change openapi/ and regenerate.`, `${commentLine}${label}: ${hash}`, commentEnd]
    .filter((l) => l !== '')
    .join('\n');
}
/**
 * The header of a generated TypeScript or JavaScript file. `label` names what
 * the hash covers: the source files (`source sha256`, the default), or, for
 * the validator modules, only what Ajv compiles (`validator input sha256`),
 * so that an edit to a description leaves them byte for byte as they were.
 */
export const tsHeader = (hash: string, label = 'source sha256') => `${header(hash, label, '/*', ' * ', ' */')}\n`;
const yamlHeader = (hash: string) => `${header(hash, 'source sha256', '', '# ', '')}\n`;

/** One printer per thread: a watcher's saves reprint only the entries that changed (scripts/lib/yaml-print.ts). */
const printer = yamlPrinter();

/**
 * generated/openapi.yaml exactly as written: `yaml`'s print of the document
 * with folding off. An object that appears twice in the document is printed
 * twice, never as a YAML anchor and alias (which many OpenAPI tools do not
 * read); not looking for such objects first is also a quarter of the
 * printer's time (measured: 22 → 16 ms at four operations, 76 → 60 ms at
 * 100, same text).
 */
export function bundleYamlText(doc: OpenApiDocument, hash: string): string {
  return yamlHeader(hash) + printer.print(doc as unknown as Record<string, unknown>);
}
