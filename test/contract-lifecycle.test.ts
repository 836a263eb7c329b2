/**
 * The lifecycle part of the contract (Get Call, List Calls, Control Call and
 * the server messages) against the platform's pages: their examples, as
 * transcribed in test/fixtures/lifecycle/ from
 * ../shared/reference/calls-lifecycle-reference.md, validate against the
 * bundled schemas; every field they show exists under its wire name; enums,
 * defaults and required-ness are the pages' own; and the decisions taken where
 * the pages disagree hold.
 */
import { describe, expect, it } from 'vitest';
import { bundled, errorPaths, fixture, validatorFor } from './helpers/schemas.ts';
import { resolveRef } from '../scripts/lib/openapi.ts';

const s = bundled.components.schemas;
const deref = (o: any): any => resolveRef(bundled, o);
const getCallExample = fixture('lifecycle/get-call-response.json');
const { messages: _messages, ...listItemExample } = getCallExample;

/** Fields the value shows that the schema (through refs and allOf) does not declare. */
function undeclared(value: any, schema: any, at = ''): string[] {
  schema = deref(schema);
  if (!schema || typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => undeclared(v, schema.items, `${at}/${i}`));
  const parts = [schema, ...(schema.allOf ?? []).map(deref)];
  const props: Record<string, any> = Object.assign({}, ...parts.map((p: any) => p.properties ?? {}));
  if (!Object.keys(props).length && parts.some((p: any) => p.additionalProperties === true)) return [];
  return Object.entries(value).flatMap(([k, v]) => (props[k] ? undeclared(v, props[k], `${at}/${k}`) : [`${at}/${k}`]));
}
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("the pages' examples validate and every field they show is declared", () => {
  const cases: Array<[string, string, unknown]> = [
    ['Get Call 200', 'Conversation', getCallExample],
    ['List Calls 200', 'ListCallsResponse', { totalCount: 10, conversations: [listItemExample] }],
    ['Control Call request', 'ControlCallRequest', fixture('lifecycle/control-call-request.json')],
    ['Control Call 200', 'ControlCallResponse', fixture('lifecycle/control-call-response.json')],
  ];
  const events = fixture('lifecycle/server-messages.json') as Record<string, any>;
  const eventSchema: Record<string, string> = {
    'status-update': 'StatusUpdateMessage',
    'conversation-update': 'ConversationUpdateMessage',
    hang: 'HangMessage',
    'end-of-call-report': 'EndOfCallReportMessage',
    error: 'ErrorMessage',
  };
  for (const [name, body] of Object.entries(events)) cases.push([`server message ${name}`, eventSchema[body.message.type]!, body]);
  it.each(cases)('%s is a valid %s', (_name, schema, value) => {
    const v = validatorFor(schema);
    expect(v(value), JSON.stringify(v.errors)).toBe(true);
    expect(undeclared(value, ref(schema))).toEqual([]);
  });

  it("the webhook pages' Call Object fields are all declared on ServerMessageCall", () => {
    expect(Object.keys(s.ServerMessageCall.properties)).toEqual(expect.arrayContaining(fixture('lifecycle/webhook-call-fields.json')));
  });

  it("the Get Call and List Calls named examples are the pages' examples, unchanged", () => {
    const get = deref(bundled.paths['/calls/v1/conversations/{id}'].get.responses['200']).content['application/json'].examples;
    expect(deref(get.finished).value).toEqual(getCallExample);
    const list = deref(bundled.paths['/calls/v1/conversations'].get.responses['200']).content['application/json'].examples;
    expect(deref(list.firstPage).value).toEqual({ totalCount: 10, conversations: [listItemExample] });
    const control = bundled.paths['/calls/v1/conversations/{id}/control'].post;
    expect(deref(control.requestBody.content['application/json'].examples.say).value).toEqual(fixture('lifecycle/control-call-request.json'));
    expect(deref(deref(control.responses['200']).content['application/json'].examples.applied).value).toEqual(fixture('lifecycle/control-call-response.json'));
  });

  it('every operation and server message has named examples that validate', () => {
    let count = 0;
    const check = (media: any) => {
      const schema = media.schema.$ref.split('/').pop();
      const v = validatorFor(schema);
      expect(Object.keys(media.examples ?? {}).length, `${schema} has named examples`).toBeGreaterThan(0);
      for (const [name, ex] of Object.entries<any>(media.examples)) {
        expect(v(deref(ex).value), `${name}: ${JSON.stringify(v.errors)}`).toBe(true);
        count++;
      }
    };
    for (const item of Object.values<any>(bundled.paths)) {
      for (const op of Object.values<any>(item)) {
        if (!op?.responses) continue;
        if (op.requestBody) check(op.requestBody.content['application/json']);
        for (const r of Object.values<any>(op.responses)) for (const media of Object.values<any>(deref(r).content ?? {})) check(media);
      }
    }
    for (const item of Object.values<any>(bundled.webhooks)) check(deref(deref(item).post.requestBody).content['application/json']);
    expect(count).toBeGreaterThan(30);
  });
});

