/** Named examples of the bundled contract (generated/openapi.json), for the tools that send them. */
import fs from 'node:fs';
import path from 'node:path';
import { operations, type OperationId } from '../../generated/operations.ts';
import { resolveRef } from './openapi.ts';
import { GENERATED_DIR } from './paths.ts';

let bundle: Record<string, any> | undefined;

/** A named example of an operation's request body, from the bundled contract; throws naming what is missing. */
export function requestExample(operationId: OperationId, name: string): unknown {
  bundle ??= JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'openapi.json'), 'utf8')) as Record<string, any>;
  const op = operations[operationId];
  const operation = bundle['paths']?.[op.path]?.[op.method];
  const requestBody = resolveRef<any>(bundle, operation?.requestBody);
  const media = requestBody?.content?.[(op as { requestContentType?: string }).requestContentType ?? 'application/json'];
  const example = media?.examples?.[name];
  if (example === undefined)
    throw new Error(`generated/openapi.json has no request example "${name}" for ${operationId} (regenerate, or use one of: ${Object.keys(media?.examples ?? {}).join(', ') || 'none'})`);
  return structuredClone(resolveRef<{ value: unknown }>(bundle, example).value);
}
