/**
 * Every generated target, computed in memory from the bundled contract in one
 * process: the bundle (YAML and JSON), openapi-typescript types, the operation
 * table and Ajv standalone validators. Nothing here writes files; see
 * scripts/generate.ts for the (atomic) writing and the drift check.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';
import AjvDraft7Import from 'ajv';
import standaloneCodeImport from 'ajv/dist/standalone/index.js';
import formatsImport from 'ajv-formats/dist/formats.js';
import { _ } from 'ajv';
import type { OpenApiDocument } from './contract.ts';
import { HTTP_METHODS, resolveRef } from './openapi.ts';
import { GENERATED_DIR, ROOT, rel } from './paths.ts';

// CommonJS default exports, seen through ESM.
const AjvDraft7 = ((AjvDraft7Import as any).default ?? AjvDraft7Import) as typeof import('ajv').default;
const standaloneCode = ((standaloneCodeImport as any).default ?? standaloneCodeImport) as typeof import('ajv/dist/standalone/index.js').default;
const { fastFormats } = ((formatsImport as any).default ?? formatsImport) as typeof import('ajv-formats/dist/formats.js');

export const METHODS = HTTP_METHODS;

/** sha256 over the source files (path and bytes), the identity carried in every header. */
export function sourceHash(files: string[]): string {
  const h = crypto.createHash('sha256');
  for (const f of [...files].sort()) {
    h.update(rel(f));
    h.update('\0');
    h.update(fs.readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

function header(hash: string, commentStart: string, commentLine: string, commentEnd: string): string {
  return [
    commentStart,
    `${commentLine}Generated from openapi/ by \`npm run generate\`. Do not edit: change openapi/ and regenerate.`,
    `${commentLine}source sha256: ${hash}`,
    commentEnd,
  ]
    .filter((l) => l !== '')
    .join('\n');
}
const tsHeader = (hash: string) => header(hash, '/*', ' * ', ' */') + '\n';
const yamlHeader = (hash: string) => header(hash, '', '# ', '') + '\n';

export interface OperationEntry {
  operationId: string;
  method: (typeof METHODS)[number];
  path: string;
  summary?: string;
  hasBody: boolean;
  bodyRequired: boolean;
  requestContentType?: string;
  requestSchema?: string;
  successStatus: number;
  responses: Record<string, { error: boolean; contentType?: string; schema?: string }>;
  errorStatuses: number[];
}

function refName(ref: unknown): string | undefined {
  if (typeof ref !== 'string') return undefined;
  const m = /^#\/components\/(?:schemas)\/([^/]+)$/.exec(ref);
  return m?.[1];
}
/** One entry per operationId, in path order: what the client needs to know without the spec. */
export function operationTable(doc: OpenApiDocument): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [p, itemRaw] of Object.entries(doc.paths ?? {})) {
    const item = resolveRef(doc, itemRaw);
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${p} has no operationId`);
      const body = op.requestBody ? resolveRef(doc, op.requestBody) : undefined;
      const bodyType = body ? Object.keys(body.content ?? {})[0] : undefined;
      const responses: OperationEntry['responses'] = {};
      for (const [status, rRaw] of Object.entries<any>(op.responses ?? {})) {
        const r = resolveRef(doc, rRaw);
        const ct = Object.keys(r?.content ?? {})[0];
        const code = Number(status);
        responses[status] = {
          error: !(code >= 200 && code < 300),
          ...(ct ? { contentType: ct } : {}),
          ...(ct && refName(r.content[ct].schema?.$ref) ? { schema: refName(r.content[ct].schema.$ref) } : {}),
        };
      }
      const success = Object.keys(responses).map(Number).filter((c) => c >= 200 && c < 300).sort((a, b) => a - b);
      if (!success.length) throw new Error(`operation ${op.operationId} declares no 2xx response`);
      out.push({
        operationId: op.operationId,
        method,
        path: p,
        ...(op.summary ? { summary: op.summary } : {}),
        hasBody: Boolean(body),
        bodyRequired: Boolean(body?.required),
        ...(bodyType ? { requestContentType: bodyType } : {}),
        ...(bodyType && refName(body.content[bodyType].schema?.$ref) ? { requestSchema: refName(body.content[bodyType].schema.$ref) } : {}),
        successStatus: success[0]!,
        responses,
        errorStatuses: Object.keys(responses).map(Number).filter((c) => !(c >= 200 && c < 300)).sort((a, b) => a - b),
      });
    }
  }
  return out.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Export names of the validators for one operation. */
export function validatorNames(op: OperationEntry): { request?: string; responses: Record<string, string> } {
  const responses: Record<string, string> = {};
  for (const [status, r] of Object.entries(op.responses)) if (r.schema) responses[status] = `validate${pascal(op.operationId)}Response${status}`;
  return { ...(op.requestSchema ? { request: `validate${pascal(op.operationId)}Request` } : {}), responses };
}

function jsdoc(lines: string[], indent = ''): string {
  const body = lines.flatMap((l) => l.split('\n')).map((l) => `${indent} *${l ? ` ${l.replace(/\*\//g, '*\\/')}` : ''}`);
  return `${indent}/**\n${body.join('\n')}\n${indent} */`;
}

function operationsModule(doc: OpenApiDocument, ops: OperationEntry[], hash: string): string {
  const table = Object.fromEntries(ops.map((o) => [o.operationId, o]));
  const servers = (doc.servers ?? []).map((s: any) => ({ url: s.url, description: s.description }));
  const methods = ops.map((o) => {
    const op = resolveRef(doc, doc.paths[o.path])[o.method];
    const ok = `OperationTypes[${JSON.stringify(o.operationId)}]['responses'][${o.successStatus}]`;
    const result = o.responses[String(o.successStatus)]?.contentType
      ? `${ok}['content'][${JSON.stringify(o.responses[String(o.successStatus)]!.contentType)}]`
      : 'void';
    const body = o.hasBody && o.requestContentType
      ? `NonNullable<OperationTypes[${JSON.stringify(o.operationId)}]['requestBody']>['content'][${JSON.stringify(o.requestContentType)}]`
      : undefined;
    const docLines = [
      `${o.summary ?? o.operationId}: \`${o.method.toUpperCase()} ${o.path}\``,
      '',
      ...(op.description ? [String(op.description).trim(), ''] : []),
      `Resolves to the ${o.successStatus} response body. Throws ApiError for ${o.errorStatuses.join(', ')} (and any other non-2xx status),`,
      'RequestValidationError before sending when the body breaks the contract, TimeoutError, NetworkError or UserAbortError.',
      ...(o.method === 'post' || o.method === 'patch' ? ['Never retried automatically: it is not idempotent.'] : []),
    ];
    const sig = body
      ? `${o.operationId}(body: ${body}${o.bodyRequired ? '' : ' | undefined'}, options?: CallOptions): Promise<${result}>;`
      : `${o.operationId}(options?: CallOptions): Promise<${result}>;`;
    return `${jsdoc(docLines, '  ')}\n  ${sig}`;
  });
  return `${tsHeader(hash)}
import type { operations as OperationTypes } from './schema.js';

/** Every operation of the contract, keyed by operationId. The client builds one method per entry. */
export const operations = ${JSON.stringify(table, null, 2)} as const;

export type OperationId = keyof typeof operations;

/** What the client runtime needs of each operation, and no more (kept small for browser bundles). */
export const routes = {
${ops.map((o) => `  ${o.operationId}: { method: ${JSON.stringify(o.method)}, path: ${JSON.stringify(o.path)}, hasBody: ${o.hasBody} },`).join('\n')}
} as const;

/**
 * The export of ./validators.js that checks each operation's request body.
 * Names only: the client loads the validators module lazily, so bundles that
 * never validate (or validate later) do not carry it up front.
 */
export const requestValidators = {
${ops.filter((o) => validatorNames(o).request).map((o) => `  ${o.operationId}: ${JSON.stringify(validatorNames(o).request)},`).join('\n')}
} as const;

/** One typed method per operation; CallOptions is supplied by the client runtime. */
export interface OperationMethods<CallOptions> {
${methods.join('\n')}
}

/** The servers the contract declares; the first is the client's default base URL. */
export const servers = ${JSON.stringify(servers, null, 2)} as const;

export const defaultServerUrl = ${JSON.stringify(servers[0]?.url ?? '')};

/** info.version of the contract these files were generated from. */
export const contractVersion = ${JSON.stringify(doc.info.version)};
`;
}

