/** Local `$ref`s (`#/...`, JSON Pointers) inside a bundled OpenAPI document: one resolver for the package and the tools. */
import { unescapePointer } from './pointer.ts';

/** Follow local `$ref`s until a node that is not a reference; throws naming the reference that points at nothing or loops. */
export function resolveRef<T = any>(doc: unknown, node: unknown): T {
  let cur: any = node;
  const seen = new Set<string>();
  while (cur && typeof cur === 'object' && typeof cur.$ref === 'string' && cur.$ref.startsWith('#/')) {
    if (seen.has(cur.$ref)) throw new Error(`circular $ref ${cur.$ref}`);
    seen.add(cur.$ref);
    const target: any = cur.$ref
      .slice(2)
      .split('/')
      .map(unescapePointer)
      .reduce((o: any, k: string) => o?.[k], doc);
    if (target === undefined) throw new Error(`unresolved $ref ${cur.$ref}`);
    cur = target;
  }
  return cur as T;
}
