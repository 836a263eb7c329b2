/**
 * Checking one exchange that went through Prism's validating proxy: Prism's
 * own findings (the `sl-violations` header) turned into JSON Pointers, plus
 * what Prism does not check (the status the scenario expects, the declared
 * media type) and the contract's precompiled Ajv validators on every body.
 */
import { operations, type OperationId } from '../../../generated/operations.ts';
import * as validators from '../../../generated/validators.js';
import { errorPointer, escapePointer, type AjvErrorLike } from '../../../src/pointer.ts';
import { classifyNetworkError, describeProblem, type UpstreamProblem } from './reach.ts';

export interface Violation {
  scenario: string;
  /** Who found it: Prism (sl-violations), the contract's Ajv validators, or verify's own checks. */
  source: 'prism' | 'validator' | 'verify';
  /** Where: response body, response header, response status/media type, the request, or the way to the server. */
  location: 'response.body' | 'response.header' | 'response' | 'request' | 'upstream';
  /** JSON Pointer inside the body (a missing required property at its own path), `/query/<name>` or `/path/<name>` for parameters, or the header name. */
  path: string;
  /** Validation keyword / code: enum, type, required, status, media-type, ... */
  code: string;
  message: string;
}

/** What checkExchange needs to know about the scenario that made the request. */
export interface ExchangeExpectation {
  name: string;
  description: string;
  operationId: OperationId;
  /** The status the contract requires for this request. */
  expectedStatus: string;
  /** The request breaks the contract on purpose: Prism's request violations are expected, not failures. */
  invalidOnPurpose: boolean;
}

/** One entry of Prism's `sl-violations` header. */
export interface PrismViolation {
  location?: unknown[];
  severity?: string;
  code?: unknown;
  message?: string;
}

/** Parse the sl-violations header; a header that is not a JSON array throws (checkExchange reports it). */
export function parseSlViolations(header: string | null): PrismViolation[] {
  if (!header) return [];
  const parsed: unknown = JSON.parse(header);
  if (!Array.isArray(parsed)) throw new Error(`sl-violations is not a JSON array: ${header.slice(0, 200)}`);
  return parsed as PrismViolation[];
}

/**
 * Turn one Prism violation into a JSON Pointer: relative to the body, or
 * `/query/<name>` / `/path/<name>` for a parameter (the contract's own
 * convention for Problem pointers), or the header name.
 *
 * Prism reports a missing required property at its parent, with the name in
 * the message; it is moved to its own path, as the client does. Prism (5.14.2)
 * also lower-cases query parameter names (`startdate`); `parameterNames`, the
 * operation's declared names, restores their spelling.
 */
export function prismViolationPath(v: PrismViolation, parameterNames: readonly string[] = []): { location: Violation['location']; path: string } {
  const loc = (v.location ?? []).map(String);
  const [where, part, ...rest] = loc;
  let segments = rest;
  if (v.code === 'required') {
    const m = /required property '([^']+)'/.exec(v.message ?? '');
    if (m) segments = [...rest, m[1]!];
  }
  const pointer = (segs: string[]): string => (segs.length ? `/${segs.map(escapePointer).join('/')}` : '');
  if (where === 'request') {
    if (part === 'body') return { location: 'request', path: pointer(segments) };
    if (part === 'query' || part === 'path') {
      const [name, ...inner] = segments;
      const declared = name === undefined ? undefined : (parameterNames.find((p) => p.toLowerCase() === name.toLowerCase()) ?? name);
      return { location: 'request', path: pointer([part, ...(declared === undefined ? [] : [declared]), ...inner]) };
    }
    return { location: 'request', path: part === undefined ? '' : pointer([part, ...segments]) };
  }
  if (part === 'body') return { location: 'response.body', path: pointer(segments) };
  if (part === 'header' || part === 'headers') return { location: 'response.header', path: rest.join('.') };
  return { location: 'response', path: pointer(segments) };
}

type AjvValidator = ((d: unknown) => boolean) & { errors?: AjvErrorLike[] | null };

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The generated validator of one declared response, e.g. validateGetCallResponse404. */
export function responseValidator(operationId: OperationId, status: string): AjvValidator | undefined {
  return (validators as unknown as Record<string, AjvValidator | undefined>)[`validate${capitalise(operationId)}Response${status}`];
}

/** Declared names of an operation's path and query parameters. */
export function parameterNames(operationId: OperationId): string[] {
  const op = operations[operationId];
  return [...op.pathParams, ...op.queryParams].map((p) => p.name);
}