/** Annotations do not validate anything; leaving them out keeps the validators small. */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'xml', 'externalDocs', '$comment']);
function stripAnnotations(node: any, inProperties = false): any {
  if (Array.isArray(node)) return node.map((n) => stripAnnotations(n));
  if (!node || typeof node !== 'object') return node;
  const out: any = {};
  for (const [k, v] of Object.entries(node)) {
    // Inside `properties` every key is a property name, never a keyword.
    if (!inProperties && ANNOTATIONS.has(k)) continue;
    if (!inProperties && (k === 'enum' || k === 'const')) out[k] = v;
    else out[k] = stripAnnotations(v, !inProperties && (k === 'properties' || k === 'patternProperties' || k === '$defs'));
  }
  return out;
}

/** Keywords whose meaning differs between draft-07 and 2020-12, or that draft-07 lacks. */
const DRAFT_2020_ONLY = ['prefixItems', '$dynamicRef', '$dynamicAnchor', 'unevaluatedProperties', 'unevaluatedItems', 'dependentRequired', 'dependentSchemas', 'minContains', 'maxContains', '$defs'];
function assertPortableKeywords(doc: OpenApiDocument): void {
  const walk = (node: any, at: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'example' || k === 'examples' || k === 'properties') {
        if (k === 'properties' && v && typeof v === 'object') for (const [p, sub] of Object.entries(v)) walk(sub, `${at}/properties/${p}`);
        continue;
      }
      if (DRAFT_2020_ONLY.includes(k) || (k === 'items' && Array.isArray(v))) {
        throw new Error(`${at}/${k}: the generated validators use Ajv's draft-07 engine, which does not give "${k}" its 2020-12 meaning; extend scripts/lib/generate.ts before using it`);
      }
      walk(v, `${at}/${k}`);
    }
  };
  walk(doc.components?.schemas ?? {}, '#/components/schemas');
}

