/**
 * createConnectCallServer: the contract's operations as a Hono app. Hono does
 * the routing (one route per entry of the generated `routes` table) and runs
 * on any web-standard runtime; every request goes through handleOperation
 * (token check, validation, handler, response check). The app is a plain
 * Hono instance: add middleware (logging, CORS) or mount it in a larger app.
 */
import { Hono } from 'hono';
import { routes, type OperationId } from '../../generated/operations.ts';
import { handleOperation, problem, problemResponse, routePattern, type OperationOptions } from './runtime.ts';
import type { Handler, Handlers } from './types.ts';

export interface ConnectCallServerOptions extends OperationOptions {
  /** One handler per operationId of the contract. A missing one is an error at start-up, not a 404 later. */
  handlers: Handlers;
}

/** Build the Hono app serving every operation of the contract with `handlers`. */
export function createConnectCallServer(options: ConnectCallServerOptions): Hono {
  if (!options || typeof options !== 'object' || !options.handlers || typeof options.handlers !== 'object') {
    throw new TypeError('createConnectCallServer: options.handlers is required (one handler per operationId)');
  }
  const ids = Object.keys(routes) as OperationId[];
  const missing = ids.filter((id) => typeof options.handlers[id] !== 'function');
  if (missing.length) throw new TypeError(`createConnectCallServer: no handler for ${missing.join(', ')} (options.handlers needs one function per operationId)`);
  const extra = Object.keys(options.handlers).filter((k) => !(ids as string[]).includes(k));
  if (extra.length) throw new TypeError(`createConnectCallServer: ${extra.join(', ')} is not an operation of the contract (operations: ${ids.join(', ')})`);

  const app = new Hono();
  for (const id of ids) {
    const route = routes[id];
    const handler = options.handlers[id] as unknown as Handler<OperationId>;
    app.on(route.method.toUpperCase(), routePattern(route.path), (c) => handleOperation(id, c.req.raw, c.req.param() as Record<string, string>, handler, options));
  }
  app.notFound((c) => problemResponse({ ...problem(404, `No operation of the contract matches ${c.req.method} ${new URL(c.req.url).pathname}.`), title: 'Not found.' }));
  app.onError((err, c) => {
    (options.onError ?? ((e: unknown) => console.error('connect-call server:', e)))(err, undefined);
    return problemResponse(problem(500, `The server failed on ${c.req.method} ${new URL(c.req.url).pathname}.`));
  });
  return app;
}
