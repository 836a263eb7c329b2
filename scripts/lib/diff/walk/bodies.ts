/**
 * Body rules: a body added or removed, made required or optional, and its
 * content (media types, examples, the schema of each). The same shape serves
 * a request body and a server message's body; `BodyRules` say how each is
 * judged.
 */
import type { Comparison } from '../comparison.ts';
import { join } from '../pointers.ts';
import type { Impacts } from '../types.ts';
import { isObject, keysOf } from '../values.ts';
import { schema } from './schema.ts';

export interface BodyRules {
  /** The body flows from clients (`request`) or to them (`response`, a server message). */
  side: 'request' | 'response';
  /** The body is a server message's. */
  message?: boolean;
  /** What the change kinds start with: `<kind>-added`, `-removed`, `-required`, `-optional`. */
  kind: string;
  added(required: boolean): Impacts;
  removed: Impacts;
  required: Impacts;
  optional: Impacts;
}

/** The request body of an operation, as clients send it. */
export const REQUEST_BODY: BodyRules = {
  side: 'request',
  kind: 'request-body',
  added: (required) => ({
    client: { breaking: required, reason: required ? 'breaking for clients: requests must now carry a body' : 'compatible for clients: a body may now be sent' },
    server: { breaking: true, reason: 'breaking for servers: the implementation must read the new body' },
  }),
  removed: {
    client: { breaking: true, reason: 'breaking for clients: the operation no longer takes the body clients send' },
    server: { breaking: false, reason: 'compatible for servers: the implementation may ignore the body' },
  },
  required: {
    client: { breaking: true, reason: 'breaking for clients: requests without a body are now rejected' },
    server: { breaking: false, reason: 'compatible for servers: the implementation may rely on a body' },
  },
  optional: {
    client: { breaking: false, reason: 'compatible for clients: the body may now be left out' },
    server: { breaking: true, reason: 'breaking for servers: the implementation must handle requests without a body' },
  },
};

/** A body (a Request Body Object, `$ref`s not yet followed) at `where`. */
export function body(c: Comparison, braw: any, hraw: any, bptr: string, hptr: string, where: string, rules: BodyRules): void {
  const b = braw === undefined ? undefined : c.resolve('base', braw, bptr);
  const h = hraw === undefined ? undefined : c.resolve('head', hraw, hptr);
  if (!b || !h) {
    if (h) c.add({ pointer: h.pointer, where, kind: `${rules.kind}-added`, side: rules.side, ...rules.added(h.node.required === true) });
    else if (b) c.add({ pointer: b.pointer, where, kind: `${rules.kind}-removed`, side: rules.side, ...rules.removed });
    return;
  }
  const bn = b.node;
  const hn = h.node;
  if (bn.required !== true && hn.required === true) {
    c.add({ pointer: join(h.pointer, 'required'), where, kind: `${rules.kind}-required`, side: rules.side, ...rules.required });
  } else if (bn.required === true && hn.required !== true) {
    c.add({ pointer: join(h.pointer, 'required'), where, kind: `${rules.kind}-optional`, side: rules.side, ...rules.optional });
  }
  c.otherKeys(bn, hn, (k) => join(h.pointer, k), where, rules.side, { skip: ['required', 'content'] });
  content(c, bn.content ?? {}, hn.content ?? {}, join(b.pointer, 'content'), join(h.pointer, 'content'), where, rules.side, rules.message);
}

/** The media types of a body or a response, and the schema and examples of each. */
export function content(c: Comparison, bc: Record<string, any>, hc: Record<string, any>, bptr: string, hptr: string, where: string, side: 'request' | 'response', message = false): void {
  for (const mt of keysOf(bc, hc)) {
    const bm = bc[mt];
    const hm = hc[mt];
    const w = `${where} ${mt}`;
    if (!hm) {
      c.add({
        pointer: join(bptr, mt),
        where: w,
        kind: 'media-type-removed',
        side,
        client:
          side === 'request'
            ? { breaking: true, reason: `breaking for clients: bodies sent as ${mt} are no longer accepted` }
            : { breaking: true, reason: `breaking for clients: clients that read ${mt} no longer get it` },
        server: { breaking: false, reason: `compatible for servers: the implementation may drop ${mt}` },
      });
      continue;
    }
    if (!bm) {
      c.add({
        pointer: join(hptr, mt),
        where: w,
        kind: 'media-type-added',
        side,
        client:
          side === 'request'
            ? { breaking: false, reason: `compatible for clients: bodies may also be sent as ${mt}` }
            : message
              ? { breaking: true, reason: `breaking for clients: the platform may now post the message as ${mt}, which receivers were not written for` }
              : { breaking: false, reason: `compatible for clients: the server picks ${mt} only for clients that ask for it (Accept)` },
        server:
          side === 'request'
            ? { breaking: true, reason: `breaking for servers: the implementation must accept ${mt}` }
            : { breaking: false, reason: `compatible for servers: the implementation may ${message ? 'send' : 'offer'} ${mt}` },
      });
      continue;
    }
    for (const k of keysOf(bm, hm)) {
      if (k === 'schema' || !c.differs(bm[k], hm[k])) continue;
      if (k === 'examples' && isObject(bm[k]) && isObject(hm[k])) {
        for (const name of keysOf(bm[k], hm[k])) {
          if (!c.differs(bm[k][name], hm[k][name])) continue;
          const inHead = name in hm[k];
          const { pointer } = c.resolve(inHead ? 'head' : 'base', (inHead ? hm : bm)[k][name], join(inHead ? hptr : bptr, mt, 'examples', name));
          c.documentation(pointer, w, side, `example ${name}`, !(name in bm[k]) ? 'added' : !inHead ? 'removed' : 'changed');
        }
      } else if (k === 'example' || k === 'examples' || k.startsWith('x-')) {
        c.documentation(join(hptr, mt, k), w, side, k);
      } else {
        c.unclassified(join(hptr, mt, k), w, side, k);
      }
    }
    schema(c, bm.schema, hm.schema, join(bptr, mt, 'schema'), join(hptr, mt, 'schema'), { side, where: w, ...(message ? { message } : {}) }, '');
  }
}
