/**
 * What a fuzz case is: its kind, the request it sends (or the server message
 * it is), what the contract expects of it, and the options a run takes; and
 * the contract's targets as the planning modules read them (generated/operations.ts
 * `operations` and `serverMessages`).
 */
import { type operations, serverMessages, type OperationId } from '../../../generated/operations.ts';
import type { Schema } from './contract-schemas.ts';

export type CaseKind =
  // bodies (operations and server messages)
  | 'valid'
  | 'missing-required'
  | 'wrong-type'
  | 'enum-violation'
  | 'malformed-json'
  | 'wrong-content-type'
  | 'empty-body'
  | 'not-an-object'
  | 'deep-valid'
  | 'deep-invalid'
  | 'big-valid'
  | 'big-invalid'
  // path parameters
  | 'path-valid'
  | 'path-invalid'
  // query parameters
  | 'query-valid'
  | 'query-invalid-value'
  | 'query-missing-required'
  | 'query-repeated'
  | 'query-unknown'
  | 'query-name-case'
  | 'query-date-time-edge'
  // left out unless asked for (known-issues.ts)
  | 'known-prism-defect';

export interface FuzzCase {
  index: number;
  /** An operationId, or a server message's operationId. */
  target: string;
  channel: 'http' | 'message';
  kind: CaseKind;
  /** What the contract says of the request (the client side must say the same). */
  expected: 'accept' | 'reject';
  /** What was done to the valid request. */
  description: string;
  /** HTTP method (upper case); "POST" for a server message. */
  method: string;
  /** Path and query exactly as sent, before any URL normalisation; '' for a server message. */
  url: string;
  contentType: string | null;
  /** null: no body is sent. */
  body: string | null;
  /** The JSON Pointer the mutation broke, when there is one: the judges must name it. */
  pointer?: string;
}

export interface CaseOptions {
  /** Deepest nesting generated (default 10 000; beyond KNOWN_PRISM_DEFECTS' depths, harmless at log level warn). */
  maxDepth?: number;
  /** Size of the several-MB bodies (default 3 MB). */
  bigBytes?: number;
  /** Add cases that trip KNOWN_PRISM_DEFECTS (they make the run fail). */
  includeKnownDefects?: boolean;
  /** Only this target (an operationId or a server message's operationId). */
  target?: string;
}

export type Op = (typeof operations)[OperationId];
export interface Param {
  name: string;
  required: boolean;
  schema: Schema;
}
export type Part = 'body' | 'path' | 'query';

/** Every target: the operations, then the server messages, by their operationIds. */
export const messageByOperationId = (id: string) => Object.values(serverMessages).find((m) => m.operationId === id);

export const partsOf = (op: Op): Part[] => [
  ...(op.hasBody && 'requestSchema' in op ? (['body'] as const) : []),
  ...(op.pathParams.length ? (['path'] as const) : []),
  ...(op.queryParams.length ? (['query'] as const) : []),
];
