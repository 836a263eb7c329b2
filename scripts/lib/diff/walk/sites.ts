/**
 * What operations (`paths`) and server messages (`webhooks`) have in common:
 * finding them in a document, comparing their own keywords, and listing their
 * parameters.
 */
import { HTTP_METHODS } from '../../openapi.ts';
import type { Comparison, Resolved, Which } from '../comparison.ts';
import { join, pointerOf } from '../pointers.ts';
import type { Impacts } from '../types.ts';
import { isObject, keysOf, show } from '../values.ts';
import { schema } from './schema.ts';

/** One operation (or server message) in one document. */
export interface OpSite {
  /** The path template, or the server message's name. */
  path: string;
  method: string;
  op: any;
  item: any;
  ptr: string;
}

/** Every operation under `paths` or `webhooks` of one document, by the key that matches it across documents. */
export function sitesOf(c: Comparison, which: Which, section: 'paths' | 'webhooks', keyOf: (path: string, method: string) => string): Map<string, OpSite> {
  const items = c.doc(which)[section];
  const map = new Map<string, OpSite>();
  for (const [p, rawItem] of Object.entries(isObject(items) ? items : {})) {
    const { node: item } = c.resolve(which, rawItem, pointerOf(section, p));
    if (!isObject(item)) continue;
    for (const m of HTTP_METHODS) {
      if (isObject(item[m])) map.set(keyOf(p, m), { path: p, method: m, op: item[m], item, ptr: pointerOf(section, p, m) });
    }
  }
  return map;
}

/**
 * The operation's own keywords (not its parameters, body, responses): a new
 * operationId renames generated code (`renamed` says which), annotations and
 * extensions document, `security` is left to `security` (undefined) or judged
 * unclassified with that wording, anything else is unclassified.
 */
export function operationKeys(c: Comparison, b: OpSite, h: OpSite, label: string, opts: { renamed: string; security?: string }): void {
  const bo = b.op;
  const ho = h.op;
  for (const key of keysOf(bo, ho)) {
    if (!c.differs(bo[key], ho[key])) continue;
    const ptr = join(key in ho ? h.ptr : b.ptr, key);
    if (key === 'operationId') {
      c.add({
        pointer: ptr,
        where: label,
        kind: 'operation-id',
        side: 'operation',
        client: { breaking: true, reason: `breaking for clients: ${opts.renamed} after the operationId (${show(bo[key])} → ${show(ho[key])})` },
        server: { breaking: false, reason: 'compatible for servers: the wire format does not change' },
      });
    } else if (['summary', 'description', 'tags', 'externalDocs', 'deprecated'].includes(key) || key.startsWith('x-')) {
      c.documentation(ptr, label, 'operation', key);
    } else if (key === 'security' && opts.security !== undefined) {
      c.unclassified(ptr, label, 'operation', opts.security);
    } else if (!['security', 'parameters', 'requestBody', 'responses'].includes(key)) {
      c.unclassified(ptr, label, 'operation', key);
    }
  }
}

/** How the parameters of one kind of site are matched and judged. */
export interface ParameterRules {
  side: 'request' | 'response';
  /** The parameters are sent by the platform in a server message. */
  message?: boolean;
  /** Match path parameters by their place in the path template (renaming one changes nothing on the wire). */
  pathBySlot?: boolean;
  removed(name: string): Impacts;
  required(name: string): Impacts;
  optional(name: string): Impacts;
  added(name: string, required: boolean): Impacts;
}

/** Parameters added, removed, made required or optional, and their schemas. */
export function parameters(c: Comparison, b: OpSite, h: OpSite, label: string, rules: ParameterRules): void {
  const bp = parametersOf(c, 'base', b, rules);
  const hp = parametersOf(c, 'head', h, rules);
  for (const [key, br] of bp) {
    const hr = hp.get(key);
    const name = `${br.node.in} parameter ${br.node.name}`;
    const where = `${label} › ${name}`;
    if (!hr) {
      c.add({ pointer: br.pointer, where, kind: 'parameter-removed', side: rules.side, ...rules.removed(name) });
      continue;
    }
    const bReq = br.node.required === true;
    const hReq = hr.node.required === true;
    if (bReq !== hReq) {
      c.add({ pointer: join(hr.pointer, 'required'), where, kind: hReq ? 'parameter-required' : 'parameter-optional', side: rules.side, ...(hReq ? rules.required(name) : rules.optional(name)) });
    }
    c.otherKeys(br.node, hr.node, (k) => join(hr.pointer, k), where, rules.side, { skip: ['name', 'in', 'required', 'schema'] });
    schema(c, br.node.schema, hr.node.schema, join(br.pointer, 'schema'), join(hr.pointer, 'schema'), { side: rules.side, ...(rules.message ? { message: true } : {}), where, root: name }, '');
  }
  for (const [key, hr] of hp) {
    if (bp.has(key)) continue;
    const name = `${hr.node.in} parameter ${hr.node.name}`;
    const required = hr.node.required === true;
    c.add({ pointer: hr.pointer, where: `${label} › ${name}`, kind: required ? 'parameter-added-required' : 'parameter-added', side: rules.side, ...rules.added(name, required) });
  }
}

/** The parameters of a site (its path item's, then its own), by `in` and name (header names in lower case). */
function parametersOf(c: Comparison, which: Which, site: OpSite, rules: ParameterRules): Map<string, Resolved> {
  const slots = [...site.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const map = new Map<string, Resolved>();
  const itemPtr = site.ptr.slice(0, site.ptr.lastIndexOf('/'));
  const add = (arr: unknown, ptr: string) => {
    if (!Array.isArray(arr)) return;
    arr.forEach((raw, i) => {
      const r = c.resolve(which, raw, join(ptr, i));
      if (!isObject(r.node)) return;
      const loc = String(r.node.in);
      const name = loc === 'header' ? String(r.node.name).toLowerCase() : loc === 'path' && rules.pathBySlot ? `#${slots.indexOf(String(r.node.name))}` : String(r.node.name);
      map.set(`${loc}:${name}`, r);
    });
  };
  add(site.item.parameters, join(itemPtr, 'parameters'));
  add(site.op.parameters, join(site.ptr, 'parameters'));
  return map;
}
