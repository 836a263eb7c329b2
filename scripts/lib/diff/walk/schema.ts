/**
 * Schema rules: `$ref`s followed into components (each pair compared once per
 * operation or server message and side), then keyword by keyword: type, the
 * allowed values (enum/const), format and pattern, bounds, multipleOf,
 * uniqueItems, default, items, composition, annotations. Object keywords are
 * in schema-object.ts.
 */
import { ANNOTATIONS, type Comparison, type Resolved, type Which } from '../comparison.ts';
import { join } from '../pointers.ts';
import { isObject, list, show } from '../values.ts';
import { constraint, type Effect, type SchemaCtx } from './constraint.ts';
import { objectKeywords } from './schema-object.ts';

/** Bounds, and whether raising them narrows (`min`) or widens (`max`) what is allowed. */
const BOUNDS: Record<string, 'min' | 'max'> = {
  minimum: 'min',
  exclusiveMinimum: 'min',
  maximum: 'max',
  exclusiveMaximum: 'max',
  minLength: 'min',
  maxLength: 'max',
  minItems: 'min',
  maxItems: 'max',
  minProperties: 'min',
  maxProperties: 'max',
  minContains: 'min',
  maxContains: 'max',
};
/** Schema keywords compared by their own rule; any other keyword that changes is "unclassified" (assumed breaking). */
const HANDLED_SCHEMA_KEYS = new Set([
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'multipleOf',
  'uniqueItems',
  'default',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'allOf',
  'anyOf',
  'oneOf',
  ...Object.keys(BOUNDS),
  ...ANNOTATIONS,
]);

/** Compare two schemas as written (a `$ref`, or a schema); see CompareSchemas. */
export function schema(c: Comparison, braw: unknown, hraw: unknown, bptr: string, hptr: string, ctx: SchemaCtx, loc: string): void {
  const bRef = isObject(braw) && typeof braw.$ref === 'string';
  const hRef = isObject(hraw) && typeof hraw.$ref === 'string';
  if (bRef || hRef) {
    const split = (which: Which, raw: any, ptr: string, isRef: boolean) => {
      if (!isRef) return { siblings: raw, target: undefined as Resolved | undefined };
      const { $ref: _r, ...siblings } = raw;
      return { siblings, target: c.resolve(which, { $ref: raw.$ref }, ptr) };
    };
    const b = split('base', braw, bptr, bRef);
    const h = split('head', hraw, hptr, hRef);
    if (b.target && h.target) {
      // Siblings of $ref (usually a description) are compared where they are written.
      schemaNode(c, b.siblings, h.siblings, bptr, hptr, ctx, loc);
      schema(c, b.target.node, h.target.node, b.target.pointer, h.target.pointer, ctx, loc);
    } else {
      // A schema moved into (or out of) a component: compare what it means.
      const eff = (x: { siblings: any; target: Resolved | undefined }, ptr: string) =>
        x.target ? { node: { ...(isObject(x.target.node) ? x.target.node : {}), ...x.siblings }, ptr: x.target.pointer } : { node: x.siblings, ptr };
      const be = eff(b, bptr);
      const he = eff(h, hptr);
      schema(c, be.node, he.node, be.ptr, he.ptr, ctx, loc);
    }
    return;
  }
  // Compared once per operation or server message (and side): a shared
  // schema's change is then placed at every one that reaches it (`also`),
  // while recursion inside one of them still ends.
  const key = `${ctx.side}|${ctx.alwaysPresent ? 'present' : ''}|${ctx.where.split(' › ')[0]}|${bptr}|${hptr}`;
  if (c.compared.has(key)) return;
  c.compared.add(key);
  schemaNode(c, braw, hraw, bptr, hptr, ctx, loc);
}

