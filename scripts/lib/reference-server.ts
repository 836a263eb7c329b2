/**
 * The reference server: the package's server target (createConnectCallServer)
 * with the in-memory fake's handlers, served on Node by @hono/node-server.
 * It lives in the repository, not in the package: `npm run mock -- --stateful`
 * serves it, and verify checks it against the contract.
 */
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createConnectCallServer } from '../../src/server/index.ts';
import type { ResponseViolation } from '../../src/server/index.ts';
import { createCallStore, type CallStore, type CallStoreOptions } from '../../src/fake/store.ts';
import { createFakeHandlers } from '../../src/fake/handlers.ts';

export interface ReferenceServerOptions extends Pick<CallStoreOptions, 'seed' | 'now'> {
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** Port; 0 (the default) picks a free one. */
  port?: number;
  /** Accept only these bearer tokens. Default: any non-empty bearer token, as Prism does. */
  tokens?: readonly string[];
  /** Told about every answer of the fake that breaks the contract (it then sends 500). Default: console.error. */
  onResponseViolation?: (v: ResponseViolation) => void;
}

export interface ReferenceServer {
  /** e.g. http://127.0.0.1:4010 (no trailing slash). */
  url: string;
  store: CallStore;
  close(): Promise<void>;
}

export async function startReferenceServer(opts: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`reference server: port must be an integer 0-65535, got ${String(port)}`);
  const store = createCallStore({ ...(opts.seed !== undefined ? { seed: opts.seed } : {}), ...(opts.now ? { now: opts.now } : {}) });
  const tokens = opts.tokens;
  const app = createConnectCallServer({
    handlers: createFakeHandlers(store),
    validateResponses: true,
    ...(tokens ? { authenticate: (token: string) => tokens.includes(token) } : {}),
    ...(opts.onResponseViolation ? { onResponseViolation: opts.onResponseViolation } : {}),
  });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host, port });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`reference server: ${host}:${port} is already in use (stop what uses it, or pass another port)`) : err),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    store,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      })),
  };
}
