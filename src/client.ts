/**
 * createConnectCallClient: a thin runtime over openapi-fetch. One method per
 * operation of the contract (generated/operations.ts), bearer auth as an
 * openapi-fetch middleware, optional request validation with the precompiled
 * Ajv validators, a timeout, and typed errors. Web-standard APIs only.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { defaultServerUrl, routes, validatorModules, type OperationId, type OperationMethods } from '../generated/operations.ts';
import { ApiError, ConnectCallError, NetworkError, RequestValidationError, TimeoutError, UserAbortError, type ValidationIssue } from './errors.ts';
import { LightRequest, lightFetch, type FetchLike } from './transport.ts';
import { errorPointer } from './pointer.ts';

export interface ConnectCallClientOptions {
  /** API key from the dashboard, sent as `Authorization: Bearer <token>`. Never logged or put in errors. */
  token: string;
  /** Server to call. Default: the contract's production server, https://api-prod.interactly.ai. */
  baseUrl?: string;
  /** Abort a call that has not completed after this many milliseconds. Default 30 000; 0 turns it off. */
  timeoutMs?: number;
  /** A fetch implementation, called as fetch(url, init). Default: globalThis.fetch. */
  fetch?: FetchLike;
  /** Headers sent with every request (the Authorization header is always the client's own). */
  headers?: Record<string, string>;
  /** Check request bodies against the contract before sending them. Default true. */
  validateRequests?: boolean;
}

export interface CallOptions {
  /** Abort this call; the method then rejects with UserAbortError. */
  signal?: AbortSignal;
  /** Extra headers for this call only. */
  headers?: Record<string, string>;
  /** Overrides the client's timeoutMs for this call. */
  timeoutMs?: number;
}

export type ConnectCallClient = OperationMethods<CallOptions> & {
  /** The underlying openapi-fetch client (typed by path), with the same auth middleware. */
  readonly raw: Client<paths>;
  readonly baseUrl: string;
};

export const DEFAULT_TIMEOUT_MS = 30_000;

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }> | null };

/**
 * Each operation's precompiled validators are loaded on the first call that
 * needs them, not at import: bundlers split every operation's module into its
 * own chunk, so an app carries only the validators of what it calls.
 */
const loaded = new Map<OperationId, Promise<Record<string, Validator | undefined>>>();
function loadValidators(operationId: OperationId): Promise<Record<string, Validator | undefined>> {
  let p = loaded.get(operationId);
  if (!p) {
    p = (validatorModules[operationId]() as unknown as Promise<Record<string, Validator | undefined>>).catch((err: unknown) => {
      loaded.delete(operationId); // a failed chunk load (e.g. offline) is tried again on the next call
      throw err;
    });
    loaded.set(operationId, p);
  }
  return p;
}

function toIssues(v: Validator): ValidationIssue[] {
  return (v.errors ?? []).map((e) => {
    const path = errorPointer(e);
    const allowed = e.keyword === 'enum' && Array.isArray(e.params['allowedValues']) ? `: ${(e.params['allowedValues'] as unknown[]).join(', ')}` : '';
    return { path, keyword: e.keyword, message: `${e.message ?? 'is invalid'}${allowed}` };
  });
}

function option<T>(name: string, value: T, ok: boolean, expected: string): T {
  if (!ok) throw new TypeError(`createConnectCallClient: option "${name}" ${expected}`);
  return value;
}

