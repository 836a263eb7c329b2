/**
 * @interactly/connect-call: the typed client of the Connect Call API.
 *
 *   import { createConnectCallClient, ApiError } from '@interactly/connect-call';
 *   const client = createConnectCallClient({ token: process.env.CONNECT_CALL_TOKEN! });
 *   const call = await client.connectCall({ direction: 'outbound', phoneNumberId, customer: { number } });
 */
import type { components, paths } from '../generated/schema.js';

export { createConnectCallClient, DEFAULT_TIMEOUT_MS } from './client.ts';
export type { ConnectCallClient, ConnectCallClientOptions, CallOptions } from './client.ts';
export { ConnectCallError, ApiError, RequestValidationError, TimeoutError, NetworkError, UserAbortError } from './errors.ts';
export type { ValidationIssue, Problem, FieldError } from './errors.ts';
export { operations, servers, defaultServerUrl, contractVersion } from '../generated/operations.ts';
export type { OperationId } from '../generated/operations.ts';
export type { FetchLike } from './transport.ts';

type Schemas = components['schemas'];
/** The body of a Connect Call request. */
export type ConnectCallRequest = Schemas['ConnectCallRequest'];
/** The call record returned by Connect Call. */
export type Call = Schemas['Call'];
export type Assistant = Schemas['Assistant'];
export type AssistantOverrides = Schemas['AssistantOverrides'];
export type Customer = Schemas['Customer'];
export type Metadata = Schemas['Metadata'];
export type Direction = Schemas['Direction'];
export type CallStatus = Schemas['CallStatus'];
export type PhoneVendor = Schemas['PhoneVendor'];
export type { components, paths };
