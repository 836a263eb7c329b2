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
  /**
   * The request's id, for support requests: from the problem's `instance`
   * (`urn:request:<id>`, where this contract carries it), else from an
   * `x-request-id` or `request-id` header if the server sends one.
   */
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again, from Retry-After (429 and 503). */
  readonly retryAfter: number | undefined;
  /** Response headers (the response carries no secrets of ours). */
  readonly headers: Record<string, string>;

  constructor(init: { operationId: string; status: number; body: unknown; headers: Headers }) {
    const problem = isProblem(init.body) ? init.body : undefined;
    const fieldErrors = problem && Array.isArray(problem.errors) ? problem.errors : [];
    const requestId = requestIdOf(init.headers, problem);
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

/** One reason a request, a response or a server message does not match the contract. */
export interface ValidationIssue {
  /**
   * JSON Pointer to the offending value: into the body for request bodies
   * ("/direction"), "/path/<name>" and "/query/<name>" for parameters, into
   * the response or message body otherwise. A missing field is reported at
   * its own path.
   */
  path: string;
  message: string;
  /** The JSON Schema keyword that failed: required, enum, type, … */
  keyword: string;
}

const listIssues = (issues: ValidationIssue[], root: string) => issues.map((i) => `${i.path || root} ${i.message}`).join('; ');

/** The request broke the contract (a path parameter, the query or the body); nothing was sent. */
export class RequestValidationError extends ConnectCallError {
  readonly issues: ValidationIssue[];
  constructor(operationId: string, issues: ValidationIssue[]) {
    super(`${operationId}: the request does not match the contract, nothing was sent: ${listIssues(issues, '(body)')}`, operationId);
    this.issues = issues;
  }
}

/** How much of a response body ResponseError keeps. */
const MAX_TEXT = 500;

/**
 * The server answered 2xx, but the body is not what the contract promises:
 * empty, or not JSON. The request may well have taken effect (a connectCall
 * may have placed the call), so find out before sending it again.
 */
export class ResponseError extends ConnectCallError {
  readonly status: number;
  /** The response's Content-Type header, if any. */
  readonly contentType: string | undefined;
  /** The body as text, cut to its first 500 characters ("" when empty). */
  readonly body: string;
  readonly requestId: string | undefined;
  constructor(init: { operationId: string; status: number; text: string; headers: Headers; method: string; cause?: unknown }) {
    const contentType = init.headers.get('content-type') ?? undefined;
    const body = init.text.length > MAX_TEXT ? `${init.text.slice(0, MAX_TEXT)}…` : init.text;
    const what = init.text === '' ? 'an empty body' : `a body that is not JSON (${contentType ?? 'no content-type'}: ${JSON.stringify(body.slice(0, 80))})`;
    const effect =
      init.method === 'get' ? '' : '; the server did accept the request, so it may well have taken effect (for connectCall: the call may well have been placed), find out before sending it again';
    const requestId = requestIdOf(init.headers, undefined);
    super(
      `${init.operationId}: HTTP ${init.status} with ${what} where the contract promises JSON${effect}${requestId ? ` (request id ${requestId})` : ''}`,
      init.operationId,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.status = init.status;
    this.contentType = contentType;
    this.body = body;
    this.requestId = requestId;
  }
}

/**
 * With validateResponses on: a response body (2xx or error) does not match
 * the contract, or its status is not one the contract declares. For an
 * error status, `cause` is the ApiError the client would otherwise throw.
 */
export class ResponseValidationError extends ConnectCallError {
  readonly status: number;
  readonly issues: ValidationIssue[];
  /** The parsed body as received. */
  readonly body: unknown;
  constructor(init: { operationId: string; status: number; issues: ValidationIssue[]; body: unknown; cause?: unknown }) {
    super(
      `${init.operationId}: the HTTP ${init.status} response does not match the contract: ${listIssues(init.issues, '(body)')}`,
      init.operationId,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.status = init.status;
    this.issues = init.issues;
    this.body = init.body;
  }
}

/**
 * A URL the client was asked to send the token to (controlCallAt's
 * controlUrl) is not on a trusted origin, or is not a usable absolute URL.
 * Nothing was sent. Names the origin, never the token or the whole URL.
 */
export class UntrustedUrlError extends ConnectCallError {
  /** The URL's origin ("https://host:port"), when it could be parsed. */
  readonly origin: string | undefined;
  constructor(operationId: string, origin: string | undefined, reason: string) {
    super(`${operationId}: refused to send the request${origin ? ` to ${origin}` : ''}: ${reason}; nothing was sent`, operationId);
    this.origin = origin;
  }
}

/** listAllCalls fetched maxPages pages and the server still had more: it stops rather than loop forever. */
export class PageLimitError extends ConnectCallError {
  readonly maxPages: number;
  /** The page it would have asked for next. */
  readonly nextPage: number;
  constructor(operationId: string, maxPages: number, nextPage: number) {
    super(`${operationId}: stopped after ${maxPages} pages (maxPages) and the server still reports more (next page ${nextPage}); raise maxPages or narrow the query`, operationId);
    this.maxPages = maxPages;
    this.nextPage = nextPage;
  }
}

/**
 * parseServerMessage refused its input: not JSON, too large or too deep,
 * an unknown `message.type`, a forbidden key, or a body that breaks the
 * event's schema. `issues` names each JSON Pointer.
 */
export class InvalidServerMessageError extends ConnectCallError {
  readonly issues: ValidationIssue[];
  /** message.type, when it was a string. */
  readonly messageType: string | undefined;
  constructor(operationId: string, messageType: string | undefined, issues: ValidationIssue[], cause?: unknown) {
    super(`invalid server message${messageType ? ` (${JSON.stringify(messageType.slice(0, 40))})` : ''}: ${listIssues(issues, '(message)')}`, operationId, cause === undefined ? undefined : { cause });
    this.issues = issues;
    this.messageType = messageType;
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

/** Where this contract carries a request id: the Problem's `instance` (`urn:request:<id>`); a request-id header as a fallback. */
function requestIdOf(headers: Headers, problem: Problem | undefined): string | undefined {
  const fromInstance = typeof problem?.instance === 'string' ? /^urn:request:(.+)$/.exec(problem.instance)?.[1] : undefined;
  return fromInstance ?? headers.get('x-request-id') ?? headers.get('request-id') ?? undefined;
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
