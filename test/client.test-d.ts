/**
 * Type tests (checked by tsc through vitest's typecheck): the generated types
 * make contract mistakes compile errors, and responses are typed.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { createConnectCallClient, type Call, type ConnectCallRequest, type ApiError, type Problem } from '../src/index.ts';

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
