/**
 * The change matrix: each case is one small edit of the real contract (the
 * bundle of openapi/, deep-cloned and edited in memory), and asserts how the
 * checker classifies it and that it names the JSON path that changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleContract, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { diffContracts, formatChange, gate, type Change } from '../scripts/lib/diff/index.ts';

const PATH = '/calls/v1/conversations/connect';
const OP = '#/paths/~1calls~1v1~1conversations~1connect/post';
const SCHEMAS = '#/components/schemas';
const PARAMS = '#/components/parameters';
const LIST = '/calls/v1/conversations';
const LIST_OP = '#/paths/~1calls~1v1~1conversations/get';
const GET = '/calls/v1/conversations/{id}';
const HOOKS = '#/webhooks';

let base: OpenApiDocument;
beforeAll(async () => {
  base = (await bundleContract()).doc;
});

/** Clone the real contract, apply the edit, diff it against the original. */
function changesAfter(editFn: (doc: any) => void): Change[] {
  const doc = structuredClone(base);
  editFn(doc);
  return diffContracts(base, doc);
}
const schema = (doc: any, name: string) => {
  const s = doc.components.schemas[name];
  if (!s) throw new Error(`the contract has no schema ${name}; update the matrix`);
  return s;
};
const prop = (doc: any, name: string, p: string) => {
  const s = schema(doc, name).properties?.[p];
  if (!s) throw new Error(`the contract has no property ${name}.${p}; update the matrix`);
  return s;
};
function only(changes: Change[], pointer: string, side?: Change['side']): Change {
  const hits = changes.filter((c) => c.pointer === pointer && (!side || c.side === side));
  expect(
    hits.map((c) => c.pointer),
    `changes at ${pointer}; got:\n${changes.map(formatChange).join('\n')}`,
  ).toEqual([pointer]);
  return hits[0]!;
}

interface Case {
  name: string;
  edit: (doc: any) => void;
  pointer: string;
  side?: Change['side'];
  expected: 'breaking' | 'compatible';
  /** Text the location (`where`) must contain. */
  where?: string;
  /** Text the client reason must contain. */
  because?: RegExp;
}

