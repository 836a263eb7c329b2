/**
 * An Ajv (draft 2020-12, ajv-formats) instance holding every component schema
 * of the COMMITTED bundle, generated/openapi.json, compiled at test time: an
 * independent check of the precompiled validators and of the contract itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { errorPointer, type AjvErrorLike } from '../../src/pointer.ts';

// CommonJS modules seen through ESM: the constructor/function is on .default.
const Ajv2020 = ((Ajv2020Module as any).default ?? Ajv2020Module) as typeof import('ajv/dist/2020.js').default;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as typeof import('ajv-formats').default;

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const bundled = JSON.parse(fs.readFileSync(path.join(ROOT, 'generated/openapi.json'), 'utf8'));
export const fixture = (name: string): any => JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures', name), 'utf8'));

const BASE = 'https://connect-call.test/openapi.json';

export function createAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // The whole document is registered so `#/components/schemas/X` refs resolve as written.
  ajv.addSchema({ $id: BASE, $defs: {}, components: bundled.components }, BASE);
  return ajv;
}

const ajv = createAjv();
export function validatorFor(schemaName: string) {
  const v = ajv.getSchema(`${BASE}#/components/schemas/${schemaName}`);
  if (!v) throw new Error(`no schema ${schemaName} in generated/openapi.json`);
  return v;
}

/** A validator for the schema at a JSON Pointer into the bundle's components, e.g. /components/parameters/Page/schema. */
export function schemaAt(pointer: string) {
  const v = ajv.getSchema(`${BASE}#${pointer}`);
  if (!v) throw new Error(`no schema at ${pointer} in generated/openapi.json`);
  return v;
}

/** JSON Pointers of the failing values; a missing required property is reported at its own path. */
export function errorPaths(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => errorPointer(e as AjvErrorLike));
}
