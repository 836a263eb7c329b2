/**
 * Response rules: statuses added or removed, and each status's headers and
 * content. The same shape serves the answers a receiver gives to a server
 * message; `StatusRules` say how each is judged.
 */
import type { Comparison } from '../comparison.ts';
import { join } from '../pointers.ts';
import type { Change } from '../types.ts';
import { keysOf } from '../values.ts';
import { content } from './bodies.ts';
import { schema } from './schema.ts';

type Judged = Pick<Change, 'kind' | 'client' | 'server'>;

export interface StatusRules {
  /** What one status is called in `where`: "response" or "answer". */
  noun: string;
  /** Which way the answer flows. */
  side: 'request' | 'response';
  /** Compare each status's headers (else a change to them is unclassified). */
  headers: boolean;
  removed(status: string): Judged;
  added(status: string): Judged;
}

const success = (s: string) => /^2/.test(s);

/** The responses of an operation, as clients read them. */
export const RESPONSES: StatusRules = {
  noun: 'response',
  side: 'response',
  headers: true,
  removed: (status) => ({
    kind: 'response-removed',
    client: success(status)
      ? { breaking: true, reason: `breaking for clients: the ${status} response clients decode is no longer documented` }
      : { breaking: false, reason: `compatible for clients: ${status} is no longer returned; code that handles it simply never runs` },
    server: success(status)
      ? { breaking: true, reason: `breaking for servers: the implementation must answer with another status than ${status}` }
      : { breaking: true, reason: `breaking for servers: the implementation must stop returning ${status}` },
  }),
  added: (status) => ({
    kind: success(status) ? 'success-status-added' : 'error-status-added',
    client: success(status)
      ? { breaking: true, reason: `breaking for clients: ${status} is a new success status whose body clients were not written for` }
      : {
          breaking: false,
          reason: `compatible for clients: ${status} is a new error status; clients already treat any status they do not know as an error (HTTP allows it, and the client library maps every non-2xx to ApiError)`,
        },
    server: { breaking: false, reason: `compatible for servers: the implementation may start returning ${status}` },
  }),
};

/** The statuses of a Responses Object, each one compared where it is in both documents. */
export function statuses(c: Comparison, br: Record<string, any>, hr: Record<string, any>, bptr: string, hptr: string, label: string, rules: StatusRules): void {
  for (const status of keysOf(br, hr)) {
    const where = `${label} › ${rules.noun} ${status}`;
    if (!(status in hr)) {
      const { kind, client, server } = rules.removed(status);
      c.add({ pointer: join(bptr, status), where, kind, side: rules.side, client, server });
      continue;
    }
    if (!(status in br)) {
      const { kind, client, server } = rules.added(status);
      c.add({ pointer: join(hptr, status), where, kind, side: rules.side, client, server });
      continue;
    }
    const b = c.resolve('base', br[status], join(bptr, status));
    const h = c.resolve('head', hr[status], join(hptr, status));
    const bn = b.node ?? {};
    const hn = h.node ?? {};
    c.otherKeys(bn, hn, (k) => join(h.pointer, k), where, rules.side, { skip: rules.headers ? ['headers', 'content'] : ['content'] });
    if (rules.headers) headers(c, bn.headers ?? {}, hn.headers ?? {}, join(b.pointer, 'headers'), join(h.pointer, 'headers'), where);
    content(c, bn.content ?? {}, hn.content ?? {}, join(b.pointer, 'content'), join(h.pointer, 'content'), where, rules.side);
  }
}

/** Response headers, matched by name in any case. */
function headers(c: Comparison, bh: Record<string, any>, hh: Record<string, any>, bptr: string, hptr: string, where: string): void {
  const lower = (o: Record<string, any>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), { name: k, v }]));
  const bm = lower(bh);
  const hm = lower(hh);
  for (const [key, b] of bm) {
    const h = hm.get(key);
    const w = `${where} › header ${b.name}`;
    if (!h) {
      c.add({
        pointer: join(bptr, b.name),
        where: w,
        kind: 'response-header-removed',
        side: 'response',
        client: { breaking: true, reason: `breaking for clients: clients that read the ${b.name} header no longer get it` },
        server: { breaking: false, reason: `compatible for servers: the implementation may stop sending ${b.name}` },
      });
      continue;
    }
    const br = c.resolve('base', b.v, join(bptr, b.name));
    const hr = c.resolve('head', h.v, join(hptr, h.name));
    if (br.node?.required === true && hr.node?.required !== true) {
      c.add({
        pointer: join(hr.pointer, 'required'),
        where: w,
        kind: 'response-header-optional',
        side: 'response',
        client: { breaking: true, reason: `breaking for clients: ${b.name} may now be missing` },
        server: { breaking: false, reason: `compatible for servers: the implementation may leave ${b.name} out` },
      });
    } else if (br.node?.required !== true && hr.node?.required === true) {
      c.add({
        pointer: join(hr.pointer, 'required'),
        where: w,
        kind: 'response-header-required',
        side: 'response',
        client: { breaking: false, reason: `compatible for clients: ${b.name} is now always sent` },
        server: { breaking: true, reason: `breaking for servers: the implementation must always send ${b.name}` },
      });
    }
    c.otherKeys(br.node, hr.node, (k) => join(hr.pointer, k), w, 'response', { skip: ['required', 'schema'] });
    schema(c, br.node?.schema, hr.node?.schema, join(br.pointer, 'schema'), join(hr.pointer, 'schema'), { side: 'response', where: w, root: `header ${b.name}` }, '');
  }
  for (const [key, h] of hm) {
    if (bm.has(key)) continue;
    const hr = c.resolve('head', h.v, join(hptr, h.name));
    const required = hr.node?.required === true;
    c.add({
      pointer: join(hptr, h.name),
      where: `${where} › header ${h.name}`,
      kind: 'response-header-added',
      side: 'response',
      client: { breaking: false, reason: `compatible for clients: ${h.name} is a new response header` },
      server: required
        ? { breaking: true, reason: `breaking for servers: the implementation must always send ${h.name}` }
        : { breaking: false, reason: `compatible for servers: ${h.name} is optional` },
    });
  }
}