const cases: Record<string, Case[]> = {
  'request side': [
    {
      name: 'a new required field',
      edit: (d) => {
        const s = schema(d, 'ConnectCallRequest');
        s.properties.callerId = { type: 'string' };
        s.required.push('callerId');
      },
      pointer: `${SCHEMAS}/ConnectCallRequest/properties/callerId`,
      expected: 'breaking',
      where: 'request body application/json › /callerId',
      because: /new required field/,
    },
    {
      name: 'an optional field made required',
      edit: (d) => schema(d, 'ConnectCallRequest').required.push('assistantId'),
      pointer: `${SCHEMAS}/ConnectCallRequest/required`,
      expected: 'breaking',
      where: '/assistantId',
      because: /was optional and is now required/,
    },
    {
      name: 'an enum value removed (Direction, reached from the request)',
      edit: (d) => (schema(d, 'Direction').enum = ['outbound']),
      pointer: `${SCHEMAS}/Direction/enum`,
      side: 'request',
      expected: 'breaking',
      where: 'request body application/json › /direction',
      because: /"inbound" removed/,
    },
    {
      name: 'a type narrowed (number → integer)',
      edit: (d) => (prop(d, 'Assistant', 'assistantTemperature').type = 'integer'),
      pointer: `${SCHEMAS}/Assistant/properties/assistantTemperature/type`,
      expected: 'breaking',
      where: '/assistant/assistantTemperature',
      because: /type number → integer/,
    },
    {
      name: 'a field removed (the request object accepts fields it does not list)',
      edit: (d) => delete schema(d, 'ConnectCallRequest').properties.assistantId,
      pointer: `${SCHEMAS}/ConnectCallRequest/properties/assistantId`,
      expected: 'compatible',
      where: '/assistantId',
      because: /accepts fields it does not list/,
    },
    {
      name: 'a field removed from an object that rejects unlisted fields',
      edit: (d) => {
        delete schema(d, 'ConnectCallRequest').properties.assistantId;
        schema(d, 'ConnectCallRequest').additionalProperties = false;
      },
      pointer: `${SCHEMAS}/ConnectCallRequest/properties/assistantId`,
      expected: 'breaking',
      because: /now rejected/,
    },
    {
      name: 'a type widened (number → number or string)',
      edit: (d) => (prop(d, 'Assistant', 'assistantMaxTokens').type = ['number', 'string']),
      pointer: `${SCHEMAS}/Assistant/properties/assistantMaxTokens/type`,
      expected: 'compatible',
    },
    {
      name: 'a new optional field',
      edit: (d) => (schema(d, 'ConnectCallRequest').properties.callerId = { type: 'string' }),
      pointer: `${SCHEMAS}/ConnectCallRequest/properties/callerId`,
      expected: 'compatible',
    },
  ],
  'response side': [
    {
      name: 'a field removed',
      edit: (d) => delete schema(d, 'Call').properties.teamId,
      pointer: `${SCHEMAS}/Call/properties/teamId`,
      expected: 'breaking',
      where: 'response 200 application/json › /teamId',
      because: /no longer part of the response/,
    },
    {
      name: 'a type changed (string → integer)',
      edit: (d) => (prop(d, 'Call', 'createdAt').type = 'integer'),
      pointer: `${SCHEMAS}/Call/properties/createdAt/type`,
      expected: 'breaking',
      where: '/createdAt',
      because: /type string → integer/,
    },
    {
      name: 'an enum value added (breaking for strict clients)',
      edit: (d) => schema(d, 'CallStatus').enum.push('failed'),
      pointer: `${SCHEMAS}/CallStatus/enum`,
      expected: 'breaking',
      where: 'response 200 application/json › /status',
      because: /strict clients/,
    },
    {
      name: 'a new optional field',
      edit: (d) => (schema(d, 'Call').properties.endedAt = { type: 'string', format: 'date-time' }),
      pointer: `${SCHEMAS}/Call/properties/endedAt`,
      expected: 'compatible',
      where: '/endedAt',
      because: /ignore fields they do not know/,
    },
    {
      name: 'the Retry-After header removed from 429',
      edit: (d) => delete d.components.responses.TooManyRequests.headers['Retry-After'],
      pointer: '#/components/responses/TooManyRequests/headers/Retry-After',
      expected: 'breaking',
      where: 'response 429 › header Retry-After',
    },
    {
      name: 'a field of the error body removed (Problem.detail)',
      edit: (d) => delete schema(d, 'Problem').properties.detail,
      pointer: `${SCHEMAS}/Problem/properties/detail`,
      expected: 'breaking',
      where: 'application/problem+json › /detail',
    },
  ],
  'path and query parameters': [
    {
      name: 'a new optional query parameter on an existing operation (List Calls)',
      edit: (d) => d.paths[LIST].get.parameters.push({ name: 'status', in: 'query', required: false, schema: { type: 'string' } }),
      pointer: `${LIST_OP}/parameters/5`,
      expected: 'compatible',
      where: `GET ${LIST} › query parameter status`,
      because: /status is new and optional/,
    },
    {
      name: 'a new required query parameter on an existing operation',
      edit: (d) => d.paths[LIST].get.parameters.push({ name: 'teamId', in: 'query', required: true, schema: { type: 'string' } }),
      pointer: `${LIST_OP}/parameters/5`,
      expected: 'breaking',
      because: /without the new required query parameter teamId are rejected/,
    },
    {
      name: 'an optional query parameter made required (page)',
      edit: (d) => (d.components.parameters.Page.required = true),
      pointer: `${PARAMS}/Page/required`,
      expected: 'breaking',
      where: `GET ${LIST} › query parameter page`,
      because: /requests without query parameter page are now rejected/,
    },
    {
      name: 'a required query parameter made optional (startDate)',
      edit: (d) => (d.components.parameters.StartDate.required = false),
      pointer: `${PARAMS}/StartDate/required`,
      expected: 'compatible',
      because: /may now be left out/,
    },
    {
      name: 'a query parameter removed (sort)',
      edit: (d) => d.paths[LIST].get.parameters.pop(),
      pointer: `${PARAMS}/Sort`,
      expected: 'breaking',
      because: /clients that send query parameter sort lose its effect/,
    },
    {
      name: 'a query parameter value removed (sort=status)',
      edit: (d) => (d.components.parameters.Sort.schema.enum = d.components.parameters.Sort.schema.enum.filter((v: string) => v !== 'status')),
      pointer: `${PARAMS}/Sort/schema/enum`,
      expected: 'breaking',
      where: `GET ${LIST} › query parameter sort`,
      because: /"status" removed/,
    },
    {
      name: 'a query parameter value added (sort=duration)',
      edit: (d) => d.components.parameters.Sort.schema.enum.push('duration'),
      pointer: `${PARAMS}/Sort/schema/enum`,
      expected: 'compatible',
    },
    {
      name: 'the default of an optional query parameter changed (size 10 → 20)',
      edit: (d) => (d.components.parameters.Size.schema.default = 20),
      pointer: `${PARAMS}/Size/schema/default`,
      expected: 'breaking',
      because: /requests that leave out query parameter size now get 20 instead of 10/,
    },
    {
      name: 'a path parameter narrowed (id gets a pattern)',
      edit: (d) => (d.components.parameters.CallId.schema.pattern = '^[0-9a-f-]+$'),
      pointer: `${PARAMS}/CallId/schema/pattern`,
      expected: 'breaking',
      where: `GET ${GET} › path parameter id`,
    },
    {
      name: 'a path parameter renamed ({id} → {callId}): same request on the wire',
      edit: (d) => {
        const item = d.paths[GET];
        item.parameters = [{ ...d.components.parameters.CallId, name: 'callId' }];
        d.paths['/calls/v1/conversations/{callId}'] = item;
        delete d.paths[GET];
      },
      pointer: '#/paths/~1calls~1v1~1conversations~1{callId}',
      expected: 'compatible',
      because: /parameter names only/,
    },
  ],
  'server messages (webhooks)': [
    {
      name: 'a server message removed',
      edit: (d) => delete d.webhooks.hang,
      pointer: `${HOOKS}/hang/post`,
      expected: 'breaking',
      where: 'webhook hang',
      because: /receivers written for hang messages no longer get them/,
    },
    {
      name: 'a server message added',
      edit: (d) => (d.webhooks['transfer-update'] = structuredClone(d.webhooks.hang)),
      pointer: `${HOOKS}/transfer-update/post`,
      expected: 'compatible',
      because: /transfer-update is a new server message/,
    },
    {
      name: 'a field removed from every message (narrowed event body)',
      edit: (d) => delete schema(d, 'ServerMessageFields').properties.timestamp,
      pointer: `${SCHEMAS}/ServerMessageFields/properties/timestamp`,
      expected: 'breaking',
      where: 'message body application/json › /message/timestamp',
      because: /no longer part of the message; receivers .* lose it/,
    },
    {
      name: 'a message field that was always sent may now be missing',
      edit: (d) => (schema(d, 'HangMessage').properties.message.allOf[1].required = []),
      pointer: `${SCHEMAS}/HangMessage/properties/message/allOf/1/required`,
      expected: 'breaking',
      where: 'webhook hang › message body application/json › /message/type',
      because: /was always present and may now be missing/,
    },
    {
      name: 'a message value set widened (hang type const → enum of two)',
      edit: (d) => {
        const t = schema(d, 'HangMessage').properties.message.allOf[1].properties.type;
        delete t.const;
        t.enum = ['hang', 'hang-recovered'];
      },
      pointer: `${SCHEMAS}/HangMessage/properties/message/allOf/1/properties/type/enum`,
      expected: 'breaking',
      because: /strict clients .* "hang-recovered"/,
    },
    {
      name: 'a new optional field in a message',
      edit: (d) => (schema(d, 'ServerMessageFields').properties.region = { type: 'string' }),
      pointer: `${SCHEMAS}/ServerMessageFields/properties/region`,
      expected: 'compatible',
      because: /ignore fields they do not know/,
    },
    {
      name: 'a message body made optional',
      edit: (d) => (d.webhooks.hang.post.requestBody.required = false),
      pointer: `${HOOKS}/hang/post/requestBody/required`,
      expected: 'breaking',
      because: /may now come without a body/,
    },
    {
      name: "the receiver's documented answer removed",
      edit: (d) => {
        d.webhooks.hang.post.responses['204'] = d.webhooks.hang.post.responses['200'];
        delete d.webhooks.hang.post.responses['200'];
      },
      pointer: `${HOOKS}/hang/post/responses/200`,
      expected: 'breaking',
      because: /receivers that answer 200/,
    },
    {
      name: 'a message described differently',
      edit: (d) => (d.webhooks.hang.post.description = 'Another description.'),
      pointer: `${HOOKS}/hang/post/description`,
      expected: 'compatible',
    },
  ],
  'operation side': [
    {
      name: 'a path removed (renamed)',
      edit: (d) => {
        d.paths['/calls/v2/connect'] = d.paths[PATH];
        delete d.paths[PATH];
      },
      pointer: OP,
      expected: 'breaking',
      where: `POST ${PATH}`,
      because: /operation is gone/,
    },
    {
      name: 'a method removed (POST → PUT)',
      edit: (d) => {
        d.paths[PATH].put = d.paths[PATH].post;
        delete d.paths[PATH].post;
      },
      pointer: OP,
      expected: 'breaking',
    },
    {
      name: 'security changed (bearer → API key header)',
      edit: (d) => {
        d.components.securitySchemes.ApiKeyAuth = { type: 'apiKey', in: 'header', name: 'X-Api-Key' };
        d.paths[PATH].post.security = [{ ApiKeyAuth: [] }];
      },
      pointer: `${OP}/security`,
      expected: 'breaking',
      because: /BearerAuth .* no longer accepted/,
    },
    {
      name: 'security changed in the scheme itself (bearer → basic, same name)',
      edit: (d) => (d.components.securitySchemes.BearerAuth.scheme = 'basic'),
      pointer: `${OP}/security`,
      expected: 'breaking',
    },
    {
      name: 'security widened (API key accepted as an alternative to bearer)',
      edit: (d) => {
        d.components.securitySchemes.ApiKeyAuth = { type: 'apiKey', in: 'header', name: 'X-Api-Key' };
        d.paths[PATH].post.security = [{ BearerAuth: [] }, { ApiKeyAuth: [] }];
      },
      pointer: `${OP}/security`,
      expected: 'compatible',
    },
    {
      name: 'a new required header parameter',
      edit: (d) => (d.paths[PATH].post.parameters = [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string' } }]),
      pointer: `${OP}/parameters/0`,
      expected: 'breaking',
      because: /without the new required header parameter Idempotency-Key are rejected/,
    },
    {
      name: 'a new optional query parameter',
      edit: (d) => (d.paths[PATH].post.parameters = [{ name: 'dryRun', in: 'query', schema: { type: 'boolean' } }]),
      pointer: `${OP}/parameters/0`,
      expected: 'compatible',
    },
    {
      name: 'a new error status',
      edit: (d) => {
        d.paths[PATH].post.responses['404'] = {
          description: 'No such phone number.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      },
      pointer: `${OP}/responses/404`,
      expected: 'compatible',
      because: /new error status/,
    },
    {
      name: 'the success status removed',
      edit: (d) => {
        d.paths[PATH].post.responses['201'] = d.paths[PATH].post.responses['200'];
        delete d.paths[PATH].post.responses['200'];
      },
      pointer: `${OP}/responses/200`,
      expected: 'breaking',
    },
  ],
};

for (const [group, list] of Object.entries(cases)) {
  describe(`matrix: ${group}`, () => {
    for (const c of list) {
      it(`${c.name} → ${c.expected}`, () => {
        const changes = changesAfter(c.edit);
        const change = only(changes, c.pointer, c.side);
        expect(change.classification).toBe(c.expected);
        expect(change.client.breaking).toBe(c.expected === 'breaking');
        expect(change.client.reason).toMatch(c.expected === 'breaking' ? /^breaking for clients/ : /^compatible for clients/);
        expect(change.server.reason).toMatch(/^(breaking|compatible) for servers/);
        if (c.where) expect(change.where).toContain(c.where);
        if (c.because) expect(change.client.reason).toMatch(c.because);
        // The printed form names the path and both points of view.
        const printed = formatChange(change);
        expect(printed).toContain(c.pointer);
        expect(printed).toContain(change.client.reason);
        expect(printed).toContain(change.server.reason);
        // A compatible edit brings no breaking change anywhere else (no noise).
        if (c.expected === 'compatible') expect(changes.filter((x) => x.classification === 'breaking').map(formatChange)).toEqual([]);
      });
    }
  });
}

describe('matrix: details', () => {
  it('an enum value removed from a shared schema is judged on each side it is reached from', () => {
    const changes = changesAfter((d) => (schema(d, 'Direction').enum = ['outbound']));
    const req = only(changes, `${SCHEMAS}/Direction/enum`, 'request');
    const res = only(changes, `${SCHEMAS}/Direction/enum`, 'response');
    expect(req.classification).toBe('breaking');
    expect(res.classification).toBe('compatible'); // clients receive fewer values than before
    expect(res.server.breaking).toBe(true); // but the implementation must stop sending "inbound"
    expect(res.where).toContain('response 200 application/json › /direction');
  });

  it('the server side is reported too: a new optional request field asks the implementation to honour it', () => {
    const [c] = changesAfter((d) => (schema(d, 'ConnectCallRequest').properties.callerId = { type: 'string' }));
    expect(c!.server.reason).toMatch(/^compatible for servers: .*must honour \/callerId/);
    const [r] = changesAfter((d) => (schema(d, 'Call').required = ['id']));
    expect(r!.classification).toBe('compatible');
    expect(r!.server).toEqual({ breaking: true, reason: expect.stringMatching(/^breaking for servers: the implementation must always send \/id/) });
  });

  it('a request default matters only where a request may leave the field out', () => {
    // The released contract had `default: outbound` on Direction; it is required in the request.
    const released = structuredClone(base) as any;
    released.components.schemas.Direction.default = 'outbound';
    const changes = diffContracts(released, base);
    const req = only(changes, `${SCHEMAS}/Direction/default`, 'request');
    expect(req.classification).toBe('compatible');
    expect(req.client.reason).toMatch(/required in requests, so no valid request ever relied on it/);
    expect(only(changes, `${SCHEMAS}/Direction/default`, 'response').classification).toBe('compatible');
    // The same default on an optional request field is what requests without it get: breaking.
    const optional = structuredClone(base) as any;
    optional.components.schemas.ConnectCallRequest.properties.assistantId.default = 'asst_default';
    const [c] = diffContracts(optional, base).filter((x) => x.side === 'request');
    expect(c).toMatchObject({ pointer: `${SCHEMAS}/ConnectCallRequest/properties/assistantId/default`, classification: 'breaking' });
  });

  it('documentation-only edits are compatible and named', () => {
    const changes = changesAfter((d) => (prop(d, 'Call', 'teamId').description = 'Another description.'));
    const c = only(changes, `${SCHEMAS}/Call/properties/teamId/description`);
    expect(c).toMatchObject({ classification: 'compatible', kind: 'documentation' });
  });

  it('a changed named example is documentation, named by its component', () => {
    const changes = changesAfter((d) => {
      const ex = d.components.examples.CallQueued;
      ex.summary = `${ex.summary ?? ''} (edited)`;
    });
    expect(changes.map((c) => [c.pointer, c.classification])).toEqual([['#/components/examples/CallQueued', 'compatible']]);
  });

  it('a keyword the checker does not interpret is assumed breaking, to be reviewed by hand', () => {
    const changes = changesAfter((d) => (schema(d, 'Customer').not = { required: ['name', 'number'] }));
    const c = only(changes, `${SCHEMAS}/Customer/not`, 'request');
    expect(c.classification).toBe('breaking');
    expect(c.client.reason).toMatch(/does not interpret changes to "not"; review by hand/);
  });

  it('the same contract gives no changes, and x-generated / info.version are not changes', () => {
    expect(diffContracts(base, structuredClone(base))).toEqual([]);
    const withMarker = { ...structuredClone(base), 'x-generated': { by: 'npm run generate' }, info: { ...base.info, version: '1.0.1' } };
    expect(diffContracts(base, withMarker)).toEqual([]);
  });
});

describe('matrix: the gate', () => {
  const removeTeamId = (d: any) => delete schema(d, 'Call').properties.teamId;
  const released = () => String(base.info.version);
  const major = () => Number(released().split('.')[0]);

  it('a breaking edit with the major version raised passes', () => {
    const changes = changesAfter(removeTeamId);
    const verdict = gate(changes, released(), `${major() + 1}.0.0`);
    expect(verdict.ok).toBe(true);
    expect(verdict.breaking).toHaveLength(1);
    expect(verdict.message).toMatch(/breaking change\(s\) allowed/);
  });

  it('a breaking edit without a major bump fails, naming the path and the reason', () => {
    const changes = changesAfter(removeTeamId);
    const verdict = gate(changes, released(), `${major()}.1.0`);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain(`${SCHEMAS}/Call/properties/teamId`);
    expect(verdict.message).toContain('breaking for clients: /teamId is no longer part of the response');
    expect(verdict.message).toContain(`Raise info.version to ${major() + 1}.0.0`);
  });

  it('a compatible edit passes without a major bump, and reminds to raise the version before release', () => {
    const changes = changesAfter((d) => (schema(d, 'Call').properties.endedAt = { type: 'string' }));
    const same = gate(changes, released(), released());
    expect(same).toMatchObject({ ok: true, breaking: [] });
    expect(same.message).toMatch(/Raise info.version above/);
    const [maj, min] = released().split('.').map(Number);
    expect(gate(changes, released(), `${maj}.${min! + 1}.0`).message).toBe('no breaking changes.');
  });

  it('a working version below the released one fails', () => {
    const verdict = gate([], '2.1.0', '2.0.9');
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/info.version 2.0.9 is lower than the last released version 2.1.0/);
  });
});

describe('matrix: additions and what they bring', () => {
  it('a new operation brings its parameters, body and components as one addition, not as parameter changes', () => {
    const changes = changesAfter((d) => {
      d.components.parameters.Format = { name: 'format', in: 'query', required: true, schema: { $ref: '#/components/schemas/TranscriptFormat' } };
      d.components.schemas.TranscriptFormat = { type: 'string', enum: ['text', 'srt'] };
      d.paths['/calls/v1/conversations/{id}/transcript'] = {
        parameters: [{ $ref: '#/components/parameters/CallId' }],
        get: { operationId: 'getTranscript', parameters: [{ $ref: '#/components/parameters/Format' }], responses: { '200': { description: 'ok' } } },
      };
    });
    expect(changes.map((c) => [c.pointer, c.kind, c.classification])).toEqual(
      [
        ['#/paths/~1calls~1v1~1conversations~1{id}~1transcript/get', 'operation-added', 'compatible'],
        [`${PARAMS}/Format`, 'component-added', 'compatible'],
        [`${SCHEMAS}/TranscriptFormat`, 'component-added', 'compatible'],
      ]
        .sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
        .sort((a, b) => (a[1] === 'operation-added' ? -1 : b[1] === 'operation-added' ? 1 : 0)),
    );
    // TranscriptFormat is reached only through the parameter: still "used by" the new operation.
    const nested = changes.find((c) => c.pointer === `${SCHEMAS}/TranscriptFormat`)!;
    expect(nested.where).toBe('GET /calls/v1/conversations/{id}/transcript');
    expect(changes.every((c) => c.kind !== 'parameter-added-required')).toBe(true);
  });

  it('a schema reached only through another new schema counts as used; a truly unused one is named as such', () => {
    const changes = changesAfter((d) => {
      schema(d, 'Call').properties.transfer = { $ref: '#/components/schemas/Transfer' };
      d.components.schemas.Transfer = { type: 'object', properties: { target: { $ref: '#/components/schemas/TransferTarget' } } };
      d.components.schemas.TransferTarget = { type: 'string' };
      d.components.schemas.Orphan = { type: 'string' };
    });
    const byPointer = new Map(changes.map((c) => [c.pointer, c]));
    expect(byPointer.get(`${SCHEMAS}/Call/properties/transfer`)).toMatchObject({ kind: 'property-added', classification: 'compatible' });
    expect(byPointer.get(`${SCHEMAS}/TransferTarget`)).toMatchObject({ kind: 'component-added', where: `POST ${PATH}` });
    expect(byPointer.get(`${SCHEMAS}/Transfer`)).toMatchObject({ kind: 'component-added' });
    expect(byPointer.get(`${SCHEMAS}/Orphan`)).toMatchObject({ kind: 'unreferenced-component', classification: 'compatible' });
    expect(byPointer.get(`${SCHEMAS}/Orphan`)!.client.reason).toMatch(/was added, and no operation or server message uses it/);
  });

  it('a schema shared by several server messages is one change, placed at each of them', () => {
    const changes = changesAfter((d) => delete schema(d, 'ServerMessageCall').properties.teamId);
    const c = only(changes, `${SCHEMAS}/ServerMessageCall/properties/teamId`);
    expect(c.classification).toBe('breaking');
    expect([c.where, ...c.also].map((w) => w.split(' › ')[0]).sort()).toEqual(['webhook conversation-update', 'webhook end-of-call-report', 'webhook error', 'webhook hang', 'webhook status-update']);
  });

  it('removing a server message removes the components only it used, without reporting them as unused', () => {
    const changes = changesAfter((d) => {
      delete d.webhooks.error;
      delete d.components.schemas.ErrorMessage;
      delete d.components.schemas.ServerMessageError;
      delete d.components.examples.ErrorExample;
    });
    expect(changes.filter((c) => c.classification === 'breaking').map((c) => c.pointer)).toEqual([`${HOOKS}/error/post`]);
    for (const name of ['ErrorMessage', 'ServerMessageError']) {
      expect(changes.find((c) => c.pointer === `${SCHEMAS}/${name}`)).toMatchObject({ kind: 'component-removed', where: 'webhook error' });
    }
  });
});

describe('matrix: several changes at one pointer', () => {
  it('two fields made required in the same list are two changes', () => {
    const changes = changesAfter((d) => (schema(d, 'Customer').required = ['number', 'name'])).filter((c) => c.side === 'request');
    expect(changes.map((c) => [c.pointer, c.classification, c.where.split(' › ').pop()])).toEqual([
      [`${SCHEMAS}/Customer/required`, 'breaking', '/customer/number'],
      [`${SCHEMAS}/Customer/required`, 'breaking', '/customer/name'],
    ]);
  });
});
