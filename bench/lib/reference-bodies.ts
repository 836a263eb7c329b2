/**
 * The bodies the benchmarks send and answer with: the contract's own examples
 * of Connect Call, read from the committed bundle (generated/openapi.json):
 * the request with every field the reference page shows
 * (`ConnectCallRequestFull`) and the queued call it answers (`CallQueued`).
 * The tests keep their own transcription of the page in test/fixtures/ and
 * check that it equals these; the bench, a tool, reads nothing under test/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './proc.ts';

export const REQUEST_EXAMPLE = 'ConnectCallRequestFull';
export const RESPONSE_EXAMPLE = 'CallQueued';

export interface ReferenceBodies {
  request: Record<string, unknown>;
  response: Record<string, unknown>;
}

export function referenceBodies(): ReferenceBodies {
  const file = path.join(ROOT, 'generated', 'openapi.json');
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { components?: { examples?: Record<string, { value?: unknown }> } };
  const value = (name: string): Record<string, unknown> => {
    const v = doc.components?.examples?.[name]?.value;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`bench: ${path.relative(ROOT, file)} has no object example components.examples.${name}.value`);
    return v as Record<string, unknown>;
  };
  return { request: value(REQUEST_EXAMPLE), response: value(RESPONSE_EXAMPLE) };
}
