/**
 * How a schema change is judged: the context a schema is compared in (which
 * way the data flows) and the one rule for a change to the set of values a
 * schema allows.
 */
import type { Comparison } from '../comparison.ts';
import type { Impact } from '../types.ts';

export interface SchemaCtx {
  /**
   * Which way the data flows: `request` from clients to the API, `response`
   * from the API to clients (responses, and server messages posted to a
   * receiver: a webhook's body is judged like a response).
   */
  side: 'request' | 'response';
  /** The data is a server message (a webhook body), not an HTTP response. */
  message?: boolean;
  /**
   * The value is required by its parent object in both documents, so it is
   * always sent: a request-side `default` can never apply to it.
   */
  alwaysPresent?: boolean;
  /** Operation and part, e.g. "POST /x › response 200 application/json". */
  where: string;
  /** What the schema's root is called in messages: "(body)" unless said otherwise. */
  root?: string;
}

/** Does the working schema allow fewer values (`narrow`), more (`widen`), or some of each (`change`)? */
export type Effect = 'narrow' | 'widen' | 'change';

/**
 * A change to the set of values a schema allows, judged by the side it is on:
 * a request schema that accepts fewer values breaks clients, one that accepts
 * more asks more of servers; a response schema that allows more values breaks
 * clients, one that allows fewer asks servers to stop sending them.
 */
export function constraint(c: Comparison, pointer: string, where: string, ctx: SchemaCtx, kind: string, effect: Effect, detail: string, clientOverride?: string): void {
  const req = ctx.side === 'request';
  const narrow = effect !== 'widen';
  const widen = effect !== 'narrow';
  const client: Impact = req
    ? narrow
      ? { breaking: true, reason: `breaking for clients: requests that were valid may now be rejected (${detail})` }
      : { breaking: false, reason: `compatible for clients: every request that was valid stays valid (${detail})` }
    : widen
      ? {
          breaking: true,
          reason:
            clientOverride ?? `breaking for clients: ${ctx.message ? 'server messages' : 'responses'} may now carry values ${ctx.message ? 'receivers' : 'clients'} were not written for (${detail})`,
        }
      : {
          breaking: false,
          reason: `compatible for clients: ${ctx.message ? 'server messages' : 'responses'} carry a subset of what ${ctx.message ? 'receivers' : 'clients'} already handle (${detail})`,
        };
  const server: Impact = req
    ? widen
      ? { breaking: true, reason: 'breaking for servers: the implementation must accept values it could reject before' }
      : { breaking: false, reason: 'compatible for servers: an implementation that accepts the old, wider set still accepts every valid request' }
    : narrow
      ? { breaking: true, reason: 'breaking for servers: the implementation must stop sending values that are no longer allowed' }
      : { breaking: false, reason: 'compatible for servers: what the implementation sends today stays valid' };
  c.add({ pointer, where, kind, side: ctx.side, client, server });
}

/** Compare two schemas (raw, `$ref`s not yet followed) at `loc` inside the value `ctx` describes. */
export type CompareSchemas = (c: Comparison, braw: unknown, hraw: unknown, bptr: string, hptr: string, ctx: SchemaCtx, loc: string) => void;