/** The title of Prism's own `500 FetchError` answer (it got no usable answer from the upstream), else undefined. */
function prismFetchError(status: number, body: unknown): string | undefined {
  if (status !== 500 || !body || typeof body !== 'object' || (body as { type?: unknown }).type !== 'FetchError') return undefined;
  return String((body as { title?: unknown }).title ?? (body as { detail?: unknown }).detail ?? '');
}

/** Prism answered that it could not reach the upstream (refused, DNS, TLS, timeout, reset): why; else undefined. */
export function prismUnreachable(status: number, bodyText: string): UpstreamProblem | undefined {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  const title = prismFetchError(status, body);
  return title === undefined ? undefined : classifyNetworkError(title);
}

const mediaType = (ct: string): string => ct.split(';')[0]!.trim().toLowerCase();

/** Check one exchange that went through the proxy. Exported so tests can feed it canned answers. */
export function checkExchange(scenario: ExchangeExpectation, status: number, headers: Headers, bodyText: string): Violation[] {
  const out: Violation[] = [];
  const add = (v: Omit<Violation, 'scenario'>): void => {
    if (!out.some((o) => o.location === v.location && o.path === v.path && o.code === v.code)) out.push({ scenario: scenario.name, ...v });
  };
  const op = operations[scenario.operationId];
  const contentType = headers.get('content-type') ?? '';
  let body: unknown;
  let parsed = false;
  try {
    body = bodyText ? JSON.parse(bodyText) : undefined;
    parsed = bodyText.length > 0;
  } catch {
    parsed = false;
  }
  // Prism could not reach the upstream (refused, DNS, TLS, ...) or could not read its answer (invalid JSON): it answers 500 FetchError itself.
  const fetchError = prismFetchError(status, body);
  if (fetchError !== undefined) {
    const problem = classifyNetworkError(fetchError);
    if (problem) add({ source: 'verify', location: 'upstream', path: '', code: 'unreachable', message: `Prism could not reach the server: ${describeProblem(problem)}` });
    else add({ source: 'verify', location: 'upstream', path: '', code: 'upstream', message: `Prism could not get a usable answer from the server: ${fetchError}` });
    return out;
  }
  let prismViolations: PrismViolation[] = [];
  try {
    prismViolations = parseSlViolations(headers.get('sl-violations'));
  } catch (err) {
    add({ source: 'verify', location: 'response', path: '', code: 'sl-violations', message: (err as Error).message });
  }
  const names = parameterNames(scenario.operationId);
  for (const v of prismViolations) {
    const { location, path: p } = prismViolationPath(v, names);
    if (location === 'request') {
      // Deliberately broken requests are expected to be flagged; a valid scenario flagged means verify's own request is stale.
      if (!scenario.invalidOnPurpose)
        add({
          source: 'prism',
          location,
          path: p,
          code: String(v.code ?? 'invalid'),
          message: `the scenario's own request breaks the contract (verify is out of step with it; run npm run generate, and if it persists report it): ${v.message ?? ''}`,
        });
      continue;
    }
    add({ source: 'prism', location, path: p, code: String(v.code ?? (v.severity === 'Warning' ? 'warning' : 'invalid')), message: v.message ?? '' });
  }
  const declared = (op.responses as Record<string, { contentType: string; schema: string } | undefined>)[String(status)];
  if (String(status) !== scenario.expectedStatus) {
    add({
      source: 'verify',
      location: 'response',
      path: '',
      code: 'status',
      message: `expected HTTP ${scenario.expectedStatus} (${scenario.description}), got ${status}${declared ? '' : ` (a status ${scenario.operationId} does not declare)`}`,
    });
  }
  if (declared) {
    if (mediaType(contentType) !== declared.contentType) {
      add({ source: 'verify', location: 'response.header', path: 'content-type', code: 'media-type', message: `HTTP ${status} must be ${declared.contentType}, got ${JSON.stringify(contentType)}` });
    }
    if (!parsed) {
      add({ source: 'verify', location: 'response.body', path: '', code: 'json', message: `HTTP ${status} body is not JSON: ${JSON.stringify(bodyText.slice(0, 120))}` });
    } else {
      const validate = responseValidator(scenario.operationId, String(status));
      if (!validate) {
        add({ source: 'verify', location: 'response', path: '', code: 'validator', message: `generated/validators.js has no validator for ${scenario.operationId} ${status}; run npm run generate` });
      } else if (!validate(body)) {
        for (const e of validate.errors ?? []) {
          const allowed = Array.isArray(e.params['allowedValues']) ? `: ${(e.params['allowedValues'] as unknown[]).join(', ')}` : '';
          add({ source: 'validator', location: 'response.body', path: errorPointer(e), code: e.keyword, message: `${e.message ?? 'is invalid'}${allowed}` });
        }
      }
    }
  }
  return out;
}
