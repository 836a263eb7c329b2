/** Named examples of the bundled contract (generated/openapi.json), for the tools that send them. */
import fs from 'node:fs';
import path from 'node:path';
import { operations, type OperationId } from '../../generated/operations.ts';
import { resolveRef } from './openapi.ts';
import { GENERATED_DIR } from './paths.ts';

let bundle: Record<string, any> | undefined;
const loaded = (): Record<string, any> => (bundle ??= JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'openapi.json'), 'utf8')) as Record<string, any>);

/** The example `name` of a media type object, its value copied; throws naming what is missing. */
function exampleValue(media: any, name: string, kind: string, operationId: string): unknown {
  const example = media?.examples?.[name];
  if (example === undefined)
    throw new Error(`generated/openapi.json has no ${kind} example "${name}" for ${operationId} (regenerate, or use one of: ${Object.keys(media?.examples ?? {}).join(', ') || 'none'})`);
  return structuredClone(resolveRef<{ value: unknown }>(loaded(), example).value);
}

/** A named example of an operation's request body, from the bundled contract; throws naming what is missing. */
export function requestExample(operationId: OperationId, name: string): unknown {
  const doc = loaded();
  const op = operations[operationId];
  const requestBody = resolveRef<any>(doc, doc['paths']?.[op.path]?.[op.method]?.requestBody);
  const media = requestBody?.content?.[(op as { requestContentType?: string }).requestContentType ?? 'application/json'];
  return exampleValue(media, name, 'request', operationId);
}

/** A named example of an operation's response body for `status` (application/json), from the bundled contract; throws naming what is missing. */
export function responseExample(operationId: OperationId, status: string, name: string): unknown {
  const doc = loaded();
  const op = operations[operationId];
  const response = resolveRef<any>(doc, doc['paths']?.[op.path]?.[op.method]?.responses?.[status]);
  return exampleValue(response?.content?.['application/json'], name, `${status} response`, operationId);
}