export function createConnectCallClient(options: ConnectCallClientOptions): ConnectCallClient {
  if (!options || typeof options !== 'object') throw new TypeError('createConnectCallClient: options are required ({ token })');
  const token = options.token;
  option('token', token, typeof token === 'string' && token.trim().length > 0, 'must be a non-empty string (your API key)');
  const baseUrl = (options.baseUrl ?? defaultServerUrl).replace(/\/+$/, '');
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = undefined;
  }
  option('baseUrl', baseUrl, Boolean(parsed && /^https?:$/.test(parsed.protocol)), `must be an absolute http(s) URL, got ${JSON.stringify(options.baseUrl)}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  option('timeoutMs', timeoutMs, Number.isFinite(timeoutMs) && timeoutMs >= 0, 'must be a number of milliseconds >= 0 (0 turns the timeout off)');
  const fetchImpl: FetchLike | undefined = options.fetch ?? (globalThis.fetch?.bind(globalThis) as FetchLike | undefined);
  option('fetch', fetchImpl, typeof fetchImpl === 'function', 'must be a function; this runtime has no global fetch');
  const validateRequests = options.validateRequests ?? true;

  const raw = createClient<paths>({
    baseUrl,
    headers: options.headers,
    Request: LightRequest as unknown as typeof Request,
    fetch: lightFetch(fetchImpl!) as unknown as typeof fetch,
  });
  // The token lives only in this closure: not on the client, not in errors.
  const auth: Middleware = {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${token}`);
    },
  };
  raw.use(auth);

  async function invoke(operationId: OperationId, body: unknown, call: CallOptions | undefined): Promise<unknown> {
    const op = routes[operationId];
    const validatorName = (op.validators as { body?: string }).body;
    if (validateRequests && op.hasBody && validatorName) {
      let validators: Record<string, Validator | undefined>;
      try {
        validators = await loadValidators(operationId);
      } catch (err) {
        throw new ConnectCallError(`${operationId}: could not load the request validators, nothing was sent (turn validateRequests off to send without them)`, operationId, { cause: err });
      }
      const validate = validators[validatorName];
      if (!validate) throw new ConnectCallError(`${operationId}: the validators module has no ${validatorName} (regenerate the package)`, operationId);
      if (!validate(body)) throw new RequestValidationError(operationId, toIssues(validate));
    }
    const userSignal = call?.signal;
    if (userSignal?.aborted) throw new UserAbortError(operationId, userSignal.reason);
    const limit = call?.timeoutMs ?? timeoutMs;
    if (!(Number.isFinite(limit) && limit >= 0)) throw new TypeError(`${operationId}: option "timeoutMs" must be a number of milliseconds >= 0 (0 turns the timeout off)`);
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      limit > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, limit)
        : undefined;
    const onAbort = () => controller.abort(userSignal?.reason);
    userSignal?.addEventListener('abort', onAbort, { once: true });
    try {
      const init: Record<string, unknown> = { signal: controller.signal };
      if (op.hasBody) init['body'] = body;
      if (call?.headers) init['headers'] = call.headers;
      const { data, error, response } = await (raw as unknown as { request: (m: string, p: string, i: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }> }).request(op.method, op.path, init);
      if (response.ok) return data;
      throw new ApiError({ operationId, status: response.status, body: error, headers: response.headers });
    } catch (err) {
      if (err instanceof ConnectCallError) throw err;
      if (timedOut) throw new TimeoutError(operationId, limit);
      if (userSignal?.aborted) throw new UserAbortError(operationId, userSignal.reason);
      throw new NetworkError(operationId, err);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      userSignal?.removeEventListener('abort', onAbort);
    }
  }

  const client: Record<string | symbol, unknown> = {};
  for (const operationId of Object.keys(routes) as OperationId[]) {
    const hasBody = routes[operationId].hasBody;
    client[operationId] = hasBody
      ? (body: unknown, call?: CallOptions) => invoke(operationId, body, call)
      : (call?: CallOptions) => invoke(operationId, undefined, call);
  }
  const describe = () => ({ baseUrl, timeoutMs, validateRequests, operations: Object.keys(routes) });
  Object.defineProperties(client, {
    raw: { value: raw, enumerable: false },
    baseUrl: { value: baseUrl, enumerable: true },
    toJSON: { value: describe, enumerable: false },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: () => ({ ConnectCallClient: describe() }), enumerable: false },
  });
  return Object.freeze(client) as unknown as ConnectCallClient;
}
