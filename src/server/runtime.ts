/**
 * The contract's request/response discipline for one operation, on
 * web-standard Request and Response only (no framework): bearer token check,
 * path/query/body validation with the generated validators (400
 * problem+json listing every offending value by JSON Pointer), query
 * coercion and defaults, the handler call, and, in development, validation of
 * the handler's answer against the contract.
 *
 * The server target (Hono routes) and the MSW target (MSW routes) both run
 * every request through `handleOperation`, so they answer alike.
 */
import { defaultServerUrl, operations, routes, validatorModules, type OperationId } from '../../generated/operations.ts';
import { validatorIssues, type AjvErrorLike } from '../pointer.ts';
import type { FieldError, Problem } from '../errors.ts';
import type { Handler, HandlerContext, HandlerResult } from './types.ts';

type Validator = ((data: unknown) => boolean) & { errors?: AjvErrorLike[] | null };
type ValidatorModule = Record<string, Validator | undefined>;

const modules = new Map<OperationId, Promise<ValidatorModule>>();
/** The operation's generated validator module, loaded once on first use. */
export function loadValidators(operationId: OperationId): Promise<ValidatorModule> {
  let p = modules.get(operationId);
  if (!p) {
    p = (validatorModules[operationId]() as unknown as Promise<ValidatorModule>).catch((err: unknown) => {
      modules.delete(operationId);
      throw err;
    });
    modules.set(operationId, p);
  }
  return p;
}

function validatorNamed(mod: ValidatorModule, name: string | undefined, operationId: OperationId): Validator | undefined {
  if (!name) return undefined;
  const v = mod[name];
  if (!v) throw new Error(`${operationId}: the generated validators have no ${name} (regenerate)`);
  return v;
}

/** Ajv errors as the contract's FieldErrors, each pointer under `prefix` ("" for the body, "/query", "/path"). */
export function fieldErrors(v: Validator, prefix: string): FieldError[] {
  return validatorIssues(v.errors as AjvErrorLike[] | null | undefined, prefix).map((i) => ({ pointer: i.path, detail: i.message }));
}

const PROBLEMS = {
  400: { type: 'validation-error', title: 'Your request is not valid.' },
  401: { type: 'unauthorized', title: 'Authentication is required.' },
  404: { type: 'not-found', title: 'No such call.' },
  429: { type: 'rate-limited', title: 'Too many requests.' },
  500: { type: 'internal-error', title: 'Something went wrong on our side.' },
} as const;

/** An RFC 9457 problem body of the contract's kind for `status`. */
export function problem(status: keyof typeof PROBLEMS, detail: string, errors?: FieldError[]): Problem {
  const kind = PROBLEMS[status];
  return { type: `${defaultServerUrl}/problems/${kind.type}`, title: kind.title, status, detail, ...(errors?.length ? { errors } : {}) };
}

/** A JSON response with the media type given (application/json or application/problem+json). */
export function jsonResponse(status: number, body: unknown, contentType: string, headers: Record<string, string | number> = {}): Response {
  const h = new Headers();
  for (const [k, v] of Object.entries(headers)) h.set(k, String(v));
  h.set('content-type', contentType);
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: h });
}

export const problemResponse = (p: Problem, headers?: Record<string, string | number>): Response => jsonResponse(p.status, p, 'application/problem+json', headers);

/** The bearer token of an Authorization header, or undefined when there is none or it is not a bearer token. */
export function bearerToken(header: string | null): string | undefined {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return m?.[1];
}

/**
 * Coerce one query value the way a JSON Schema validator with type coercion
 * does (Ajv's coerceTypes): a numeric string becomes a number for an integer
 * or number parameter, "true"/"false" a boolean; anything else stays a string
 * and the validator then reports it. Reading as Prism does, a number too
 * large to represent ("1e400", "Infinity") is accepted as the largest safe
 * one, since Prism's Ajv does not re-check a coerced value.
 */
