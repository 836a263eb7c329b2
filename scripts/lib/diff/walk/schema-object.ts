/**
 * Object keyword rules: properties added or removed, made required or
 * optional, and whether an object accepts properties it does not list
 * (`additionalProperties`).
 */
import type { Comparison } from '../comparison.ts';
import { join } from '../pointers.ts';
import { isObject, keysOf } from '../values.ts';
import { constraint, type CompareSchemas, type Effect, type SchemaCtx } from './constraint.ts';

/** The object keywords of two (normalised) schemas; `schema` compares the schemas inside them. */
export function objectKeywords(c: Comparison, b: Record<string, any>, h: Record<string, any>, bptr: string, hptr: string, ctx: SchemaCtx, loc: string, where: string, schema: CompareSchemas): void {
  const bProps: Record<string, unknown> = isObject(b.properties) ? b.properties : {};
  const hProps: Record<string, unknown> = isObject(h.properties) ? h.properties : {};
  const bReq = new Set<string>(Array.isArray(b.required) ? b.required.map(String) : []);
  const hReq = new Set<string>(Array.isArray(h.required) ? h.required.map(String) : []);
  // Does the working schema accept properties it does not list?
  const headOpen = (h.additionalProperties === undefined || h.additionalProperties === true) && h.unevaluatedProperties !== false;
  const baseOpen = (b.additionalProperties === undefined || b.additionalProperties === true) && b.unevaluatedProperties !== false;
  const req = ctx.side === 'request';
  const name = (h.title ?? b.title) ? `${h.title ?? b.title}` : 'the object';

  for (const p of keysOf(bProps, hProps)) {
    const field = `${loc}/${p}`;
    const w = `${ctx.where} › ${field}`;
    const inB = p in bProps;
    const inH = p in hProps;
    if (inB && inH) {
      schema(c, bProps[p], hProps[p], join(bptr, 'properties', p), join(hptr, 'properties', p), { ...ctx, alwaysPresent: bReq.has(p) && hReq.has(p) }, field);
      continue;
    }
    if (inH) {
      const required = hReq.has(p);
      const pointer = join(hptr, 'properties', p);
      if (required) {
        c.add({
          pointer,
          where: w,
          kind: 'property-added-required',
          side: ctx.side,
          client: req
            ? { breaking: true, reason: `breaking for clients: ${field} is a new required field; requests without it are now rejected` }
            : { breaking: false, reason: `compatible for clients: ${field} is a new field that is always present` },
          server: req
            ? { breaking: false, reason: `compatible for servers: the implementation may rely on ${field}` }
            : { breaking: true, reason: `breaking for servers: the implementation must always send ${field}` },
        });
      } else {
        c.add({
          pointer,
          where: w,
          kind: 'property-added',
          side: ctx.side,
          client: req
            ? { breaking: false, reason: `compatible for clients: ${field} is a new optional field; requests without it stay valid` }
            : { breaking: false, reason: `compatible for clients: ${field} is a new optional field; clients ignore fields they do not know` },
          server: req
            ? baseOpen
              ? { breaking: false, reason: `compatible for servers: ${name} already accepted unlisted fields, but the implementation must honour ${field} to give it meaning` }
              : { breaking: true, reason: `breaking for servers: the implementation must now accept ${field}` }
            : { breaking: false, reason: `compatible for servers: the implementation may send ${field} when it has it` },
        });
      }
      continue;
    }
    // removed
    const pointer = join(bptr, 'properties', p);
    if (req) {
      c.add({
        pointer,
        where: w,
        kind: 'property-removed',
        side: ctx.side,
        client:
          headOpen && !hReq.has(p)
            ? {
                breaking: false,
                reason: `compatible for clients: requests that still send ${field} stay valid because ${name} accepts fields it does not list; the server ignores the value from now on`,
              }
            : { breaking: true, reason: `breaking for clients: requests that send ${field} are now rejected (${name} no longer accepts it)` },
        server: { breaking: false, reason: `compatible for servers: the implementation no longer has to handle ${field}` },
      });
    } else {
      c.add({
        pointer,
        where: w,
        kind: 'property-removed',
        side: ctx.side,
        client: {
          breaking: true,
          reason: `breaking for clients: ${field} is no longer part of the ${ctx.message ? 'message' : 'response'}; ${ctx.message ? 'receivers' : 'clients'} (and generated types) that read it lose it`,
        },
        server: { breaking: false, reason: `compatible for servers: the implementation may stop sending ${field}` },
      });
    }
  }

  // required flags of properties that exist on both sides (or are required without being listed)
  for (const p of new Set([...bReq, ...hReq])) {
    if (bReq.has(p) === hReq.has(p)) continue;
    if (p in bProps !== p in hProps) continue; // reported with the property itself
    const field = `${loc}/${p}`;
    const w = `${ctx.where} › ${field}`;
    const pointer = join('required' in h ? hptr : bptr, 'required');
    if (hReq.has(p)) {
      c.add(
        {
          pointer,
          where: w,
          kind: 'property-required',
          side: ctx.side,
          client: req
            ? { breaking: true, reason: `breaking for clients: ${field} was optional and is now required; requests without it are rejected` }
            : { breaking: false, reason: `compatible for clients: ${field} is now always present` },
          server: req
            ? { breaking: false, reason: `compatible for servers: the implementation may rely on ${field}` }
            : { breaking: true, reason: `breaking for servers: the implementation must always send ${field}` },
        },
        p,
      );
    } else {
      c.add(
        {
          pointer,
          where: w,
          kind: 'property-optional',
          side: ctx.side,
          client: req
            ? { breaking: false, reason: `compatible for clients: ${field} may now be left out` }
            : { breaking: true, reason: `breaking for clients: ${field} was always present and may now be missing` },
          server: req
            ? { breaking: true, reason: `breaking for servers: the implementation must handle requests without ${field}` }
            : { breaking: false, reason: `compatible for servers: the implementation may leave ${field} out` },
        },
        p,
      );
    }
  }

  // additionalProperties: open (absent/true), closed (false) or a schema for the extra values
  if (b.additionalProperties !== undefined || h.additionalProperties !== undefined) {
    const kindOf = (v: unknown) => (v === undefined || v === true ? 'open' : v === false ? 'closed' : 'schema');
    const bk = kindOf(b.additionalProperties);
    const hk = kindOf(h.additionalProperties);
    const at = loc || ctx.root || '(body)';
    if (bk === 'schema' && hk === 'schema') {
      schema(c, b.additionalProperties, h.additionalProperties, join(bptr, 'additionalProperties'), join(hptr, 'additionalProperties'), { ...ctx, alwaysPresent: false }, `${loc}/*`);
    } else if (bk !== hk) {
      const rank = { open: 2, schema: 1, closed: 0 } as const;
      const effect: Effect = rank[hk] < rank[bk] ? 'narrow' : 'widen';
      constraint(
        c,
        join('additionalProperties' in h ? hptr : bptr, 'additionalProperties'),
        where,
        ctx,
        'additionalProperties',
        effect,
        `${at}: fields it does not list are ${hk === 'open' ? 'now accepted' : hk === 'closed' ? 'now rejected' : 'now limited by a schema'}`,
      );
    }
  }
}
