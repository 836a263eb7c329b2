/**
 * The contract against the published reference: the reference's own example
 * request and response (transcribed in test/fixtures/) validate against the
 * bundled schemas; required fields, enums and types are enforced and each
 * rejection names the JSON path.
 */
import { describe, expect, it } from 'vitest';
import { bundled, errorPaths, fixture, schemaAt, validatorFor } from './helpers/schemas.ts';
import { resolveRef } from '../scripts/lib/openapi.ts';
import { escapePointer } from '../src/pointer.ts';

const request = validatorFor('ConnectCallRequest');
const call = validatorFor('Call');
const problem = validatorFor('Problem');
const referenceRequest = fixture('reference-request.json');
const referenceResponse = fixture('reference-response.json');

const clone = <T>(v: T): T => structuredClone(v);

describe('reference examples', () => {
  it('the reference request validates against ConnectCallRequest', () => {
    expect(request(referenceRequest), JSON.stringify(request.errors)).toBe(true);
  });
  it('the reference response validates against Call', () => {
    expect(call(referenceResponse), JSON.stringify(call.errors)).toBe(true);
  });
  it('the minimal request (required fields only) validates', () => {
    const minimal = fixture('minimal-request.json');
    expect(Object.keys(minimal).sort()).toEqual(['customer', 'direction', 'phoneNumberId']);
    expect(request(minimal)).toBe(true);
  });
  it('keeps the reference wire names exactly, including the odd ones', () => {
    const s = bundled.components.schemas;
    expect(Object.keys(s.StartSpeakingOptions.properties)).toEqual(expect.arrayContaining(['LiveKitBaseValue', 'LiveKitScaleValue', 'onNoPunctuationSeconds', 'smartEndpointing']));
    expect(s.Assistant.properties).toHaveProperty('assistantLLMUrl');
    expect(s.SpeechToText.properties.languages.type).toBe('string');
  });
  it('marks exactly the reference required fields', () => {
    const s = bundled.components.schemas;
    expect(s.ConnectCallRequest.required).toEqual(['direction', 'phoneNumberId', 'customer']);
    expect(s.ControlCallRequest.required).toEqual(['type', 'message']);
    // Server messages: the envelope and its `type` are required by this
    // contract's own decision (a message is told apart by its type); the
    // pages mark nothing else.
    const events = ['StatusUpdateMessage', 'ConversationUpdateMessage', 'HangMessage', 'EndOfCallReportMessage', 'ErrorMessage'];
    for (const name of events) {
      expect(s[name].required).toEqual(['message']);
      expect(s[name].properties.message.allOf[1].required).toEqual(['type']);
    }
    for (const [name, schema] of Object.entries<any>(s)) {
      if (['ConnectCallRequest', 'ControlCallRequest', 'Problem', 'FieldError', ...events].includes(name)) continue;
      expect(schema.required, `${name} must not invent required fields`).toBeUndefined();
    }
  });
  it('carries the enums and defaults the reference lists', () => {
    const s = bundled.components.schemas;
    // The reference's defaults are kept as x-reference-default, not as a JSON
    // Schema `default` (a required request field and response fields: see
    // Direction.yaml for why), so no generator fills them in.
    expect(s.Direction).toMatchObject({ enum: ['inbound', 'outbound'], 'x-reference-default': 'outbound' });
    expect(s.CallStatus).toMatchObject({ enum: ['queued', 'ongoing', 'completed', 'forwarded'], 'x-reference-default': 'queued' });
    expect(s.PhoneVendor).toMatchObject({ enum: ['twilio', 'bandwidth'], 'x-reference-default': 'twilio' });
    for (const name of ['Direction', 'CallStatus', 'PhoneVendor']) expect(s[name].default, name).toBeUndefined();
    expect(s.Call.properties.createdAt.format).toBe('date-time');
    expect(s.Call.properties.updatedAt.format).toBe('date-time');
  });
});