describe("enums, defaults and required-ness are the pages' own", () => {
  it('List Calls parameters', () => {
    const params = Object.fromEntries(bundled.paths['/calls/v1/conversations'].get.parameters.map((p: any) => [deref(p).name, deref(p)]));
    expect(Object.keys(params)).toEqual(['startDate', 'endDate', 'page', 'size', 'sort']);
    expect(params.startDate).toMatchObject({ in: 'query', required: true, schema: { type: 'string', format: 'date-time' } });
    expect(params.endDate).toMatchObject({ in: 'query', required: true, schema: { type: 'string', format: 'date-time' } });
    expect(params.page).toMatchObject({ required: false, schema: { type: 'integer', default: 1 } });
    expect(params.size).toMatchObject({ required: false, schema: { type: 'integer', default: 10 } });
    expect(params.sort).toMatchObject({ required: false, schema: { enum: ['startAt', 'endAt', 'status', 'conversationId'], default: 'startAt' } });
  });
  it('Get Call and Control Call take the call id in the path', () => {
    for (const p of ['/calls/v1/conversations/{id}', '/calls/v1/conversations/{id}/control']) {
      expect(deref(bundled.paths[p].parameters[0])).toMatchObject({ name: 'id', in: 'path', required: true, schema: { type: 'string' } });
    }
  });
  it("Control Call body and the record's enums", () => {
    expect(s.ControlCallRequest.properties.type.enum).toEqual(['say', 'end', 'forward', 'dtmf', 'sms']);
    expect(s.PhoneCallStatus.enum).toEqual(['trying', 'early-media', 'ringing', 'in-progress', 'busy', 'no-answer', 'failed', 'completed']);
    expect(s.ConversationSummary.properties.callType.enum).toEqual(['web', 'phone']);
    expect(s.ConversationSummary.properties.callEndTriggerBy.enum).toEqual(['user', 'assistant']);
  });
  it('response fields carry no defaults (a default would let a generator invent a value the server never sent)', () => {
    const walk = (node: any, at: string): string[] => {
      node = deref(node);
      if (!node || typeof node !== 'object') return [];
      const here = 'default' in node ? [at] : [];
      return [...here, ...Object.entries<any>(node.properties ?? {}).flatMap(([k, v]) => walk(v, `${at}/${k}`)), ...(node.allOf ?? []).flatMap((p: any, i: number) => walk(p, `${at}/allOf/${i}`))];
    };
    for (const name of ['Conversation', 'ConversationSummary', 'ListCallsResponse', 'ControlCallResponse', 'ServerMessageFields']) expect(walk(ref(name), name)).toEqual([]);
  });
});

describe('where the pages disagree, the contract accepts both', () => {
  const conversation = validatorFor('Conversation');
  it.each(['finished', 'completed'])('a call status of %s is accepted (Get Call says finished, Connect Call completed)', (status) => {
    expect(conversation({ ...getCallExample, status })).toBe(true);
  });
  it('an unknown status is still rejected, at its path', () => {
    expect(conversation({ ...getCallExample, status: 'done' })).toBe(false);
    expect(errorPaths(conversation.errors)).toEqual(['/status']);
  });
  it.each([
    ['ISO 8601 string', '2020-10-05T00:00:00.000Z'],
    ['Unix milliseconds', 1772702490000],
  ])('a message timestamp as %s is accepted', (_kind, timestamp) => {
    expect(conversation({ messages: [{ timestamp }] })).toBe(true);
  });
  it('a message timestamp of another type is rejected at its path', () => {
    expect(conversation({ messages: [{ timestamp: true }] })).toBe(false);
    expect(errorPaths(conversation.errors)).toContain('/messages/0/timestamp');
  });
  it('a server message is told apart by message.type', () => {
    const status = validatorFor('StatusUpdateMessage');
    expect(status({ message: { type: 'hang' } })).toBe(false);
    expect(errorPaths(status.errors)).toEqual(['/message/type']);
    expect(status({ message: {} })).toBe(false);
    expect(errorPaths(status.errors)).toEqual(['/message/type']);
  });
});
