/**
 * @interactly/connect-call/msw: MSW 2.x request handlers for every operation
 * of the contract, for front-end and Node tests with no server process.
 *
 *   import { setupServer } from 'msw/node';            // or setupWorker from 'msw/browser'
 *   import { handlers } from '@interactly/connect-call/msw';
 *   const server = setupServer(...handlers({ examples: { controlCall: 'notApplied' } }));
 *
 * Every request goes through the same checks as the server target (the
 * generated validators): no bearer token is a 401 problem, an invalid body,
 * query or path parameter a 400 problem naming each value by JSON Pointer.
 * `handlers()` answers valid requests with the contract's named examples;
 * `statefulHandlers()` answers from an in-memory store (calls created, got,
 * listed, ended), deterministic given a seed and a clock.
 *
 * msw is a peer dependency of this entry only; the client entry never loads it.
 */
import { http, type HttpHandler } from 'msw';
import { routes, type OperationId } from '../../generated/operations.ts';
import { handleOperation, routePattern, type OperationOptions } from '../server/runtime.ts';
import type { DeclaredStatus, Handler, Handlers, HandlerResult } from '../server/types.ts';
import { createFakeHandlers } from '../fake/handlers.ts';
import { createCallStore, type CallStore, type CallStoreOptions } from '../fake/store.ts';
import { examplesFor } from './examples.ts';

export { createCallStore, steppingClock, CallStore } from '../fake/store.ts';
export type { CallStoreOptions } from '../fake/store.ts';

export interface CommonMockOptions extends Pick<OperationOptions, 'authenticate' | 'validateResponses' | 'onResponseViolation'> {
  /**
   * Where the API is mocked: an origin such as "https://api-qa.interactly.ai",
   * or "*" (the default) for any origin, so the mocks answer whatever baseUrl
   * the client was given.
   */
  baseUrl?: string;
}

export interface ExampleMockOptions extends CommonMockOptions {
  /** The named example each operation answers with (default: its first, as Prism), e.g. `{ controlCall: 'notApplied' }`. */
  examples?: { [K in OperationId]?: string };
  /** Answer an operation with another declared status (its first example), e.g. `{ getCall: 404 }`. */
  status?: { [K in OperationId]?: DeclaredStatus<K> };
}

export interface StatefulMockOptions extends CommonMockOptions, Pick<CallStoreOptions, 'seed' | 'now'> {
  /** The store to answer from (to inspect or pre-fill it in a test). Default: a new one from seed and now. */
  store?: CallStore;
}

const ids = Object.keys(routes) as OperationId[];

function mswRoutes(handlerFor: Handlers, options: CommonMockOptions): HttpHandler[] {
  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  if (base !== '*' && !/^https?:\/\/[^/]+$/.test(base))
    throw new TypeError(`msw: baseUrl must be "*" or an http(s) origin like "https://api-qa.interactly.ai", got ${JSON.stringify(options.baseUrl)}`);
  // Query strings are read the way Prism reads them, so a test gets Prism's verdicts (see QueryReading).
  const opts: OperationOptions = {
    queryReading: 'prism',
    ...(options.authenticate ? { authenticate: options.authenticate } : {}),
    ...(options.validateResponses !== undefined ? { validateResponses: options.validateResponses } : {}),
    ...(options.onResponseViolation ? { onResponseViolation: options.onResponseViolation } : {}),
  };
  return ids.map((id) => {
    const route = routes[id];
    const handler = handlerFor[id] as unknown as Handler<OperationId>;
    return http[route.method](`${base}${routePattern(route.path)}`, ({ request, params }) => {
      const flat: Record<string, string> = {};
      for (const [k, v] of Object.entries(params)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join('/') : String(v);
      return handleOperation(id, request, flat, handler, opts);
    });
  });
}

/** Prism's `Prefer` header: `code=404`, `example=notApplied`, or both. */
function preferred(request: Request): { code?: number; example?: string } {
  const out: { code?: number; example?: string } = {};
  for (const part of (request.headers.get('prefer') ?? '').split(/[,;]/)) {
    const [k, v] = part.split('=').map((s) => s.trim());
    if (k === 'code' && v && /^\d{3}$/.test(v)) out.code = Number(v);
    if (k === 'example' && v) out.example = v.replace(/^"|"$/g, '');
  }
  return out;
}

/**
 * Handlers for every operation answering valid requests with the contract's
 * named examples. Choose an example per operation with `examples`, another
 * declared status with `status`, or per request with Prism's `Prefer` header
 * (`Prefer: code=404` / `Prefer: example=notApplied`).
 */
export function handlers(options: ExampleMockOptions = {}): HttpHandler[] {
  for (const [key, table] of [
    ['examples', options.examples],
    ['status', options.status],
  ] as const) {
    for (const op of Object.keys(table ?? {})) if (!(ids as string[]).includes(op)) throw new TypeError(`msw: ${key}.${op} is not an operation of the contract (operations: ${ids.join(', ')})`);
  }
  const answers = {} as Record<OperationId, Handler<OperationId>>;
  for (const id of ids) {
    const status = (options.status?.[id] as number | undefined) ?? routes[id].status;
    const fixed = examplesFor(id, status);
    const name = options.examples?.[id];
    if (name !== undefined) fixed.body(name); // an unknown name fails here, at setup, naming the choices
    answers[id] = ({ request }) => {
      const prefer = preferred(request);
      const chosen = prefer.code !== undefined ? examplesFor(id, prefer.code) : fixed;
      const body = chosen.body(prefer.example ?? (chosen === fixed ? name : undefined));
      return { status: chosen.status, body, headers: chosen.headers } as unknown as HandlerResult<OperationId>;
    };
  }
  return mswRoutes(answers as unknown as Handlers, options);
}

/**
 * Handlers for every operation answering from an in-memory store, with the
 * reference server's behaviour: connectCall creates a call, getCall returns
 * it (404 for an unknown id), listCalls pages over the calls created,
 * controlCall `end` finishes it. The same seed and clock give the same ids and times.
 */
export function statefulHandlers(options: StatefulMockOptions = {}): HttpHandler[] {
  const store = options.store ?? createCallStore({ ...(options.seed !== undefined ? { seed: options.seed } : {}), ...(options.now ? { now: options.now } : {}) });
  return mswRoutes(createFakeHandlers(store), options);
}