function schemaNode(c: Comparison, braw: unknown, hraw: unknown, bptr: string, hptr: string, ctx: SchemaCtx, loc: string): void {
  const norm = (s: unknown): Record<string, any> => (s === undefined || s === true ? {} : s === false ? { not: {} } : isObject(s) ? s : { const: s });
  const b = norm(braw);
  const h = norm(hraw);
  // No shortcut on equal text: equal `$ref`s may name components that changed.
  const at = loc || ctx.root || '(body)';
  const where = loc ? `${ctx.where} › ${loc}` : ctx.where;
  const ptr = (k: string, useBase = !(k in h)) => join(useBase ? bptr : hptr, k);

  // type (integer is a subset of number)
  if (!c.same(b.type, h.type)) {
    const types = (n: any): string[] | null => (n.type === undefined ? null : Array.isArray(n.type) ? n.type.map(String) : [String(n.type)]);
    const accepts = (set: string[] | null, t: string) => set === null || set.includes(t) || (t === 'integer' && set.includes('number'));
    const bt = types(b);
    const ht = types(h);
    const lost = bt === null ? ht !== null : bt.some((t) => !accepts(ht, t));
    const gained = ht === null ? bt !== null : ht.some((t) => !accepts(bt, t));
    if (lost || gained) {
      const fmt = (t: string[] | null) => (t === null ? 'any type' : t.join(' | '));
      constraint(c, ptr('type'), where, ctx, 'type', lost && gained ? 'change' : lost ? 'narrow' : 'widen', `${at}: type ${fmt(bt)} → ${fmt(ht)}`);
    }
  }

  // enum / const: the set of allowed values
  if (!c.same(b.enum, h.enum) || !c.same(b.const, h.const)) {
    const values = (n: any): unknown[] | null => ('const' in n ? [n.const] : Array.isArray(n.enum) ? n.enum : null);
    const bv = values(b);
    const hv = values(h);
    const has = (set: unknown[] | null, v: unknown) => set === null || set.some((x) => c.same(x, v));
    const removed = bv === null ? [] : bv.filter((v) => !has(hv, v));
    const added = hv === null ? [] : hv.filter((v) => !has(bv, v));
    const nowClosed = bv === null && hv !== null;
    const nowOpen = bv !== null && hv === null;
    const k = 'enum' in h || 'enum' in b ? 'enum' : 'const';
    if (removed.length || added.length || nowClosed || nowOpen) {
      const parts = [
        removed.length ? `value${removed.length > 1 ? 's' : ''} ${list(removed)} removed` : '',
        added.length && !nowClosed ? `value${added.length > 1 ? 's' : ''} ${list(added)} added` : '',
        nowClosed ? `now limited to ${list(hv!)}` : '',
        nowOpen ? 'no longer limited to a list of values' : '',
      ].filter(Boolean);
      const narrow = removed.length > 0 || nowClosed;
      const widen = (added.length > 0 && !nowClosed) || nowOpen;
      const effect: Effect = narrow && widen ? 'change' : narrow ? 'narrow' : 'widen';
      const strict =
        ctx.side === 'response' && widen
          ? `breaking for clients: strict clients (exhaustive switches, generated enum types, response validators) meet ${added.length ? list(added) : 'values'} in ${at}, which they were not written for`
          : undefined;
      constraint(c, ptr(k), where, ctx, k, effect, `${at}: ${parts.join('; ')}`, strict);
    }
  }

  // format and pattern: added narrows, removed widens, a different one is a change
  for (const k of ['format', 'pattern'] as const) {
    if (c.same(b[k], h[k])) continue;
    const effect: Effect = b[k] === undefined ? 'narrow' : h[k] === undefined ? 'widen' : 'change';
    constraint(c, ptr(k), where, ctx, k, effect, `${at}: ${k} ${show(b[k])} → ${show(h[k])}`);
  }

  // bounds
  for (const [k, dir] of Object.entries(BOUNDS)) {
    if (c.same(b[k], h[k])) continue;
    const bv = b[k];
    const hv = h[k];
    let effect: Effect;
    if (bv === undefined) effect = 'narrow';
    else if (hv === undefined) effect = 'widen';
    else if (typeof bv !== 'number' || typeof hv !== 'number') effect = 'change';
    else effect = (dir === 'min') === hv > bv ? 'narrow' : 'widen';
    constraint(c, ptr(k), where, ctx, k, effect, `${at}: ${k} ${show(bv)} → ${show(hv)}`);
  }
  if (!c.same(b.multipleOf, h.multipleOf)) {
    const bv = b.multipleOf;
    const hv = h.multipleOf;
    const effect: Effect = bv === undefined ? 'narrow' : hv === undefined ? 'widen' : Number.isInteger(hv / bv) ? 'narrow' : Number.isInteger(bv / hv) ? 'widen' : 'change';
    constraint(c, ptr('multipleOf'), where, ctx, 'multipleOf', effect, `${at}: multipleOf ${show(bv)} → ${show(hv)}`);
  }
  if (!c.same(b.uniqueItems ?? false, h.uniqueItems ?? false)) {
    constraint(c, ptr('uniqueItems'), where, ctx, 'uniqueItems', h.uniqueItems === true ? 'narrow' : 'widen', `${at}: uniqueItems ${show(b.uniqueItems ?? false)} → ${show(h.uniqueItems ?? false)}`);
  }

  // default: what the server assumes when a request leaves the field out
  if (!c.same(b.default, h.default)) {
    if (ctx.side === 'request' && b.default !== undefined && ctx.alwaysPresent) {
      c.add({
        pointer: ptr('default'),
        where,
        kind: 'documentation',
        side: ctx.side,
        client: {
          breaking: false,
          reason: `compatible for clients: the default of ${at} changed (${show(b.default)} → ${h.default === undefined ? 'none' : show(h.default)}), but ${at} is required in requests, so no valid request ever relied on it`,
        },
        server: { breaking: false, reason: `compatible for servers: every valid request carries ${at}` },
      });
    } else if (ctx.side === 'request' && b.default !== undefined) {
      c.add({
        pointer: ptr('default'),
        where,
        kind: 'default',
        side: ctx.side,
        client: {
          breaking: true,
          reason: `breaking for clients: requests that leave out ${at} now get ${h.default === undefined ? 'no documented default' : show(h.default)} instead of ${show(b.default)}`,
        },
        server: { breaking: true, reason: `breaking for servers: the implementation must apply ${h.default === undefined ? 'no' : show(h.default)} default for ${at}` },
      });
    } else {
      c.documentation(ptr('default'), where, ctx.side, 'default');
    }
  }

  objectKeywords(c, b, h, bptr, hptr, ctx, loc, where, schema);

  // items
  if (b.items !== undefined || h.items !== undefined) {
    schema(c, b.items, h.items, join(bptr, 'items'), join(hptr, 'items'), { ...ctx, alwaysPresent: false }, `${loc}[]`);
  }

  // composition: compared member by member when the shape stays, otherwise left to a person
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    if (b[k] === undefined && h[k] === undefined) continue;
    if (Array.isArray(b[k]) && Array.isArray(h[k]) && b[k].length === h[k].length) {
      b[k].forEach((m: unknown, i: number) => schema(c, m, h[k][i], join(bptr, k, i), join(hptr, k, i), ctx, loc));
    } else {
      c.unclassified(ptr(k), where, ctx.side, k);
    }
  }

  // annotations and everything else
  c.otherKeys(b, h, (k) => ptr(k), where, ctx.side, { handled: HANDLED_SCHEMA_KEYS });
}
