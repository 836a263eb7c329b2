/**
 * Redocly's example validators, kept across lints while what they compile is
 * unchanged.
 *
 * Four of Redocly's rules check examples against their schemas
 * (no-invalid-media-type-examples, no-invalid-schema-examples,
 * no-invalid-parameter-examples, and assertions). Each makes its own
 * `AjvValidator` (@redocly/openapi-core lib/rules/ajv.js) for every lint, so
 * every lint compiles every schema again, `$ref`'d ones included: 90–100 ms
 * of a 390 ms save in `npm run dev` at four operations, the largest single
 * part of the loop (docs/toolchain-notes.md).
 *
 * `installRedoclyAjvCache` wraps `AjvValidator.prototype.getValidator` (the
 * class is not in the package's exports map: it is imported by its file, the
 * same module openapi-core's rules import, under tsx, vitest and the compiled
 * build alike). A validator is keyed by what its compilation reads: the
 * dialect, the `allowAdditionalProperties` option, the schema's location, and
 * what Ajv compiles of the schema and of every node its `$ref`s reach,
 * transitively, as the rule's own `resolve` finds them (the same resolution
 * Redocly's Ajv loader uses). What Ajv compiles leaves out the annotation
 * keywords openapi-core itself treats as not validated (title, description,
 * example, examples, default, deprecated) wherever a subschema sits, so a
 * description edit keeps every validator. A key seen before hands back the
 * validator compiled then. Only schemas whose compilation cannot depend on
 * what the lint's Ajv instance compiled before are keyed (see `closureKey`;
 * a review found the two ways it can); the rest, and anything the library
 * returns no validator for, is left to the library. Within one lint each
 * location's key is computed once. The cache keeps the `MAX_VALIDATORS` most
 * recently used validators: a full cache drops the oldest, never what the
 * lint going on has just compiled or used.
 */
import path from 'node:path';
import { AjvValidator } from '../../node_modules/@redocly/openapi-core/lib/rules/ajv.js';
import { Lru } from './lru.ts';
import { isMap, subschemasOf, withoutAnnotations } from './schema-shape.ts';

interface Location {
  source: { absoluteRef: string };
  absolutePointer: string;
}
type Resolve = (node: unknown, from?: string) => { location?: Location; node?: unknown; chain?: unknown[] };
type GetValidator = (schema: unknown, loc: Location, resolve: Resolve, allowAdditionalProperties: boolean, dialect: string) => unknown;

/** Validators kept; past this the least recently used is dropped. */
export const MAX_VALIDATORS = 1_000;

export interface RedoclyAjvCache {
  /** Validators the library compiled (a key not seen before). */
  readonly compiled: number;
  /** Validators handed back from an earlier lint. */
  readonly hits: number;
  /** Schemas left to the library uncached (a `$ref` that does not resolve, or no validator). */
  readonly uncached: number;
  /** Validators held now (at most MAX_VALIDATORS). */
  readonly size: number;
}

/** Key → validator, the MAX_VALIDATORS most recently used. */
const validators = new Lru<string, unknown>(MAX_VALIDATORS);
const counters = {
  compiled: 0,
  hits: 0,
  uncached: 0,
  get size() {
    return validators.size;
  },
};
/** Per validator instance (one rule in one lint): location → validator. */
const perLint = new WeakMap<object, Map<string, unknown>>();
let installed = false;

/** Keywords Ajv does not validate: openapi-core's own list (it shares one validator between top-level schemas that differ only in them). */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'default', 'deprecated']);
/** JSON text of a shape, with the numbers JSON cannot write (YAML's .inf, .nan) spelled out instead of all becoming null. */
const keyText = (shape: unknown): string => JSON.stringify(shape, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { 'non-finite number': String(v) } : v)) ?? 'undefined';

/** What Redocly's Ajv compiles of a schema: the schema without openapi-core's annotation keywords at every schema position (scripts/lib/schema-shape.ts). */
export const validationShape = (schema: unknown): unknown => withoutAnnotations(schema, ANNOTATIONS);

