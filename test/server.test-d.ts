/**
 * Type tests of the server target: handlers receive typed input and must
 * return a declared status with that status's body; anything else does not
 * compile.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../generated/schema.js';
import type { Handler, HandlerResult, Handlers, PathParams, QueryParams, RequestBody } from '../src/server/index.ts';

type S = components['schemas'];
const problem = { type: 'about:blank', title: 'x', status: 404 };

describe('what a handler receives', () => {
  it('typed path parameters, query (defaults filled in) and body', () => {
    expectTypeOf<PathParams<'getCall'>>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<RequestBody<'connectCall'>>().toEqualTypeOf<S['ConnectCallRequest']>();
    expectTypeOf<RequestBody<'controlCall'>>().toEqualTypeOf<S['ControlCallRequest']>();
    expectTypeOf<RequestBody<'getCall'>>().toEqualTypeOf<undefined>();
    // page, size and sort have defaults: never undefined in a handler; startDate/endDate are required.
    expectTypeOf<QueryParams<'listCalls'>['page']>().toEqualTypeOf<number>();
    expectTypeOf<QueryParams<'listCalls'>['size']>().toEqualTypeOf<number>();
    expectTypeOf<QueryParams<'listCalls'>['sort']>().toEqualTypeOf<'startAt' | 'endAt' | 'status' | 'conversationId'>();
    expectTypeOf<QueryParams<'listCalls'>['startDate']>().toEqualTypeOf<string>();
    expectTypeOf<keyof QueryParams<'getCall'>>().toEqualTypeOf<string>();
  });

  it('a handler map needs every operation', () => {
    const getCall: Handler<'getCall'> = ({ params }) => ({ status: 200, body: { id: params.id } });
    // @ts-expect-error connectCall, listCalls and controlCall are missing
    const partial: Handlers = { getCall };
    void partial;
  });
});

describe('what a handler returns', () => {
  it('a declared status with its body compiles', () => {
    const ok: Handler<'getCall'> = () => ({ status: 200, body: { id: 'x', status: 'finished' } });
    const _missing: Handler<'getCall'> = () => ({ status: 404, body: problem });
    const _limited: HandlerResult<'listCalls'> = { status: 429, body: { ...problem, status: 429 }, headers: { 'Retry-After': 3 } };
    void ok, _missing, _limited;
  });

  it('an undeclared status does not compile', () => {
    // @ts-expect-error listCalls declares no 404
    const r: HandlerResult<'listCalls'> = { status: 404, body: problem };
    // @ts-expect-error 201 is not declared for connectCall
    const _c: Handler<'connectCall'> = () => ({ status: 201, body: {} });
    void r, _c;
  });

  it('a body of the wrong shape does not compile', () => {
    // @ts-expect-error status 'lost' is not a ConversationStatus
    const a: Handler<'getCall'> = () => ({ status: 200, body: { status: 'lost' } });
    // @ts-expect-error a 400 body is a Problem: title is required
    const _b: HandlerResult<'connectCall'> = { status: 400, body: { type: 'about:blank', status: 400 } };
    // @ts-expect-error totalCount is an integer, not a string
    const _c: HandlerResult<'listCalls'> = { status: 200, body: { totalCount: '3' } };
    // @ts-expect-error the 200 body of controlCall is a ControlCallResponse: data.success is boolean
    const _d: HandlerResult<'controlCall'> = { status: 200, body: { data: { success: 'yes' } } };
    void a, _b, _c, _d;
  });

  it('a header the status declares is required (Retry-After on 429)', () => {
    // @ts-expect-error 429 needs headers: { 'Retry-After' }
    const r: HandlerResult<'getCall'> = { status: 429, body: { ...problem, status: 429 } };
    void r;
  });
});
