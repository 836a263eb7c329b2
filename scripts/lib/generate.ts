/**
 * Generation, the chain's step that turns the bundled contract into every
 * file of generated/, in memory (the chain writes them): the bundle as YAML
 * and JSON, the types (scripts/lib/generate-types.ts), the operation table
 * (generate-operations.ts, from generate-tables.ts) and the validators
 * (generate-validators.ts).
 */
import path from 'node:path';
import type { OpenApiDocument, SourceFiles } from './contract.ts';
import { bundleYamlText, sourceHash } from './bundle-text.ts';
import { operationsModule } from './generate-operations.ts';
import { operationTable, serverMessageTable, uniqueOperationIds } from './generate-tables.ts';
import { typesModule } from './generate-types.ts';
import { validatorModules } from './generate-validators.ts';
import { GENERATED_DIR } from './paths.ts';

/**
 * Every generated file, by absolute path, computed in memory. `sources`: the
 * bytes the bundle read (the headers' hash is of those), else read from disk.
 */
export async function generateTargets(doc: OpenApiDocument, sourceFiles: string[], outDir: string = GENERATED_DIR, sources?: SourceFiles): Promise<Map<string, string>> {
  const hash = sourceHash(sourceFiles, sources);
  const ops = operationTable(doc);
  const events = serverMessageTable(doc);
  uniqueOperationIds(ops, events);
  const out = new Map<string, string>();
  const g = (name: string) => path.join(outDir, name);
  out.set(g('openapi.yaml'), bundleYamlText(doc, hash));
  out.set(
    g('openapi.json'),
    `${JSON.stringify({ 'x-generated': { from: 'openapi/', by: 'npm run generate', notice: 'Do not edit: change openapi/ and regenerate.', sourceSha256: hash }, ...doc }, null, 2)}\n`,
  );
  out.set(g('schema.d.ts'), typesModule(doc, hash));
  out.set(g('operations.ts'), operationsModule(doc, ops, events, hash));
  for (const [name, text] of validatorModules(doc, ops, events)) out.set(g(name), text);
  return out;
}
