/**
 * The errors a Connect Call client throws. Every one extends ConnectCallError,
 * so `catch (e) { if (e instanceof ConnectCallError) … }` catches them all, and
 * each subclass can be told apart with `instanceof`. None of them carries the
 * API token or the request's headers.
 */
import type { components } from '../generated/schema.d.ts';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** Base class of every error this package throws. */
export class ConnectCallError extends Error {
  /** The operation that failed, e.g. "connectCall". */
  readonly operationId: string;
  constructor(message: string, operationId: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.operationId = operationId;
  }
}

/** The API answered with a non-2xx status. */
export class ApiError extends ConnectCallError {
  /** HTTP status code, e.g. 400, 401, 429, 500. */
  readonly status: number;
  /** The parsed RFC 9457 problem body, when the server sent one. */
  readonly problem: Problem | undefined;
  /** Field errors from the problem body (empty when there are none). */
  readonly fieldErrors: FieldError[];
  /** The response body as received: parsed JSON, or text when it was not JSON. */
  readonly body: unknown;
  /** The server's request id (x-request-id / request-id header), for support requests. */
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again, from Retry-After (429 and 503). */
  readonly retryAfter: number | undefined;
  /** Response headers (the response carries no secrets of ours). */
  readonly headers: Record<string, string>;

  constructor(init: { operationId: string; status: number; body: unknown; headers: Headers }) {
    const problem = isProblem(init.body) ? init.body : undefined;
    const fieldErrors = problem && Array.isArray(problem.errors) ? problem.errors : [];
    const requestId = init.headers.get('x-request-id') ?? init.headers.get('request-id') ?? undefined;
    const summary = problem
      ? `${problem.title}${problem.detail ? ` ${problem.detail}` : ''}`
      : typeof init.body === 'string' && init.body
        ? init.body.slice(0, 200)
        : 'no problem details in the response';
    const fields = fieldErrors.length ? ` [${fieldErrors.map((f) => `${f.pointer}: ${f.detail}`).join('; ')}]` : '';
    super(`${init.operationId} failed with HTTP ${init.status}: ${summary}${fields}${requestId ? ` (request id ${requestId})` : ''}`, init.operationId);
    this.status = init.status;
    this.problem = problem;
    this.fieldErrors = fieldErrors;
    this.body = init.body;
    this.requestId = requestId;
    this.retryAfter = parseRetryAfter(init.headers.get('retry-after'));
    this.headers = Object.fromEntries(init.headers);
  }
}

/** One reason a request body does not match the contract. */
export interface ValidationIssue {
  /** JSON Pointer to the offending value in the body, e.g. "/direction"; a missing field is reported at its own path. */
  path: string;
  message: string;
  /** The JSON Schema keyword that failed: required, enum, type, … */
  keyword: string;
}

/** The request body broke the contract; nothing was sent. */
export class RequestValidationError extends ConnectCallError {
  readonly issues: ValidationIssue[];
  constructor(operationId: string, issues: ValidationIssue[]) {
    super(`${operationId}: the request body does not match the contract, nothing was sent: ${issues.map((i) => `${i.path || '(body)'} ${i.message}`).join('; ')}`, operationId);
    this.issues = issues;
  }
}

/** No complete response arrived within timeoutMs. The call may or may not have been placed. */
export class TimeoutError extends ConnectCallError {
  readonly timeoutMs: number;
  constructor(operationId: string, timeoutMs: number) {
    super(`${operationId}: no response within ${timeoutMs} ms; the request was aborted (the call may still have been placed)`, operationId);
    this.timeoutMs = timeoutMs;
  }
}

/** The request could not be sent or the connection failed (DNS, refused, reset, bad response). */
export class NetworkError extends ConnectCallError {
  constructor(operationId: string, cause: unknown) {
    const why = cause instanceof Error ? (cause.cause instanceof Error ? `${cause.message}: ${cause.cause.message}` : cause.message) : String(cause);
    super(`${operationId}: network error: ${why}`, operationId, { cause });
  }
}

/** The caller's AbortSignal aborted the request. */
export class UserAbortError extends ConnectCallError {
  constructor(operationId: string, reason: unknown) {
    super(`${operationId}: aborted by the caller`, operationId, { cause: reason });
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as Problem).status === 'number' && typeof (body as Problem).title === 'string';
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
