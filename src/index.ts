/**
 * @interactly/connect-call: the typed client of the Calls API, and the
 * receiver of its server messages.
 *
 *   import { createConnectCallClient, ApiError } from '@interactly/connect-call';
 *   // The token comes from INTERACTLY_API_KEY; server: 'qa' for the QA environment.
 *   const client = createConnectCallClient({ server: 'qa' });
 *   const call = await client.connectCall({ direction: 'outbound', phoneNumberId, customer: { number } });
 *   const record = await client.getCall(call.id!);
 */
import type { components, paths } from '../generated/schema.js';

export { createConnectCallClient, ENV_TOKEN, ENV_BASE_URL, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_PAGES } from './client.ts';
export type { ConnectCallClient, ConnectCallClientOptions, CallOptions, ListAllCallsOptions, ListCallsQuery } from './client.ts';
export {
  ConnectCallError,
  ApiError,
  RequestValidationError,
  ResponseError,
  ResponseValidationError,
  UntrustedUrlError,
  PageLimitError,
  InvalidServerMessageError,
  TimeoutError,
  NetworkError,
  UserAbortError,
} from './errors.ts';
export type { ValidationIssue, Problem, FieldError } from './errors.ts';
export { parseServerMessage, DEFAULT_MAX_MESSAGE_SIZE, DEFAULT_MAX_MESSAGE_DEPTH } from './server-messages.ts';
export type { ParseServerMessageOptions, ServerMessageOf } from './server-messages.ts';
export { isTerminalStatus } from './status.ts';
export type { TerminalStatus } from './status.ts';
export { operations, servers, serverUrls, serverMessages, defaultServerUrl, contractVersion } from '../generated/operations.ts';
export type { ServerName } from '../generated/operations.ts';
export type { OperationId, ServerMessage, ServerMessageType } from '../generated/operations.ts';
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
/** A call as Get Call returns it, with its transcript. */
export type Conversation = Schemas['Conversation'];
/** A call as List Calls returns it (Conversation without `messages`). */
export type ConversationSummary = Schemas['ConversationSummary'];
export type ConversationMessage = Schemas['ConversationMessage'];
export type ConversationAnalysis = Schemas['ConversationAnalysis'];
export type CallMonitor = Schemas['CallMonitor'];
/** One page of List Calls. */
export type ListCallsResponse = Schemas['ListCallsResponse'];
export type ControlCallRequest = Schemas['ControlCallRequest'];
export type ControlCallResponse = Schemas['ControlCallResponse'];
export type ConversationStatus = Schemas['ConversationStatus'];
export type PhoneCallStatus = Schemas['PhoneCallStatus'];
/** The call object inside a server message. */
export type ServerMessageCall = Schemas['ServerMessageCall'];
export type StatusUpdateMessage = Schemas['StatusUpdateMessage'];
export type ConversationUpdateMessage = Schemas['ConversationUpdateMessage'];
export type HangMessage = Schemas['HangMessage'];
export type EndOfCallReportMessage = Schemas['EndOfCallReportMessage'];
export type ErrorMessage = Schemas['ErrorMessage'];
export type { components, paths };
