/**
 * The contract's schemas as the fuzzer reads them (generated/openapi.json):
 * `$ref`s resolved, `allOf` merged, and the keywords the generators honour
 * (SUPPORTED); any other keyword is a FuzzSchemaError, never silently ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ToolError } from '../errors.ts';
import { resolveRef } from '../openapi.ts';
import { GENERATED_DIR } from '../paths.ts';

export type Schema = Record<string, any>;
/** A schema the generators cannot honour: the message names where and what. */
export class FuzzSchemaError extends ToolError {}

/** Keywords that describe and constrain nothing: every generator skips them (and `x-` extensions). */
export const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', '$id', '$schema', '$comment', 'externalDocs']);
export const SUPPORTED = new Set([
  '$ref',
  'allOf',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'format',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
]);

export interface ContractSchemas {
  doc: Schema;
  /** components.schemas.<name>, or a FuzzSchemaError naming it. */
  schema(name: string): Schema;
  /** Follow $refs and merge allOf into one schema (only what the generator can merge exactly). */
  resolve(s: Schema, at?: string): Schema;
}

export function loadContractSchemas(file = path.join(GENERATED_DIR, 'openapi.json')): ContractSchemas {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Schema;
  const resolve = (s: Schema, at = '#'): Schema => {
    if (typeof s.$ref === 'string') {
      const { $ref, ...siblings } = s;
      if (!$ref.startsWith('#/')) throw new FuzzSchemaError(`only local $refs are supported, got ${$ref}`);
      if (Object.keys(siblings).some((k) => SUPPORTED.has(k)))
        throw new FuzzSchemaError(`$ref ${$ref} at ${at} has constraining siblings (${Object.keys(siblings).join(', ')}): not supported by the fuzzer`);
      let target: Schema;
      try {
        target = resolveRef<Schema>(doc, { $ref });
      } catch (err) {
        throw new FuzzSchemaError((err as Error).message);
      }
      return resolve(target, $ref);
    }
    if (!Array.isArray(s.allOf)) return s;
    return mergeAllOf(s, (b, i) => resolve(b, `${at}/allOf/${i}`), at);
  };
  const schema = (name: string): Schema => {
    const s = doc.components?.schemas?.[name];
    if (!s) throw new FuzzSchemaError(`generated/openapi.json has no components.schemas.${name}`);
    return s;
  };
  return { doc, schema, resolve };
}

/**
 * allOf of object schemas, merged into one: properties and required united.
 * A property declared by two branches differently, a branch with
 * additionalProperties (its meaning would change once merged) or a branch
 * that is not an object schema is a FuzzSchemaError.
 */
function mergeAllOf(s: Schema, resolveBranch: (b: Schema, i: number) => Schema, at: string): Schema {
  const { allOf, ...outer } = s;
  const out: Schema = { ...outer };
  const branches = (allOf as Schema[]).map(resolveBranch);
  for (const [i, b] of [outer, ...branches].entries()) {
    for (const k of Object.keys(b)) {
      if (ANNOTATIONS.has(k) || k.startsWith('x-')) continue;
      if (!['type', 'properties', 'required', 'additionalProperties'].includes(k)) throw new FuzzSchemaError(`allOf at ${at}: keyword "${k}" in branch ${i} cannot be merged by the fuzzer`);
    }
    if (b.type !== undefined && b.type !== 'object') throw new FuzzSchemaError(`allOf at ${at}: branch ${i} is not an object schema`);
    if (b.additionalProperties !== undefined && b.additionalProperties !== true)
      throw new FuzzSchemaError(`allOf at ${at}: branch ${i} restricts additionalProperties; merging would change its meaning`);
    if (b.type) out.type = 'object';
    for (const [name, sub] of Object.entries((b.properties ?? {}) as Record<string, Schema>)) {
      out.properties ??= {};
      if (name in out.properties && JSON.stringify(out.properties[name]) !== JSON.stringify(sub))
        throw new FuzzSchemaError(`allOf at ${at}: property "${name}" is declared differently by two branches`);
      out.properties[name] = sub;
    }
    if (Array.isArray(b.required)) out.required = [...new Set([...(out.required ?? []), ...b.required])];
  }
  out.type ??= 'object';
  return out;
}

export const typesOf = (s: Schema): string[] => (Array.isArray(s.type) ? s.type : typeof s.type === 'string' ? [s.type] : []);