/** Keywords by which Ajv finds a schema in its instance other than by the file a `$ref` names. */
const IDENTIFIERS = new Set(['$id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveRef', '$recursiveAnchor', '$schema']);
/** Whether a shape declares an identifier at a schema position (draft 4's `id` counts when it is a string). */
function declaresIdentifier(shape: unknown): boolean {
  if (!isMap(shape)) return false;
  return Object.entries(shape).some(([k, v]) => IDENTIFIERS.has(k) || (k === 'id' && typeof v === 'string')) || subschemasOf(shape).some(declaresIdentifier);
}

/**
 * The key of `schema` at `loc`: what Ajv compiles of it and of every node its
 * `$ref`s reach (by location, transitively), or undefined when the schema is
 * left to the library. A `$ref` anywhere in what is kept is followed, even
 * where Ajv would not look.
 *
 * Only schemas whose compilation cannot depend on what the lint's Ajv
 * instance compiled before are keyed (on a hit the library is not called, so
 * the instance does not hold what it would have): every `$ref` names a whole
 * file (a pointer into a file Ajv has loaded already is looked up in its
 * copy, keeping what Redocly's resolver drops), the file's root is the node
 * Redocly resolves to (no `$ref` there to follow), and no node declares an
 * identifier (`$id`, an anchor, `$schema`...: Ajv registers those, and a
 * second registration is an error in the library's run). A `$ref` that does
 * not resolve leaves the schema to the library too.
 */
export function closureKey(schema: unknown, loc: Location, resolve: Resolve): string | undefined {
  const reached = new Map<string, string>();
  const pending: Array<{ node: unknown; from: string; at?: string }> = [{ node: schema, from: loc.source.absoluteRef }];
  let top = '';
  while (pending.length) {
    const { node, from, at } = pending.pop()!;
    const shape = validationShape(node);
    if (declaresIdentifier(shape)) return undefined;
    const json = keyText(shape);
    if (at === undefined) top = json;
    else reached.set(at, json);
    const walk = (value: unknown): boolean => {
      if (typeof value !== 'object' || value === null) return true;
      const ref = (value as { $ref?: unknown }).$ref;
      if (typeof ref === 'string') {
        if (ref.includes('#') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref)) return false;
        const target = resolve({ $ref: ref }, from);
        if (!target.location || target.chain?.length || target.location.source.absoluteRef !== path.resolve(path.dirname(from), ref)) return false;
        const to = target.location.absolutePointer;
        if (!reached.has(to)) {
          reached.set(to, '');
          pending.push({ node: target.node, from: target.location.source.absoluteRef, at: to });
        }
      }
      for (const child of Object.values(value)) if (!walk(child)) return false;
      return true;
    };
    if (!walk(shape)) return undefined;
  }
  return JSON.stringify([loc.absolutePointer, top, [...reached].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
}

/** Wrap the library's `getValidator` once per process; returns the counters. */
export function installRedoclyAjvCache(): RedoclyAjvCache {
  if (installed) return counters;
  const proto = AjvValidator.prototype as unknown as { getValidator: GetValidator };
  const original = proto.getValidator;
  if (typeof original !== 'function') throw new Error("redocly-ajv.ts: @redocly/openapi-core's AjvValidator has no getValidator method: the cache cannot be installed (has the library changed?)");
  proto.getValidator = function (this: object, schema, loc, resolve, allowAdditionalProperties, dialect) {
    let mine = perLint.get(this);
    if (!mine) perLint.set(this, (mine = new Map()));
    const where = `${dialect}|${allowAdditionalProperties}|${loc.absolutePointer}`;
    if (mine.has(where)) return mine.get(where);
    const closure = closureKey(schema, loc, resolve);
    const key = closure === undefined ? undefined : `${dialect}|${allowAdditionalProperties}|${closure}`;
    let validate = key === undefined ? undefined : validators.get(key);
    if (key !== undefined && validate !== undefined) {
      counters.hits++;
    } else {
      validate = original.call(this, schema, loc, resolve, allowAdditionalProperties, dialect);
      if (key === undefined || validate === undefined) counters.uncached++;
      else {
        counters.compiled++;
        validators.set(key, validate);
      }
    }
    mine.set(where, validate);
    return validate;
  };
  installed = true;
  return counters;
}
