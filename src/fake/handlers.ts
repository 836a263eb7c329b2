/**
 * The fake's behaviour as server handlers: the same functions back the
 * reference server (Hono) and MSW's stateful mode, over one CallStore.
 */
import { problem } from '../server/runtime.ts';
import type { Handlers } from '../server/types.ts';
import type { CallStore } from './store.ts';

const notFound = (id: string) => ({ status: 404 as const, body: problem(404, `No call with ID ${id} exists.`) });

/**
 * Handlers for every operation over `store`. `baseUrl` (default: the origin
 * of each request) is where the API is served; Connect Call's record points
 * its monitor.controlUrl there.
 */
export function createFakeHandlers(store: CallStore, options: { baseUrl?: string } = {}): Handlers {
  return {
    connectCall: ({ body, request }) => ({ status: 200, body: store.create(body, options.baseUrl ?? new URL(request.url).origin) }),
    getCall: ({ params }) => {
      const call = store.get(params.id);
      return call ? { status: 200, body: call } : notFound(params.id);
    },
    listCalls: ({ query }) => ({ status: 200, body: store.list(query) }),
    controlCall: ({ params, body }) => {
      const outcome = store.control(params.id, body);
      return outcome ? { status: 200, body: outcome } : notFound(params.id);
    },
  };
}
