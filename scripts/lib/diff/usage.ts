/** Which operations and server messages use each component. */
import type { OpenApiDocument } from '../contract.ts';
import { HTTP_METHODS } from '../openapi.ts';
import { refTarget } from '../../../src/ref.ts';
import { pointerOf } from './pointers.ts';
import { isObject } from './values.ts';

/**
 * Who uses each component: for every operation (`METHOD /path`) and server
 * message (`webhook name`), every component it reaches through local `$ref`s,
 * followed transitively (a schema inside a schema inside a response), plus the
 * security schemes it names.
 */
export function componentUsers(doc: OpenApiDocument): Map<string, string[]> {
  const users = new Map<string, string[]>();
  const use = (ptr: string, label: string) => {
    const list = users.get(ptr) ?? [];
    if (!list.includes(label)) list.push(label);
    users.set(ptr, list);
  };
  const walk = (node: unknown, label: string, seen: Set<string>, depth: number): void => {
    if (depth > 256 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((x) => walk(x, label, seen, depth + 1));
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) {
        if (seen.has(v)) continue;
        seen.add(v);
        use(`#${v.slice(1)}`, label);
        walk(refTarget(doc, v), label, seen, depth + 1);
      } else walk(v, label, seen, depth + 1);
    }
  };
  const visit = (items: unknown, label: (key: string, method: string) => string) => {
    for (const [key, rawItem] of Object.entries(isObject(items) ? items : {})) {
      const seenItem = new Set<string>();
      let item: any = rawItem;
      if (isObject(rawItem) && typeof rawItem.$ref === 'string' && rawItem.$ref.startsWith('#/')) item = refTarget(doc, rawItem.$ref);
      if (!isObject(item)) continue;
      for (const m of HTTP_METHODS) {
        if (!isObject(item[m])) continue;
        const l = label(key, m);
        if (isObject(rawItem) && typeof rawItem.$ref === 'string') use(`#${rawItem.$ref.slice(1)}`, l);
        const seen = new Set(seenItem);
        walk(item.parameters, l, seen, 0);
        walk(item[m], l, seen, 0);
        const security = Array.isArray(item[m].security) ? item[m].security : Array.isArray(doc.security) ? doc.security : [];
        for (const req of security) for (const name of Object.keys(isObject(req) ? req : {})) use(pointerOf('components', 'securitySchemes', name), l);
      }
    }
  };
  visit(doc.paths, (p, m) => `${m.toUpperCase()} ${p}`);
  visit(doc.webhooks, (name) => `webhook ${name}`);
  return users;
}
