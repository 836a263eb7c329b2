/**
 * What a JSON Schema validator compiles of a schema: the schema without its
 * annotation keywords, wherever a subschema sits. A keyword is only ever
 * removed at a schema position: a property named `description` is a key of
 * `properties`, not a keyword, and stays. Keywords this module does not know
 * as holding subschemas (`discriminator`, `enum`, `const`, extensions) are
 * kept whole.
 *
 * Used for the generated validators (scripts/lib/generate-validators.ts: what our Ajv
 * compiles, and the hash their modules carry) and for Redocly's example
 * validators kept across lints (scripts/lib/redocly-ajv.ts), each with the
 * annotations its validator ignores.
 */

/** Keywords whose value is a map of subschemas (JSON Schema 2020-12 and draft 4). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is a subschema or a list of them. */
const SCHEMA_OR_LIST = new Set(['items', 'prefixItems', 'allOf', 'anyOf', 'oneOf', 'additionalItems']);
/** Keywords whose value is one subschema. */
const SCHEMA = new Set(['not', 'if', 'then', 'else', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'propertyNames', 'contentSchema']);

export const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const mapValues = (v: Record<string, unknown>, f: (x: unknown) => unknown) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, f(x)]));

/** `schema` with `f` applied to each of its direct subschemas; every other keyword as it is. */
export function mapSubschemas(schema: Record<string, unknown>, f: (subschema: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(k) && isMap(v)) out[k] = mapValues(v, f);
    else if (SCHEMA_OR_LIST.has(k)) out[k] = Array.isArray(v) ? v.map(f) : f(v);
    else if (SCHEMA.has(k)) out[k] = f(v);
    // draft 4: a map of subschemas or of property-name lists
    else if (k === 'dependencies' && isMap(v)) out[k] = mapValues(v, (x) => (Array.isArray(x) ? x : f(x)));
    else out[k] = v;
  }
  return out;
}

/** The direct subschemas of `schema`. */
export function subschemasOf(schema: Record<string, unknown>): unknown[] {
  const found: unknown[] = [];
  mapSubschemas(schema, (s) => found.push(s));
  return found;
}

/** `schema` without the keywords in `annotations` (and, with `extensions`, the `x-` ones) at every schema position. */
export function withoutAnnotations(schema: unknown, annotations: ReadonlySet<string>, opts: { extensions?: boolean } = {}): unknown {
  if (!isMap(schema)) return schema;
  const kept = Object.fromEntries(Object.entries(schema).filter(([k]) => !annotations.has(k) && !(opts.extensions && k.startsWith('x-'))));
  return mapSubschemas(kept, (s) => withoutAnnotations(s, annotations, opts));
}