describe('defaults', () => {
  // Lint checks every default of the bundle it makes (scripts/lib/lint-values.ts);
  // this checks the COMMITTED bundle, independently, and the reference's own
  // defaults kept as x-reference-default too.
  it('every default and x-reference-default in the components is valid against its own schema', () => {
    const found: string[] = [];
    const walk = (node: unknown, pointer: string): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${pointer}/${i}`));
      const o = node as Record<string, unknown>;
      for (const key of ['default', 'x-reference-default']) {
        if (!(key in o) || !('type' in o || 'enum' in o || '$ref' in o)) continue;
        const v = schemaAt(pointer);
        expect(v(o[key]), `${pointer}/${key} = ${JSON.stringify(o[key])}: ${JSON.stringify(v.errors)}`).toBe(true);
        found.push(`${pointer}/${key}`);
      }
      for (const [k, child] of Object.entries(o)) if (k !== 'example' && k !== 'examples' && k !== 'value') walk(child, `${pointer}/${escapePointer(k)}`);
    };
    walk(bundled.components, '/components');
    expect(found).toEqual(
      expect.arrayContaining([
        '/components/parameters/Page/schema/default',
        '/components/parameters/Size/schema/default',
        '/components/parameters/Sort/schema/default',
        '/components/schemas/Direction/x-reference-default',
        '/components/schemas/CallStatus/x-reference-default',
        '/components/schemas/PhoneVendor/x-reference-default',
      ]),
    );
    // And it would catch one: a default outside its enum fails.
    expect(schemaAt('/components/parameters/Sort/schema')('sideways')).toBe(false);
  });
});

describe('every field of the reference example exists in the schema', () => {
  // Walk the reference JSON and the schema together: a field the reference
  // shows but the contract lacks (or a typo in a wire name) fails here.
  const resolve = (schema: any): any => resolveRef(bundled, schema);
  const missing: string[] = [];
  const walk = (value: any, schema: any, at: string) => {
    schema = resolve(schema);
    if (schema?.additionalProperties === true && !schema.properties) return; // free-form by design
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, schema?.items, `${at}/${i}`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const prop = schema?.properties?.[k];
        if (!prop) missing.push(`${at}/${k}`);
        else walk(v, prop, `${at}/${k}`);
      }
    }
  };
  it('request', () => {
    missing.length = 0;
    walk(referenceRequest, { $ref: '#/components/schemas/ConnectCallRequest' }, '');
    expect(missing).toEqual([]);
  });
  it('response', () => {
    missing.length = 0;
    walk(referenceResponse, { $ref: '#/components/schemas/Call' }, '');
    expect(missing).toEqual([]);
  });
});

describe('rejections name the JSON path', () => {
  it.each(['direction', 'phoneNumberId', 'customer'])('missing required field %s', (field) => {
    const body = clone(referenceRequest);
    delete body[field];
    expect(request(body)).toBe(false);
    expect(errorPaths(request.errors)).toContain(`/${field}`);
  });

  it.each([['request', '/direction', (b: any) => (b.direction = 'sideways')]])('%s enum violated at %s', (_kind, path, edit) => {
    const body = clone(referenceRequest);
    edit(body);
    expect(request(body)).toBe(false);
    expect(errorPaths(request.errors)).toEqual([path]);
  });

  it.each([
    ['/status', (b: any) => (b.status = 'dialling')],
    ['/phoneVendor', (b: any) => (b.phoneVendor = 'vonage')],
    ['/direction', (b: any) => (b.direction = 'OUTBOUND')],
  ])('response enum violated at %s', (path, edit) => {
    const body = clone(referenceResponse);
    edit(body);
    expect(call(body)).toBe(false);
    expect(errorPaths(call.errors)).toEqual([path]);
  });

  it.each([
    ['/phoneNumberId', (b: any) => (b.phoneNumberId = 42)],
    ['/customer', (b: any) => (b.customer = 'Jane')],
    ['/metadata', (b: any) => (b.metadata = ['not', 'an', 'object'])],
    ['/assistant/assistantTemperature', (b: any) => (b.assistant.assistantTemperature = '0')],
    ['/assistant/assistantMaxTokens', (b: any) => (b.assistant.assistantMaxTokens = '256')],
    ['/assistant/hints/0', (b: any) => (b.assistant.hints = [7])],
    ['/assistant/welcomeMessageInterruptionsEnabled', (b: any) => (b.assistant.welcomeMessageInterruptionsEnabled = 'false')],
    ['/assistant/startSpeakingOptions/LiveKitBaseValue', (b: any) => (b.assistant.startSpeakingOptions.LiveKitBaseValue = null)],
    ['/assistant/config/speech/ttsData/0/voice', (b: any) => (b.assistant.config.speech.ttsData[0].voice = {})],
    ['/assistantOverrides/recordingEnabled', (b: any) => (b.assistantOverrides.recordingEnabled = 1)],
  ])('wrong JSON type at %s', (path, edit) => {
    const body = clone(referenceRequest);
    edit(body);
    expect(request(body)).toBe(false);
    expect(errorPaths(request.errors)).toEqual([path]);
  });

  it('a wrong date-time is rejected in the response', () => {
    const body = clone(referenceResponse);
    body.createdAt = 'yesterday';
    expect(call(body)).toBe(false);
    expect(errorPaths(call.errors)).toEqual(['/createdAt']);
  });

  it('free-form objects stay free-form, and unknown fields are accepted', () => {
    const body = clone(referenceRequest);
    body.metadata = { any: { nested: [1, 'two', null] } };
    body.assistantOverrides.dynamicVariables = { a: 1, b: [true] };
    body.assistant.assistantServer.headers = { 'X-Custom': 'yes' };
    body.assistant.assistantAnalysis.structuredData.schema = { type: 'array', items: { enum: [1, 2] } };
    body.someFutureField = true;
    expect(request(body), JSON.stringify(request.errors)).toBe(true);
  });
});

describe('named examples in the spec validate against their schemas', () => {
  const op = bundled.paths['/calls/v1/conversations/connect'].post;
  const deref = (o: any): any => resolveRef(bundled, o);
  const cases: Array<[string, string, unknown]> = [];
  for (const [name, ex] of Object.entries<any>(op.requestBody.content['application/json'].examples)) cases.push([`request ${name}`, 'ConnectCallRequest', deref(ex).value]);
  for (const [status, r] of Object.entries<any>(op.responses)) {
    const resp = deref(r);
    for (const [ct, media] of Object.entries<any>(resp.content ?? {})) {
      const schemaName = media.schema.$ref.split('/').pop();
      for (const [name, ex] of Object.entries<any>(media.examples ?? {})) cases.push([`${status} ${ct} ${name}`, schemaName, deref(ex).value]);
    }
  }
  it('covers the request examples and one example per response', () => {
    expect(cases.map((c) => c[0])).toEqual(
      expect.arrayContaining([
        'request full',
        'request minimal',
        '200 application/json queued',
        '400 application/problem+json problem',
        '401 application/problem+json problem',
        '429 application/problem+json problem',
        '500 application/problem+json problem',
      ]),
    );
  });
  it.each(cases)('%s is valid %s', (_name, schemaName, value) => {
    const v = validatorFor(schemaName);
    expect(v(value), JSON.stringify(v.errors)).toBe(true);
  });
  it('the full request example and the 200 example are the reference examples, unchanged', () => {
    expect(deref(op.requestBody.content['application/json'].examples.full).value).toEqual(referenceRequest);
    expect(deref(op.responses['200'].content['application/json'].examples.queued).value).toEqual(referenceResponse);
  });
  it('every error example carries the status of its response', () => {
    for (const [status, r] of Object.entries<any>(op.responses)) {
      if (status === '200') continue;
      const ex = deref(deref(r).content['application/problem+json'].examples.problem).value;
      expect(ex.status).toBe(Number(status));
      expect(problem(ex)).toBe(true);
    }
  });
});
