/**
 * createConnectCallClient: a thin runtime over openapi-fetch. One method per
 * operation of the contract (generated/operations.ts), called as the generated
 * OperationMethods say: path parameters first, then the query, then the body,
 * then per-call options. Bearer auth as an openapi-fetch middleware that only
 * ever talks to trusted origins, optional request and response validation
 * with the precompiled Ajv validators, a timeout, and typed errors. Plus
 * listAllCalls (every page of listCalls) and controlCallAt (a call record's
 * monitor.controlUrl). Web-standard APIs only.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations as OperationTypes, paths } from '../generated/schema.js';
import { defaultServerUrl, routes, serverUrls, servers, validatorModules, type OperationId, type OperationMethods, type ServerName } from '../generated/operations.ts';
import {
  ApiError,
  ConnectCallError,
  NetworkError,
  PageLimitError,
  RequestValidationError,
  ResponseError,
  ResponseValidationError,
  TimeoutError,
  UntrustedUrlError,
  UserAbortError,
  type ValidationIssue,
} from './errors.ts';
import { LightRequest, lightFetch, type FetchLike } from './transport.ts';
import { escapePointer, validatorIssues, type ValidatorLike } from './pointer.ts';

type Schemas = components['schemas'];

export interface ConnectCallClientOptions {
  /**
   * API key from the dashboard, sent as `Authorization: Bearer <token>`. Never
   * logged or put in errors. Default: the INTERACTLY_API_KEY environment
   * variable (where the runtime has `process.env`).
   */
  token?: string;
  /**
   * One of the contract's servers by name: 'production' (the default; calls
   * dial real phone numbers) or 'qa'. Give `server` or `baseUrl`, not both.
   */
  server?: ServerName;
  /**
   * Any other server, e.g. a mock: 'http://127.0.0.1:4010'. Default: the
   * INTERACTLY_BASE_URL environment variable, else the `server` option's URL,
   * else production.
   */
  baseUrl?: string;
  /** Abort a call that has not completed after this many milliseconds. Default 30 000; 0 turns it off. */
  timeoutMs?: number;
  /** A fetch implementation, called as fetch(url, init). Default: globalThis.fetch. */
  fetch?: FetchLike;
  /** Headers sent with every request (the Authorization header is always the client's own). */
  headers?: Record<string, string>;
  /** Check path parameters, the query and the body against the contract before sending. Default true. */
  validateRequests?: boolean;
  /** Check every response body (2xx and errors) and status against the contract. Default false. */
  validateResponses?: boolean;
  /**
   * Origins, besides the baseUrl's and the contract's servers', that may
   * receive the token (controlCallAt's controlUrl, client.raw): exact origins
   * such as "https://calls.example.com", https only (http for loopback hosts).
   */
  trustedOrigins?: readonly string[];
}

export interface CallOptions {
  /** Abort this call; the method then rejects with UserAbortError. */
  signal?: AbortSignal;
  /** Extra headers for this call only. */
  headers?: Record<string, string>;
  /** Overrides the client's timeoutMs for this call. */
  timeoutMs?: number;
}

export interface ListAllCallsOptions extends CallOptions {
  /** Fetch at most this many pages, then throw PageLimitError if the server still reports more. Default 1000. */
  maxPages?: number;
}

/** The query of listCalls (and listAllCalls). */
export type ListCallsQuery = OperationTypes['listCalls']['parameters']['query'];

