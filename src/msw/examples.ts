/**
 * The contract's named response examples (generated/openapi.json), looked up
 * by operation, status and name, as Prism answers with them. Read from the
 * bundled contract, so an example added to openapi/ is served with no edit.
 */
import spec from '../../generated/openapi.json' with { type: 'json' };
import { operations, type OperationId } from '../../generated/operations.ts';
import { resolveRef } from '../ref.ts';

interface Example {
  value?: unknown;
}
interface ResponseObject {
  headers?: Record<string, { example?: unknown; schema?: { example?: unknown } } & { $ref?: string }>;
  content?: Record<string, { examples?: Record<string, Example & { $ref?: string }>; example?: unknown }>;
}
type Doc = { paths: Record<string, Record<string, { responses?: Record<string, ResponseObject & { $ref?: string }> }>> };

const doc = spec as unknown as Doc;

/** Follow a local `#/...` reference inside the bundled contract. */
function deref<T>(node: T & { $ref?: string }): T {
  try {
    return resolveRef<T>(spec, node);
  } catch (err) {
    throw new Error(`msw: ${(err as Error).message} in the contract`);
  }
}

export interface NamedResponse {
  status: number;
  contentType: string;
  /** The example names for this status, in the contract's order (the first is the default, as in Prism). */
  names: string[];
  body(name?: string): unknown;
  headers: Record<string, string>;
}

/** The examples of one declared status of an operation. */
export function examplesFor(operationId: OperationId, status: number): NamedResponse {
  const op = operations[operationId];
  const declared = (op.responses as Record<string, { contentType: string } | undefined>)[String(status)];
  if (!declared) throw new TypeError(`msw: ${operationId} declares no ${status} response (it declares ${Object.keys(op.responses).join(', ')})`);
  const response = deref(doc.paths[op.path]?.[op.method]?.responses?.[String(status)] ?? {});
  const media = response.content?.[declared.contentType] ?? {};
  const examples = Object.fromEntries(Object.entries(media.examples ?? {}).map(([name, ex]) => [name, deref(ex)]));
  const names = Object.keys(examples);
  const headers: Record<string, string> = {};
  for (const [name, h] of Object.entries(response.headers ?? {})) {
    const header = deref(h);
    const value = header.example ?? header.schema?.example;
    if (value !== undefined) headers[name] = String(value);
  }
  return {
    status,
    contentType: declared.contentType,
    names,
    headers,
    body(name) {
      const chosen = name ?? names[0];
      if (chosen === undefined) {
        if (media.example !== undefined) return media.example;
        throw new TypeError(`msw: ${operationId} has no example for ${status}`);
      }
      const ex = examples[chosen];
      if (!ex) throw new TypeError(`msw: ${operationId} has no ${status} example named ${JSON.stringify(chosen)} (its examples: ${names.join(', ') || 'none'})`);
      return structuredClone(ex.value);
    },
  };
}
