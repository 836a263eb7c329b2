/**
 * @interactly/connect-call/server: the contract as a typed server target.
 *
 *   import { createConnectCallServer, type Handlers } from '@interactly/connect-call/server';
 *   const app = createConnectCallServer({ handlers });   // a Hono app: app.fetch(request)
 *
 * Hono is a peer dependency of this entry only; the client entry never loads it.
 */
export { createConnectCallServer } from './app.ts';
export type { ConnectCallServerOptions } from './app.ts';
export { handleOperation, checkRequest, sendResult, responseViolation, readQuery, bearerToken, problem } from './runtime.ts';
export type { OperationOptions, RequestCheckOptions, ResponseCheckOptions, ResponseViolation, ValidatedRequest } from './runtime.ts';
export type { Handlers, Handler, HandlerContext, HandlerResult, DeclaredStatus, PathParams, QueryParams, RequestBody, OperationId } from './types.ts';