export type ConnectCallClient = OperationMethods<CallOptions> & {
  /**
   * Every call of every page of listCalls, in order: `for await (const call of
   * client.listAllCalls({ startDate, endDate }))`. Starts at `query.page`
   * (default 1) and asks for `query.size` calls a page (default: the
   * contract's default, 10). Stops after a page with fewer than `size` calls,
   * an empty page, or once `totalCount` calls have been seen; throws
   * PageLimitError after `maxPages` pages. Each page's query is validated.
   */
  listAllCalls(query: ListCallsQuery, options?: ListAllCallsOptions): AsyncGenerator<Schemas['ConversationSummary'], void, undefined>;
  /**
   * POSTs a controlCall body to a call record's `monitor.controlUrl`. The URL
   * must be on a trusted origin (see trustedOrigins), else UntrustedUrlError
   * and nothing is sent. Validated and typed like controlCall.
   */
  controlCallAt(controlUrl: string, body: Schemas['ControlCallRequest'], options?: CallOptions): Promise<Schemas['ControlCallResponse']>;
  /** The underlying openapi-fetch client (typed by path), with the same auth middleware and trusted origins. */
  readonly raw: Client<paths>;
  readonly baseUrl: string;
  /** Every origin the token may be sent to. */
  readonly trustedOrigins: readonly string[];
};

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_PAGES = 1000;

type Validators = Record<string, ValidatorLike | undefined>;
interface Route {
  method: string;
  path: string;
  pathParams: readonly string[];
  query: boolean;
  hasBody: boolean;
  json: boolean;
  validators: { path?: string; query?: string; body?: string; responses: Record<string, string> };
}

/**
 * Each operation's precompiled validators are loaded on the first call that
 * needs them, not at import: bundlers split every operation's module into its
 * own chunk, so an app carries only the validators of what it calls.
 */
const loaded = new Map<OperationId, Promise<Validators>>();
function loadValidators(operationId: OperationId): Promise<Validators> {
  let p = loaded.get(operationId);
  if (!p) {
    p = (validatorModules[operationId]() as unknown as Promise<Validators>).catch((err: unknown) => {
      loaded.delete(operationId); // a failed chunk load (e.g. offline) is tried again on the next call
      throw err;
    });
    loaded.set(operationId, p);
  }
  return p;
}

/** Runs one validator; its issues (pointers under `prefix`) are added to `into`. */
function check(operationId: string, validators: Validators, name: string, value: unknown, prefix: string, into: ValidationIssue[]): void {
  const validate = validators[name];
  if (!validate) throw new ConnectCallError(`${operationId}: the validators module has no ${name} (regenerate the package)`, operationId);
  if (!validate(value)) into.push(...validatorIssues(validate.errors, prefix));
}

/**
 * A path parameter as one path segment: percent-encoded, dots included, so
 * "/", "?", "#" and "%" stay inside the segment. undefined when the value
 * cannot be a segment at all: not a string, empty, or "." / ".." (URL
 * parsers resolve those dot segments even when written %2E%2E).
 */
function pathSegment(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..') return undefined;
  return encodeURIComponent(value).replace(/\./g, '%2E');
}

function pathIssue(name: string, value: unknown): ValidationIssue {
  const dots = value === '.' || value === '..';
  return {
    path: `/path/${escapePointer(name)}`,
    keyword: dots ? 'pattern' : 'type',
    message: dots ? `must not be "${value}" (a dot segment would change which path is requested)` : 'must be a non-empty string',
  };
}

/** openapi-fetch's pathSerializer for client.raw: the same encoding as the client's methods. */
function rawPathSerializer(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return match;
    const segment = pathSegment(typeof value === 'number' ? String(value) : value);
    if (segment === undefined) throw new TypeError(`path parameter "${name}" ${pathIssue(name, value).message}`);
    return segment;
  });
}

const isLoopback = (host: string) => host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

function trustedOrigin(value: unknown): string {
  const fail = (why: string) => new TypeError(`createConnectCallClient: option "trustedOrigins" ${why}, got ${JSON.stringify(value)}`);
  if (typeof value !== 'string' || value.includes('*')) throw fail('must list exact origins (no wildcards) as strings');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail('must list absolute origins such as "https://calls.example.com"');
  }
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    throw fail('must list origins only (scheme://host[:port]), without user info, path, query or fragment');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) throw fail('must use https: (http: only for loopback hosts)');
  return url.origin;
}

