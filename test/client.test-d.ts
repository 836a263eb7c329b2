/**
 * Type tests (checked by tsc through vitest's typecheck): the generated types
 * make contract mistakes compile errors, and responses are typed.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  createConnectCallClient,
  isTerminalStatus,
  parseServerMessage,
  type ApiError,
  type Call,
  type components,
  type ConnectCallRequest,
  type ControlCallRequest,
  type ControlCallResponse,
  type Conversation,
  type ConversationStatus,
  type ConversationSummary,
  type ConversationUpdateMessage,
  type EndOfCallReportMessage,
  type ErrorMessage,
  type HangMessage,
  type ListCallsResponse,
  type PhoneCallStatus,
  type Problem,
  type ServerMessage,
  type ServerMessageOf,
  type StatusUpdateMessage,
} from '../src/index.ts';

const client = createConnectCallClient({ token: 't' });
const customer = { number: '+15555550100' };

describe('request types', () => {
  it('accepts the minimal and a rich request', () => {
    expectTypeOf(client.connectCall).toBeCallableWith({ direction: 'outbound', phoneNumberId: 'p', customer });
    expectTypeOf(client.connectCall).toBeCallableWith({
      direction: 'inbound',
      phoneNumberId: 'p',
      customer,
      metadata: { anything: { goes: [1] } },
      assistant: { assistantTemperature: 0.2, startSpeakingOptions: { LiveKitBaseValue: 100 } },
      assistantOverrides: { dynamicVariables: { user_name: 'x' } },
    });
  });

  it('a misspelled field is a compile error', () => {
    // @ts-expect-error phoneNumberID is not phoneNumberId
    void client.connectCall({ direction: 'outbound', phoneNumberID: 'p', customer });
    // @ts-expect-error nested misspelling: liveKitBaseValue is not LiveKitBaseValue
    void client.connectCall({ direction: 'outbound', phoneNumberId: 'p', customer, assistant: { startSpeakingOptions: { liveKitBaseValue: 1 } } });
  });

  it('a wrong enum value is a compile error', () => {
    // @ts-expect-error 'sideways' is not inbound | outbound
    void client.connectCall({ direction: 'sideways', phoneNumberId: 'p', customer });
  });

  it('a missing required field is a compile error', () => {
    // @ts-expect-error customer is required
    void client.connectCall({ direction: 'outbound', phoneNumberId: 'p' });
    // @ts-expect-error direction is required even though it has a default
    void client.connectCall({ phoneNumberId: 'p', customer });
  });

  it('a wrong type is a compile error', () => {
    // @ts-expect-error phoneNumberId is a string
    void client.connectCall({ direction: 'outbound', phoneNumberId: 42, customer });
    // @ts-expect-error assistantMaxTokens is a number
    void client.connectCall({ direction: 'outbound', phoneNumberId: 'p', customer, assistant: { assistantMaxTokens: '256' } });
  });

  it('the friendly names are the generated schema types', () => {
    expectTypeOf<ConnectCallRequest['direction']>().toEqualTypeOf<'inbound' | 'outbound'>();
    expectTypeOf<Parameters<typeof client.connectCall>[0]>().toEqualTypeOf<ConnectCallRequest>();
  });
});

describe('response types', () => {
  it('connectCall resolves to Call', () => {
    expectTypeOf(client.connectCall).returns.resolves.toEqualTypeOf<Call>();
  });
  it('Call fields are typed, optional as the reference leaves them', () => {
    expectTypeOf<Call['status']>().toEqualTypeOf<'queued' | 'ongoing' | 'completed' | 'forwarded' | undefined>();
    expectTypeOf<Call['phoneVendor']>().toEqualTypeOf<'twilio' | 'bandwidth' | undefined>();
    expectTypeOf<NonNullable<Call['monitor']>['controlUrl']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<Call['phoneVendorDetails']>['statusCallbackEvent']>().toEqualTypeOf<string[] | undefined>();
  });
  it('errors carry the typed problem', () => {
    expectTypeOf<ApiError['problem']>().toEqualTypeOf<Problem | undefined>();
    expectTypeOf<Problem['status']>().toEqualTypeOf<number>();
  });
  it('the raw client is typed by path', () => {
    expectTypeOf(client.raw.POST).toBeCallableWith('/calls/v1/conversations/connect', { body: { direction: 'outbound', phoneNumberId: 'p', customer } });
  });
});

describe('the lifecycle methods', () => {
  const query = { startDate: '2024-11-01T00:00:00.000Z', endDate: '2024-11-30T23:59:59.999Z' };

  it('getCall takes the id first and resolves to Conversation', () => {
    expectTypeOf(client.getCall).toBeCallableWith('a12f9c88', { timeoutMs: 5 });
    expectTypeOf(client.getCall).returns.resolves.toEqualTypeOf<Conversation>();
    // @ts-expect-error the id is a string
    void client.getCall(42);
    // @ts-expect-error the id is required
    void client.getCall();
  });

  it('listCalls takes the typed query and resolves to ListCallsResponse', () => {
    expectTypeOf(client.listCalls).toBeCallableWith({ ...query, page: 2, size: 50, sort: 'endAt' });
    expectTypeOf(client.listCalls).returns.resolves.toEqualTypeOf<ListCallsResponse>();
    // @ts-expect-error startDate and endDate are required
    void client.listCalls({ page: 1 });
    // @ts-expect-error page is a number
    void client.listCalls({ ...query, page: '2' });
    // @ts-expect-error sort is an enum
    void client.listCalls({ ...query, sort: 'newest' });
  });

  it('controlCall takes the id, then the body, and resolves to ControlCallResponse', () => {
    expectTypeOf(client.controlCall).toBeCallableWith('a12f9c88', { type: 'say', message: 'hi there' });
    expectTypeOf(client.controlCall).returns.resolves.toEqualTypeOf<ControlCallResponse>();
    expectTypeOf<Parameters<typeof client.controlCall>[1]>().toEqualTypeOf<ControlCallRequest>();
    // @ts-expect-error 'shout' is not a control type
    void client.controlCall('a12f9c88', { type: 'shout', message: 'x' });
    // @ts-expect-error the body comes after the id
    void client.controlCall({ type: 'say', message: 'x' });
    // @ts-expect-error message is required
    void client.controlCall('a12f9c88', { type: 'end' });
  });

  it('listAllCalls iterates ConversationSummary; controlCallAt is typed like controlCall', async () => {
    for await (const call of client.listAllCalls(query, { maxPages: 10 })) expectTypeOf(call).toEqualTypeOf<ConversationSummary>();
    expectTypeOf(client.controlCallAt).toBeCallableWith('https://api-prod.interactly.ai/calls/v1/conversations/x/control', { type: 'end', message: 'bye' });
    expectTypeOf(client.controlCallAt).returns.resolves.toEqualTypeOf<ControlCallResponse>();
    // @ts-expect-error the query is checked here too
    void client.listAllCalls({ startDate: 'x' });
    // @ts-expect-error the body is a ControlCallRequest
    void client.controlCallAt('https://api-prod.interactly.ai/x', { type: 'wave', message: 'x' });
  });

  it('the exported schema types are the generated ones', () => {
    expectTypeOf<ConversationStatus>().toEqualTypeOf<'queued' | 'ongoing' | 'forwarded' | 'finished' | 'completed'>();
    expectTypeOf<PhoneCallStatus>().toEqualTypeOf<components['schemas']['PhoneCallStatus']>();
    expectTypeOf<ListCallsResponse['conversations']>().toEqualTypeOf<ConversationSummary[] | undefined>();
    expectTypeOf<ServerMessage>().toEqualTypeOf<StatusUpdateMessage | ConversationUpdateMessage | HangMessage | EndOfCallReportMessage | ErrorMessage>();
  });
});

describe('server messages', () => {
  it('parseServerMessage returns a ServerMessage narrowed by message.type', () => {
    const m = parseServerMessage('{}');
    expectTypeOf(m).toEqualTypeOf<ServerMessage>();
    const msg = m.message;
    if (msg.type === 'status-update') {
      expectTypeOf(msg.status).toEqualTypeOf<string | undefined>();
    } else if (msg.type === 'error') {
      expectTypeOf(msg.error).toEqualTypeOf<components['schemas']['ServerMessageError'] | undefined>();
      // @ts-expect-error only status-update carries message.status
      void msg.status;
    }
    expectTypeOf<ServerMessageOf<'hang'>>().toEqualTypeOf<HangMessage>();
    expectTypeOf(parseServerMessage).toBeCallableWith(new Uint8Array(), { maxSize: 1024, maxDepth: 16 });
  });

  it('isTerminalStatus narrows to finished | completed', () => {
    const status = {} as ConversationStatus | undefined;
    if (isTerminalStatus(status)) expectTypeOf(status).toEqualTypeOf<'finished' | 'completed'>();
    const callStatus = {} as Call['status'];
    if (isTerminalStatus(callStatus)) expectTypeOf(callStatus).toEqualTypeOf<'completed'>();
  });
});