const OPENAPI_KEYWORDS = ['example', 'xml', 'externalDocs', 'discriminator', 'deprecated', 'readOnly', 'writeOnly'];

function validatorsModule(doc: OpenApiDocument, ops: OperationEntry[], hash: string): { js: string; dts: string } {
  // Ajv's draft-07 engine: the contract's schemas use only keywords whose
  // meaning is the same in draft-07 and 2020-12 (checked below), it is what
  // Prism validates with, and its standalone code is smaller (no
  // unevaluated-properties bookkeeping). Refs stay functions, not inlined
  // copies, so shared schemas are compiled once.
  assertPortableKeywords(doc);
  const ajv = new AjvDraft7({
    inlineRefs: false,
    allErrors: true,
    strict: true,
    // Formats are checked; "date-time" is the only one the contract uses.
    code: { source: true, esm: true, lines: true, optimize: true },
  });
  // ajv-formats' "fast" date-time check is a RegExp, which Ajv inlines into
  // the standalone code: the validators then import nothing at run time.
  const dateTime = (fastFormats['date-time'] as { validate?: unknown }).validate;
  if (!(dateTime instanceof RegExp)) throw new Error('ajv-formats fastFormats["date-time"] is no longer a RegExp');
  ajv.addFormat('date-time', dateTime);
  ajv.addVocabulary(OPENAPI_KEYWORDS.filter((k) => !['deprecated', 'readOnly', 'writeOnly'].includes(k)));
  const schemas = doc.components?.schemas ?? {};
  const toAjvRef = (node: any): any => {
    if (Array.isArray(node)) return node.map(toAjvRef);
    if (!node || typeof node !== 'object') return node;
    const out: any = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const name = refName(v);
        if (!name) throw new Error(`unsupported $ref ${v}: validators support #/components/schemas/* only`);
        out.$ref = `${name}.json`;
      } else out[k] = toAjvRef(v);
    }
    return out;
  };
  for (const name of Object.keys(schemas).sort()) {
    // `example` values are data, not schema: keep them out of the validator.
    ajv.addSchema({ ...toAjvRef(stripAnnotations(schemas[name])), $id: `${name}.json` });
  }
  // Each schema is compiled and exported once (validate<Schema>); operation
  // validators are aliases of those, so shared schemas share code.
  const exportsMap: Record<string, string> = {};
  const aliases: string[] = [];
  const dtsLines: string[] = [];
  const bySchema = (schema: string) => {
    const fn = `validate${schema}`;
    if (!exportsMap[fn]) {
      exportsMap[fn] = `${schema}.json`;
      dtsLines.push(`/** Validates a value against components.schemas.${schema}. */`);
      dtsLines.push(`export declare const ${fn}: ValidateFunction<components['schemas'][${JSON.stringify(schema)}]>;`);
    }
    return fn;
  };
  for (const op of ops) {
    const names = validatorNames(op);
    if (names.request) {
      const target = bySchema(op.requestSchema!);
      if (target !== names.request) {
        aliases.push(`export const ${names.request} = ${target};`);
        dtsLines.push(`/** Validates a ${op.operationId} request body against components.schemas.${op.requestSchema}. */`);
        dtsLines.push(`export declare const ${names.request}: ValidateFunction<components['schemas'][${JSON.stringify(op.requestSchema)}]>;`);
      }
    }
    for (const [status, fn] of Object.entries(names.responses)) {
      const schema = op.responses[status]!.schema!;
      const target = bySchema(schema);
      if (target === fn) continue;
      aliases.push(`export const ${fn} = ${target};`);
      dtsLines.push(`/** Validates a ${op.operationId} ${status} response body against components.schemas.${schema}. */`);
      dtsLines.push(`export declare const ${fn}: ValidateFunction<components['schemas'][${JSON.stringify(schema)}]>;`);
    }
  }
  let js = standaloneCode(ajv, exportsMap);
  js = js.replace(/^"use strict";?\n?/, '') + `\n// Per-operation names.\n${aliases.join('\n')}\n`;
  const dts = `${tsHeader(hash)}
import type { components } from './schema.js';

/** One Ajv error: instancePath is a JSON Pointer into the validated value. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** An Ajv standalone validate function: returns true or false and sets \`errors\`. */
export interface ValidateFunction<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

${dtsLines.join('\n')}
`;
  return { js: `${tsHeader(hash)}// Ajv standalone code (draft-07 engine; the schemas use no keyword whose meaning differs in 2020-12), annotations stripped. No runtime imports.\n${js}`, dts };
}