function option<T>(name: string, value: T, ok: boolean, expected: string): T {
  if (!ok) throw new TypeError(`createConnectCallClient: option "${name}" ${expected}`);
  return value;
}

/** A query parameter's default, as the contract declares it (the generated route table carries them). */
function queryDefault(operationId: OperationId, name: string): unknown {
  return (routes[operationId] as { queryDefaults?: Record<string, unknown> }).queryDefaults?.[name];
}

interface Init {
  signal: AbortSignal;
  parseAs: 'text';
  body?: unknown;
  headers?: Record<string, string>;
  params?: { query: unknown };
  baseUrl?: string;
}
type RawRequest = (method: string, path: string, init: Init) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The environment variable the token is read from when the `token` option is left out. */
export const ENV_TOKEN = 'INTERACTLY_API_KEY';
/** The environment variable the base URL is read from when neither `baseUrl` nor `server` is given. */
export const ENV_BASE_URL = 'INTERACTLY_BASE_URL';

/** An environment variable where the runtime has one (Node, Bun, Deno's process shim); undefined in browsers. */
function env(name: string): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  return value === undefined || value === '' ? undefined : value;
}

export function createConnectCallClient(options: ConnectCallClientOptions = {}): ConnectCallClient {
  if (options === undefined) options = {};
  if (!options || typeof options !== 'object') throw new TypeError('createConnectCallClient: options must be an object ({ token, server | baseUrl, ... })');
  const token = options.token ?? env(ENV_TOKEN);
  if (token === undefined)
    throw new TypeError(`createConnectCallClient: no API key: pass { token } or set the ${ENV_TOKEN} environment variable (the key comes from the dashboard's API Keys section)`);
  option('token', token, typeof token === 'string' && token.trim().length > 0, `must be a non-empty string (your API key; or leave it out and set ${ENV_TOKEN})`);
  option(
    'server',
    options.server,
    options.server === undefined || Object.hasOwn(serverUrls, options.server),
    `must be one of ${Object.keys(serverUrls)
      .map((n) => JSON.stringify(n))
      .join(', ')}, got ${JSON.stringify(options.server)}`,
  );
  if (options.server !== undefined && options.baseUrl !== undefined) throw new TypeError('createConnectCallClient: give either option "server" or option "baseUrl", not both');
  const chosen = options.baseUrl ?? (options.server !== undefined ? serverUrls[options.server] : (env(ENV_BASE_URL) ?? defaultServerUrl));
  const baseUrl = String(chosen).replace(/\/+$/, '');
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = undefined;
  }
  option(
    'baseUrl',
    baseUrl,
    Boolean(parsed && /^https?:$/.test(parsed.protocol) && !parsed.username && !parsed.password),
    `must be an absolute http(s) URL without user info, got ${JSON.stringify(options.baseUrl)}`,
  );
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  option('timeoutMs', timeoutMs, Number.isFinite(timeoutMs) && timeoutMs >= 0, 'must be a number of milliseconds >= 0 (0 turns the timeout off)');
  const fetchImpl: FetchLike | undefined = options.fetch ?? (globalThis.fetch?.bind(globalThis) as FetchLike | undefined);
  option('fetch', fetchImpl, typeof fetchImpl === 'function', 'must be a function; this runtime has no global fetch');
  const validateRequests = options.validateRequests ?? true;
  const validateResponses = options.validateResponses ?? false;
  option('trustedOrigins', options.trustedOrigins, options.trustedOrigins === undefined || Array.isArray(options.trustedOrigins), 'must be an array of origins');
  // The token goes to these origins only: the baseUrl's, the contract's servers', and the caller's own list.
  const trusted = new Set<string>([parsed!.origin, ...servers.map((s) => new URL(s.url).origin), ...(options.trustedOrigins ?? []).map(trustedOrigin)]);
  const trustedList = Object.freeze([...trusted]);

  const raw = createClient<paths>({
    baseUrl,
    headers: options.headers,
    Request: LightRequest as unknown as typeof Request,
    fetch: lightFetch(fetchImpl!) as unknown as typeof fetch,
    pathSerializer: rawPathSerializer,
  });
  const baseSlash = `${baseUrl}/`;
  // The token lives only in this closure: not on the client, not in errors.
  const auth: Middleware = {
    onRequest({ request }) {
      const url = request.url;
      if (!url.startsWith(baseSlash)) {
        const target = refusal(url);
        if (target) throw new UntrustedUrlError('request', target.origin, target.reason);
      }
      request.headers.set('Authorization', `Bearer ${token}`);
    },
  };
  raw.use(auth);
  const request = (raw as unknown as { request: RawRequest }).request;

  /** Why the token must not go to this URL, or undefined when it may. */
  function refusal(url: unknown): { origin: string | undefined; reason: string } | undefined {
    if (typeof url !== 'string' || url === '') return { origin: undefined, reason: 'the URL must be a non-empty string' };
    const placeholder = /<[^<>]*>/.exec(url);
    if (placeholder) return { origin: undefined, reason: `the URL still contains the placeholder ${placeholder[0]} (the contract's example, not a real call's URL)` };
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return { origin: undefined, reason: 'the URL is not an absolute URL' };
    }
    if (u.username || u.password) return { origin: u.origin, reason: 'the URL carries user info (user:password@)' };
    if (!trusted.has(u.origin))
      return { origin: u.origin, reason: `it is not a trusted origin for the API token (trusted: ${trustedList.join(', ')}; add it to the trustedOrigins option if it is the platform's)` };
    return undefined;
  }

  async function send(
    operationId: OperationId,
    route: Route,
    path: string,
    origin: string | undefined,
    pathValues: Record<string, unknown> | undefined,
    query: unknown,
    body: unknown,
    call: CallOptions | undefined,
    issues: ValidationIssue[] | undefined,
  ): Promise<unknown> {
    const names = route.validators;
    let validators: Validators | undefined;
    if (validateResponses || (validateRequests && (names.path || names.query || names.body))) {
      try {
        validators = await loadValidators(operationId);
      } catch (err) {
        if (issues) throw new RequestValidationError(operationId, issues);
        throw new ConnectCallError(`${operationId}: could not load the validators, nothing was sent (turn validateRequests and validateResponses off to send without them)`, operationId, {
          cause: err,
        });
      }
      if (validateRequests) {
        const found: ValidationIssue[] = issues ?? [];
        if (names.path && pathValues && !issues) check(operationId, validators, names.path, pathValues, '/path', found);
        if (names.query && route.query) check(operationId, validators, names.query, query, '/query', found);
        if (names.body && route.hasBody) check(operationId, validators, names.body, body, '', found);
        if (found.length) issues = found;
      }
    }
    if (issues) throw new RequestValidationError(operationId, issues);
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
      const init: Init = { signal: controller.signal, parseAs: 'text' };
      if (route.hasBody) init.body = body;
      if (route.query) init.params = { query };
      if (call?.headers) init.headers = call.headers;
      if (origin) init.baseUrl = origin;
      const { data, error, response } = await request(route.method, path, init);
      const status = response.status;
      if (!response.ok) {
        const apiError = new ApiError({ operationId, status, body: error, headers: response.headers });
        if (validators) checkResponse(operationId, route, validators, status, error, apiError);
        throw apiError;
      }
      // parseAs 'text': undefined for an empty body (Content-Length 0, 204), else the text.
      const text = data as string | undefined;
      let value: unknown;
      if (route.json) {
        if (!text) throw new ResponseError({ operationId, status, text: '', headers: response.headers, method: route.method });
        try {
          value = JSON.parse(text);
        } catch (err) {
          throw new ResponseError({ operationId, status, text, headers: response.headers, method: route.method, cause: err });
        }
      } else value = text || undefined;
      if (validators && validateResponses) checkResponse(operationId, route, validators, status, value, undefined);
      return value;
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

  function checkResponse(operationId: OperationId, route: Route, validators: Validators, status: number, body: unknown, cause: ApiError | undefined): void {
    if (!validateResponses) return;
    const name = route.validators.responses[String(status)];
    const issues: ValidationIssue[] = [];
    if (!name)
      issues.push({
        path: '',
        keyword: 'status',
        message: `HTTP ${status} is not a status the contract declares for ${operationId} (declared: ${Object.keys(route.validators.responses).join(', ')})`,
      });
    else check(operationId, validators, name, body, '', issues);
    if (issues.length) throw new ResponseValidationError({ operationId, status, issues, body, cause });
  }

  function invoke(operationId: OperationId, route: Route, args: unknown[]): Promise<unknown> {
    let i = 0;
    let path = route.path;
    let issues: ValidationIssue[] | undefined;
    let pathValues: Record<string, unknown> | undefined;
    for (const name of route.pathParams) {
      const value = args[i++];
      const segment = pathSegment(value);
      if (segment === undefined) (issues ??= []).push(pathIssue(name, value));
      else path = path.replace(`{${name}}`, segment);
      (pathValues ??= {})[name] = value;
    }
    const query = route.query ? args[i++] : undefined;
    const body = route.hasBody ? args[i++] : undefined;
    return send(operationId, route, path, undefined, pathValues, query, body, args[i] as CallOptions | undefined, issues);
  }

  const firstPage = queryDefault('listCalls', 'page') as number;
  const pageSize = queryDefault('listCalls', 'size') as number;
  async function* listAllCalls(query: ListCallsQuery, call?: ListAllCallsOptions): AsyncGenerator<Schemas['ConversationSummary'], void, undefined> {
    const maxPages = call?.maxPages ?? DEFAULT_MAX_PAGES;
    if (!(Number.isInteger(maxPages) && maxPages >= 1)) throw new TypeError(`listAllCalls: option "maxPages" must be an integer >= 1, got ${String(maxPages)}`);
    const base = (query ?? {}) as Record<string, unknown>;
    const size = (base['size'] ?? pageSize) as number;
    let page = (base['page'] ?? firstPage) as number;
    for (let fetched = 0; ; fetched++) {
      if (fetched === maxPages) throw new PageLimitError('listCalls', maxPages, page);
      if (call?.signal?.aborted) throw new UserAbortError('listCalls', call.signal.reason);
      const result = (await invoke('listCalls', routes.listCalls, [{ ...base, page, size }, call])) as Schemas['ListCallsResponse'] | undefined;
      const items = Array.isArray(result?.conversations) ? result.conversations : [];
      for (const item of items) yield item;
      const total = result?.totalCount;
      if (items.length === 0 || items.length < size || (typeof total === 'number' && (page - 1) * size + items.length >= total)) return;
      page++;
    }
  }

  async function controlCallAt(controlUrl: string, body: unknown, call?: CallOptions): Promise<unknown> {
    const why = refusal(controlUrl);
    if (why) throw new UntrustedUrlError('controlCall', why.origin, why.reason);
    const url = new URL(controlUrl);
    return send('controlCall', routes.controlCall, url.pathname + url.search, url.origin, undefined, undefined, body, call, undefined);
  }

  const client: Record<string | symbol, unknown> = { listAllCalls, controlCallAt };
  for (const operationId of Object.keys(routes) as OperationId[]) {
    const route = routes[operationId] as Route;
    client[operationId] = (...args: unknown[]) => invoke(operationId, route, args);
  }
  const describe = () => ({ baseUrl, timeoutMs, validateRequests, validateResponses, trustedOrigins: trustedList, operations: Object.keys(routes) });
  Object.defineProperties(client, {
    raw: { value: raw, enumerable: false },
    baseUrl: { value: baseUrl, enumerable: true },
    trustedOrigins: { value: trustedList, enumerable: true },
    toJSON: { value: describe, enumerable: false },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: () => ({ ConnectCallClient: describe() }), enumerable: false },
  });
  return Object.freeze(client) as unknown as ConnectCallClient;
}
