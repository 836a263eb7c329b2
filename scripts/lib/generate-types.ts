/**
 * generated/schema.d.ts: the contract's TypeScript types, from
 * openapi-typescript's transform (`transformSchema`, one module per job in
 * its transform/ folder) and printer (`astToString`).
 *
 * `openapiTS()`, the library's front door, first lints the document with its
 * own openapi-core 1.x (the "minimal" ruleset) and bundles it again, then
 * runs the same transform. The pipeline hands over a document it has bundled
 * and linted already, so this module calls the transform directly with the
 * context `openapiTS()` would build from OPTIONS: the same bytes
 * (test/generate.test.ts compares the two), 78 → 24 ms a run at four
 * operations and 201 → 106 ms at 100 (docs/toolchain-notes.md). The one
 * check of that lint that a run with lint off (`npm run generate`) would
 * miss, unique operationIds, is made by scripts/lib/generate-tables.ts for every
 * operation and server message.
 */
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
// The transform and printer modules themselves, not the package's main entry:
// that one also loads the rest of the openapi-core 1.x that openapiTS() lints
// and bundles with (~0.2 s of a cold run, bundled; the transform still loads
// that copy's ref-utils). Typed in openapi-typescript-modules.d.ts.
import transformSchema from 'openapi-typescript/dist/transform/index.js';
import { resolveRef, scanDiscriminators } from 'openapi-typescript/dist/lib/utils.js';
import { astToString } from 'openapi-typescript/dist/lib/ts.js';
import type { OpenApiDocument } from './contract.ts';
import { tsHeader } from './bundle-text.ts';

/** How the types are made (openapi-typescript's options; the rest stay at its defaults). */
export const OPTIONS = {
  // Enums stay string-literal unions: no runtime code in a types-only file.
  enum: false,
  // Objects get an index signature only where the contract says
  // additionalProperties: true (metadata, dynamicVariables, headers, the
  // structured-data schema), so a misspelled field is a compile error.
  additionalProperties: false,
  // The reference marks no response field as required. A `default` says what
  // the server assumes, not that it always sends the field.
  defaultNonNullable: false,
  // `{}` schemas become `unknown` (forces a check), not `Record<string, never>`.
  emptyObjectsUnknown: true,
  // Keep the contract's own property order for readable diffs.
  alphabetize: false,
  // The contract has no readOnly/writeOnly fields today; marking them keeps
  // request and response types honest if they appear.
  readWriteMarkers: true,
  exportType: false,
  immutable: false,
  silent: true,
} as const satisfies OpenAPITSOptions;

/**
 * The transform's context as `openapiTS(doc, OPTIONS)` builds it (its
 * dist/index.mjs), for `schema`. `redoc` is the config openapiTS lints and
 * bundles with; no transform reads it, so there is none. A new required field
 * in a later openapi-typescript fails `tsc` here.
 */
function context(schema: OpenAPI3): GlobalContext {
  return {
    additionalProperties: OPTIONS.additionalProperties,
    alphabetize: OPTIONS.alphabetize,
    arrayLength: false,
    defaultNonNullable: OPTIONS.defaultNonNullable,
    discriminators: scanDiscriminators(schema, OPTIONS),
    emptyObjectsUnknown: OPTIONS.emptyObjectsUnknown,
    enum: OPTIONS.enum,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: OPTIONS.exportType,
    immutable: OPTIONS.immutable,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: OPTIONS.silent,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: OPTIONS.readWriteMarkers,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: OPTIONS.silent }),
  };
}

/** The text of generated/schema.d.ts for a bundled, linted document. */
export function typesModule(doc: OpenApiDocument, hash: string): string {
  // The transform may annotate what it walks: it gets its own copy.
  const schema = structuredClone(doc) as unknown as OpenAPI3;
  return `${tsHeader(hash)}\n${astToString(transformSchema(schema, context(schema)))}`;
}