async function typesModule(doc: OpenApiDocument, hash: string): Promise<string> {
  const ast = await openapiTS(structuredClone(doc) as any, {
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
  });
  return `${tsHeader(hash)}\n${astToString(ast)}`;
}

/** generated/openapi.yaml exactly as written (lint reads this text, so its line numbers match the file). */
export function bundleYamlText(doc: OpenApiDocument, hash: string): string {
  return yamlHeader(hash) + YAML.stringify(doc, { lineWidth: 0 });
}

/** Every generated file, by absolute path, computed in memory. */
export async function generateTargets(doc: OpenApiDocument, sourceFiles: string[], outDir: string = GENERATED_DIR): Promise<Map<string, string>> {
  const hash = sourceHash(sourceFiles);
  const ops = operationTable(doc);
  const out = new Map<string, string>();
  const g = (name: string) => path.join(outDir, name);
  out.set(g('openapi.yaml'), bundleYamlText(doc, hash));
  out.set(g('openapi.json'), JSON.stringify({ 'x-generated': { from: 'openapi/', by: 'npm run generate', notice: 'Do not edit: change openapi/ and regenerate.', sourceSha256: hash }, ...doc }, null, 2) + '\n');
  out.set(g('schema.d.ts'), await typesModule(doc, hash));
  out.set(g('operations.ts'), operationsModule(doc, ops, hash));
  const v = validatorsModule(doc, ops, hash);
  out.set(g('validators.js'), v.js);
  out.set(g('validators.d.ts'), v.dts);
  return out;
}

export { ROOT };