function coerce(raw: string, type: unknown, reading: QueryReading): unknown {
  if ((type === 'integer' || type === 'number') && raw.trim() !== '' && !Number.isNaN(Number(raw))) {
    const n = Number(raw);
    return Number.isFinite(n) || reading === 'exact' ? n : Math.sign(n) * Number.MAX_SAFE_INTEGER;
  }
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/**
 * How query parameter names are matched. `exact` (the server's default):
 * names are case-sensitive, as OpenAPI has them. `prism`: as the Prism mock
 * reads a query (measured on Prism 5.14.2), which the MSW target copies so a
 * test gets the verdicts Prism would give: names match case-insensitively
 * (a later spelling wins) and an empty value counts as absent.
 */
export type QueryReading = 'exact' | 'prism';

/**
 * The declared query parameters of `operationId` read from `search`: each
 * coerced to its schema type, a repeated one as an array (which the
 * validator then rejects), an absent one with its default filled in.
 */
export function readQuery(operationId: OperationId, search: URLSearchParams, reading: QueryReading = 'exact'): Record<string, unknown> {
  const byName = new Map<string, string[] & { spelling: string }>();
  for (const [k, v] of search) {
    const key = reading === 'prism' ? k.toLowerCase() : k;
    const list = byName.get(key);
    if (list && (reading === 'exact' || list.spelling === k)) list.push(v);
    else byName.set(key, Object.assign([v], { spelling: k }));
  }
  const out: Record<string, unknown> = {};
  for (const p of operations[operationId].queryParams as readonly { name: string; schema: { type?: unknown; default?: unknown } }[]) {
    let values = byName.get(reading === 'prism' ? p.name.toLowerCase() : p.name);
    if (reading === 'prism' && values?.length === 1 && values[0] === '') values = undefined;
    if (values?.length) out[p.name] = values.length === 1 ? coerce(values[0]!, p.schema.type, reading) : values.map((v) => coerce(v, p.schema.type, reading));
    else if (p.schema.default !== undefined) out[p.name] = p.schema.default;
  }
  return out;
}

/** The contract declares application/json request bodies only (parameters such as charset allowed). */
const isJsonMediaType = (ct: string | null): boolean => (ct ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';

export type ValidatedRequest<K extends OperationId> = { ok: true; input: Omit<HandlerContext<K>, 'request' | 'operationId'> } | { ok: false; response: Response };

export interface RequestCheckOptions {
  /**
   * Decides whether a bearer token is accepted. Default: any non-empty bearer
   * token (as Prism does). A request without one is always answered 401.
   */
  authenticate?: (token: string, request: Request) => boolean | Promise<boolean>;
  /** How query parameter names and empty values are read (see QueryReading). Default "exact". */
  queryReading?: QueryReading;
}

/**
 * Check a request against the contract before any handler sees it: 401
 * without an accepted bearer token; 400 listing every invalid path
 * parameter (`/path/<name>`), query parameter (`/query/<name>`) and body
 * field (`/<field>`). On success: the typed, coerced, defaulted input.
 */
export async function checkRequest<K extends OperationId>(operationId: K, request: Request, pathParams: Record<string, string>, opts: RequestCheckOptions = {}): Promise<ValidatedRequest<K>> {
  const token = bearerToken(request.headers.get('authorization'));
  const accepted = token !== undefined && (opts.authenticate ? await opts.authenticate(token, request) : true);
  if (!accepted) {
    const detail = token === undefined ? 'Send a valid API key as `Authorization: Bearer <key>`.' : 'The API key is not accepted.';
    return { ok: false, response: problemResponse(problem(401, detail)) };
  }
  const route = routes[operationId];
  const mod = await loadValidators(operationId);
  const names = route.validators as { path?: string; query?: string; body?: string };
  const errors: FieldError[] = [];

  const params: Record<string, string> = {};
  for (const name of route.pathParams as readonly string[]) if (pathParams[name] !== undefined) params[name] = pathParams[name]!;
  const vPath = validatorNamed(mod, names.path, operationId);
  if (vPath && !vPath(params)) errors.push(...fieldErrors(vPath, '/path'));

  const query = readQuery(operationId, new URL(request.url).searchParams, opts.queryReading);
  const vQuery = validatorNamed(mod, names.query, operationId);
  if (vQuery && !vQuery(query)) errors.push(...fieldErrors(vQuery, '/query'));

  let body: unknown;
  const op = operations[operationId] as { hasBody: boolean; bodyRequired: boolean };
  if (op.hasBody) {
    const text = await request.text();
    if (text.trim() === '') {
      if (op.bodyRequired) errors.push({ pointer: '', detail: 'the request body is required' });
    } else if (!isJsonMediaType(request.headers.get('content-type'))) {
      errors.push({ pointer: '', detail: `Content-Type must be application/json, got ${JSON.stringify(request.headers.get('content-type') ?? '')}` });
    } else {
      let parsed = true;
      try {
        body = JSON.parse(text);
      } catch {
        parsed = false;
        errors.push({ pointer: '', detail: 'the request body is not valid JSON' });
      }
      const vBody = validatorNamed(mod, names.body, operationId);
      if (parsed && vBody && !vBody(body)) errors.push(...fieldErrors(vBody, ''));
    }
  }
  if (errors.length) {
    const where = [...new Set(errors.map((e) => (e.pointer.startsWith('/path/') ? 'path' : e.pointer.startsWith('/query/') ? 'query' : 'body')))];
    return { ok: false, response: problemResponse(problem(400, `The request has ${errors.length} invalid value${errors.length === 1 ? '' : 's'} (${where.join(', ')}).`, errors)) };
  }
  return { ok: true, input: { params, query, body } as unknown as Omit<HandlerContext<K>, 'request' | 'operationId'> };
}

/** A handler's answer that breaks the contract (reported in development). */
export interface ResponseViolation {
  operationId: OperationId;
  status: number;
  /** Why: an undeclared status, or the body's errors by JSON Pointer. */
  errors: FieldError[];
}

export interface ResponseCheckOptions {
  /** Validate every handler answer against the contract. Default: on unless NODE_ENV is "production". */
  validateResponses?: boolean;
  /** Called with each violation found; the client then gets a 500 problem. Default: console.error. */
  onResponseViolation?: (v: ResponseViolation) => void;
}

const env = (): string | undefined => (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.['NODE_ENV'];
const reportViolation = (v: ResponseViolation): void => {
  console.error(`${v.operationId}: the handler's ${v.status} answer breaks the contract: ${v.errors.map((e) => `${e.pointer || '(body)'} ${e.detail}`).join('; ')}`);
};

/** Turn a handler's result into a Response, validating it first unless turned off. */
export async function sendResult<K extends OperationId>(operationId: K, result: HandlerResult<K>, opts: ResponseCheckOptions = {}): Promise<Response> {
  const { status, body } = result as { status: number; body: unknown };
  const headers = ((result as { headers?: Record<string, string | number> }).headers ?? {}) as Record<string, string | number>;
  const declared = (operations[operationId].responses as Record<string, { contentType: string } | undefined>)[String(status)];
  if (opts.validateResponses ?? env() !== 'production') {
    const violation = await responseViolation(operationId, status, body);
    if (violation) {
      (opts.onResponseViolation ?? reportViolation)(violation);
      return problemResponse(problem(500, `The server's ${operationId} answer broke the contract.`));
    }
  }
  return jsonResponse(status, body, declared?.contentType ?? 'application/json', headers);
}

/** Check one answer against the contract: a declared status, and a body its validator accepts. */
export async function responseViolation(operationId: OperationId, status: number, body: unknown): Promise<ResponseViolation | undefined> {
  const name = (routes[operationId].validators.responses as Record<string, string | undefined>)[String(status)];
  if (!name) return { operationId, status, errors: [{ pointer: '', detail: `HTTP ${status} is not a status the contract declares for ${operationId}` }] };
  const v = validatorNamed(await loadValidators(operationId), name, operationId)!;
  return v(body) ? undefined : { operationId, status, errors: fieldErrors(v, '') };
}

export interface OperationOptions extends RequestCheckOptions, ResponseCheckOptions {
  /** Called when a handler throws; the client gets a 500 problem. Default: console.error. */
  onError?: (err: unknown, operationId: OperationId | undefined) => void;
}

/**
 * Answer one request for `operationId`: check it, run the handler with the
 * typed input, check and send its result. A handler that throws gets the
 * client a 500 problem; its error goes to onError, never to the client.
 */
export async function handleOperation<K extends OperationId>(
  operationId: K,
  request: Request,
  pathParams: Record<string, string>,
  handler: Handler<K>,
  opts: OperationOptions = {},
): Promise<Response> {
  const checked = await checkRequest(operationId, request, pathParams, opts);
  if (!checked.ok) return checked.response;
  let result: HandlerResult<K>;
  try {
    result = await handler({ operationId, request, ...checked.input } as HandlerContext<K>);
  } catch (err) {
    (opts.onError ?? ((e: unknown, op: OperationId | undefined) => console.error(`${op}: handler failed:`, e)))(err, operationId);
    return problemResponse(problem(500, `The server failed while handling ${operationId}.`));
  }
  return sendResult(operationId, result, opts);
}

/** The route table as path templates with `:name` parameters (Hono and MSW syntax). */
export function routePattern(path: string): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => `:${name}`);
}
