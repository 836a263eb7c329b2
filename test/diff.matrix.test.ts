/**
 * The change matrix: each case is one small edit of the real contract (the
 * bundle of openapi/, deep-cloned and edited in memory), and asserts how the
 * checker classifies it and that it names the JSON path that changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleContract, type OpenApiDocument } from '../scripts/lib/contract.ts';
import { diffContracts, formatChange, gate, type Change } from '../scripts/lib/diff.ts';

const PATH = '/calls/v1/conversations/connect';
const OP = '#/paths/~1calls~1v1~1conversations~1connect/post';
const SCHEMAS = '#/components/schemas';

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
  expect(hits.map((c) => c.pointer), `changes at ${pointer}; got:\n${changes.map(formatChange).join('\n')}`).toEqual([pointer]);
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
    const [r] = changesAfter((d) => schema(d, 'Call').required = ['id']);
    expect(r!.classification).toBe('compatible');
    expect(r!.server).toEqual({ breaking: true, reason: expect.stringMatching(/^breaking for servers: the implementation must always send \/id/) });
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
    expect(gate(changes, released(), `${major()}.1.0`).message).toBe('no breaking changes.');
  });

  it('a working version below the released one fails', () => {
    const verdict = gate([], '2.1.0', '2.0.9');
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/info.version 2.0.9 is lower than the last released version 2.1.0/);
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
