/**
 * An Ajv (draft 2020-12, ajv-formats) instance holding every component schema
 * of the COMMITTED bundle, generated/openapi.json, compiled at test time: an
 * independent check of the precompiled validators and of the contract itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { errorPointer, type AjvErrorLike } from '../../src/pointer.ts';
import { bundleAjv } from '../../scripts/lib/bundle-ajv.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const bundled = JSON.parse(fs.readFileSync(path.join(ROOT, 'generated/openapi.json'), 'utf8'));
export const fixture = (name: string): any => JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures', name), 'utf8'));

// The committed components under one id, so `#/components/schemas/X` refs resolve as written.
const ajv = bundleAjv({ components: bundled.components }, 'https://connect-call.test/openapi.json');
export function validatorFor(schemaName: string) {
  const v = ajv.at(`/components/schemas/${schemaName}`);
  if (!v) throw new Error(`no schema ${schemaName} in generated/openapi.json`);
  return v;
}

/** A validator for the schema at a JSON Pointer into the bundle's components, e.g. /components/parameters/Page/schema. */
export function schemaAt(pointer: string) {
  const v = ajv.at(pointer);
  if (!v) throw new Error(`no schema at ${pointer} in generated/openapi.json`);
  return v;
}

/** JSON Pointers of the failing values; a missing required property is reported at its own path. */
export function errorPaths(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => errorPointer(e as AjvErrorLike));
}
