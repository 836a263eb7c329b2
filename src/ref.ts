/** Local `$ref`s (`#/...`, JSON Pointers) inside a bundled OpenAPI document: one resolver for the package and the tools. */
import { unescapePointer } from './pointer.ts';

/** Follow local `$ref`s until a node that is not a reference; throws naming the reference that points at nothing or loops. */
// biome-ignore lint/suspicious/noExplicitAny: callers walk untyped JSON; the default keeps their code readable, and they may name a type
export function resolveRef<T = any>(doc: unknown, node: unknown): T {
  let cur: unknown = node;
  const seen = new Set<string>();
  for (let ref = refOf(cur); ref !== undefined; ref = refOf(cur)) {
    if (seen.has(ref)) throw new Error(`circular $ref ${ref}`);
    seen.add(ref);
    const target = refTarget(doc, ref);
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    cur = target;
  }
  return cur as T;
}

/**
 * The node a local `$ref` (`#/...`) names in `doc`, as written there (a `$ref`
 * found there is not followed), or undefined when nothing is there.
 */
export function refTarget(doc: unknown, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map(unescapePointer)
    .reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), doc);
}

/** The node's local `$ref` (`#/...`), if it is a reference. */
function refOf(node: unknown): string | undefined {
  const ref = node !== null && typeof node === 'object' ? (node as { $ref?: unknown }).$ref : undefined;
  return typeof ref === 'string' && ref.startsWith('#/') ? ref : undefined;
}
