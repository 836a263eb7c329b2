import crypto from 'node:crypto';
import path from 'node:path';
import AjvDraft7Import from 'ajv';
import standaloneCodeImport from 'ajv/dist/standalone/index.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import type { OpenApiDocument, SourceFiles } from './contract.ts';
import { HTTP_METHODS, resolveRef } from './openapi.ts';
import { GENERATED_DIR, ROOT } from './paths.ts';
import { bundleYamlText, sourceHash, tsHeader } from './bundle-text.ts';
import { typesModule } from './generate-types.ts';
import { ToolError } from './errors.ts';
import { withoutAnnotations } from './schema-shape.ts';

// CommonJS default exports, seen through ESM.
const AjvDraft7 = ((AjvDraft7Import as any).default ?? AjvDraft7Import) as typeof import('ajv').default;
const standaloneCode = ((standaloneCodeImport as any).default ?? standaloneCodeImport) as typeof import('ajv/dist/standalone/index.js').default;

export const METHODS = HTTP_METHODS;

/**
 * The contract has a shape the generated targets cannot express (a missing
 * operationId, one used twice, a parameter kind or schema keyword the
 * generator does not support): the message names the operation and what to
 * change; nothing is written.
 */
export class GenerateError extends ToolError {}

export interface ParameterEntry {
  name: string;
  required: boolean;
  /** The parameter's schema as the bundle has it (refs kept). */
  schema: Record<string, unknown>;
}

export interface OperationEntry {
  operationId: string;
  method: (typeof METHODS)[number];
  path: string;
  summary?: string;
  /** Path parameters in the order they appear in the path template. */
  pathParams: ParameterEntry[];
  queryParams: ParameterEntry[];
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
      if (!op.operationId) throw new GenerateError(`${method.toUpperCase()} ${p} has no operationId`);
      const body = op.requestBody ? resolveRef(doc, op.requestBody) : undefined;
      const params = parameters(doc, item.parameters, op.parameters, `${method.toUpperCase()} ${p}`);
      const pathParams = [...p.matchAll(/\{([^}]+)\}/g)].map(([, name]) => {
        const param = params.find((x) => x.in === 'path' && x.name === name);
        if (!param) throw new GenerateError(`${method.toUpperCase()} ${p} declares no path parameter "${name}"`);
        return param.entry;
      });
      const unknownPath = params.find((x) => x.in === 'path' && !pathParams.some((e) => e.name === x.name));
      if (unknownPath) throw new GenerateError(`${method.toUpperCase()} ${p} declares path parameter "${unknownPath.name}", which is not in the path`);
      const unsupported = params.find((x) => x.in !== 'path' && x.in !== 'query');
      if (unsupported) throw new GenerateError(`${method.toUpperCase()} ${p}: ${unsupported.in} parameter "${unsupported.name}" is not supported by the generated targets yet (path and query only)`);
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
      const success = Object.keys(responses)
        .map(Number)
        .filter((c) => c >= 200 && c < 300)
        .sort((a, b) => a - b);
      if (!success.length) throw new GenerateError(`operation ${op.operationId} declares no 2xx response`);
      out.push({
        operationId: op.operationId,
        method,
        path: p,
        ...(op.summary ? { summary: op.summary } : {}),
        pathParams,
        queryParams: params.filter((x) => x.in === 'query').map((x) => x.entry),
        hasBody: Boolean(body),
        bodyRequired: Boolean(body?.required),
        ...(bodyType ? { requestContentType: bodyType } : {}),
        ...(bodyType && refName(body.content[bodyType].schema?.$ref) ? { requestSchema: refName(body.content[bodyType].schema.$ref) } : {}),
        successStatus: success[0]!,
        responses,
        errorStatuses: Object.keys(responses)
          .map(Number)
          .filter((c) => !(c >= 200 && c < 300))
          .sort((a, b) => a - b),
      });
    }
  }
  return out.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

/** Path-item and operation parameters merged (the operation's win by name and location), refs resolved. */
function parameters(doc: OpenApiDocument, itemParams: unknown, opParams: unknown, where: string): Array<{ in: string; name: string; entry: ParameterEntry }> {
  const byKey = new Map<string, { in: string; name: string; entry: ParameterEntry }>();
  for (const raw of [...((itemParams as unknown[]) ?? []), ...((opParams as unknown[]) ?? [])]) {
    const prm = resolveRef<any>(doc, raw);
    if (!prm?.schema) throw new GenerateError(`${where}: parameter "${prm?.name}" has no schema (content-typed parameters are not supported)`);
    byKey.set(`${prm.in}:${prm.name}`, { in: prm.in, name: prm.name, entry: { name: prm.name, required: prm.in === 'path' || Boolean(prm.required), schema: prm.schema } });
  }
  return [...byKey.values()];
}

/** A JSON Schema for one location's parameters, validated as an object of typed values. */
function parameterSchema(params: ParameterEntry[]): Record<string, unknown> {
  const required = params.filter((p) => p.required).map((p) => p.name);
  return { type: 'object', properties: Object.fromEntries(params.map((p) => [p.name, p.schema])), ...(required.length ? { required } : {}) };
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Export names of the validators for one operation. */
export function validatorNames(op: OperationEntry): { request?: string; query?: string; path?: string; responses: Record<string, string> } {
  const responses: Record<string, string> = {};
  const P = pascal(op.operationId);
  for (const [status, r] of Object.entries(op.responses)) if (r.schema) responses[status] = `validate${P}Response${status}`;
  return {
    ...(op.requestSchema ? { request: `validate${P}Request` } : {}),
    ...(op.queryParams.length ? { query: `validate${P}Query` } : {}),
    ...(op.pathParams.length ? { path: `validate${P}Path` } : {}),
    responses,
  };
}

/** One entry per webhook (server message): its wire type, operationId and body schema. */
export interface ServerMessageEntry {
  type: string;
  operationId: string;
  schema: string;
  validator: string;
}
export function serverMessageTable(doc: OpenApiDocument): ServerMessageEntry[] {
  const out: ServerMessageEntry[] = [];
  for (const [type, itemRaw] of Object.entries(doc.webhooks ?? {})) {
    const op = resolveRef<any>(doc, itemRaw)?.post;
    if (!op?.operationId) throw new GenerateError(`webhook "${type}" has no POST operation with an operationId`);
    const body = op.requestBody ? resolveRef<any>(doc, op.requestBody) : undefined;
    const schema = refName(body?.content?.['application/json']?.schema?.$ref);
    if (!schema) throw new GenerateError(`webhook "${type}": its application/json body must be a $ref to #/components/schemas/*`);
    out.push({ type, operationId: op.operationId, schema, validator: `validate${schema}` });
  }
  return out.sort((a, b) => a.type.localeCompare(b.type));
}

function jsdoc(lines: string[], indent = ''): string {
  const body = lines.flatMap((l) => l.split('\n')).map((l) => `${indent} *${l ? ` ${l.replace(/\*\//g, '*\\/')}` : ''}`);
  return `${indent}/**\n${body.join('\n')}\n${indent} */`;
}

function operationsModule(doc: OpenApiDocument, ops: OperationEntry[], events: ServerMessageEntry[], hash: string): string {
  const table = Object.fromEntries(ops.map((o) => [o.operationId, o]));
  const servers = (doc.servers ?? []).map((s: any) => ({ ...(s['x-server-name'] ? { name: s['x-server-name'] } : {}), url: s.url, description: s.description }));
  const named = servers.filter((s: { name?: string }) => s.name);
  const methods = ops.map((o) => {
    const op = resolveRef(doc, doc.paths[o.path])[o.method];
    const T = `OperationTypes[${JSON.stringify(o.operationId)}]`;
    const ok = `${T}['responses'][${o.successStatus}]`;
    const result = o.responses[String(o.successStatus)]?.contentType ? `${ok}['content'][${JSON.stringify(o.responses[String(o.successStatus)]!.contentType)}]` : 'void';
    const args: string[] = o.pathParams.map((p) => `${/^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : 'param'}: ${T}['parameters']['path'][${JSON.stringify(p.name)}]`);
    if (o.queryParams.length) {
      const required = o.queryParams.some((p) => p.required);
      args.push(`query${required ? '' : '?'}: ${T}['parameters']['query']`);
    }
    if (o.hasBody && o.requestContentType) {
      args.push(`body: NonNullable<${T}['requestBody']>['content'][${JSON.stringify(o.requestContentType)}]${o.bodyRequired ? '' : ' | undefined'}`);
    }
    args.push('options?: CallOptions');
    const checked = [o.pathParams.length ? 'path parameters' : '', o.queryParams.length ? 'query' : '', o.hasBody ? 'body' : ''].filter(Boolean).join(', ');
    const docLines = [
      `${o.summary ?? o.operationId}: \`${o.method.toUpperCase()} ${o.path}\``,
      '',
      ...(op.description ? [String(op.description).trim(), ''] : []),
      ...o.pathParams.map((p) => `@param ${p.name} percent-encoded into the path, so it can never change which path is requested.`),
      `Resolves to the ${o.successStatus} response body. Throws ApiError for ${o.errorStatuses.join(', ')} (and any other non-2xx status),`,
      `${checked ? `RequestValidationError before sending when the ${checked} break the contract, ` : ''}ResponseError for a 2xx whose body is not what the contract promises, TimeoutError, NetworkError or UserAbortError.`,
      ...(o.method === 'post' || o.method === 'patch' ? ['Never retried automatically: it is not idempotent.'] : []),
    ];
    return `${jsdoc(docLines, '  ')}\n  ${o.operationId}(${args.join(', ')}): Promise<${result}>;`;
  });
  const route = (o: OperationEntry) => {
    const v = validatorNames(o);
    return `  ${o.operationId}: { method: ${JSON.stringify(o.method)}, path: ${JSON.stringify(o.path)}, pathParams: ${JSON.stringify(o.pathParams.map((p) => p.name))}, query: ${o.queryParams.length > 0}, ${o.queryParams.some((p) => p.schema['default'] !== undefined) ? `queryDefaults: ${JSON.stringify(Object.fromEntries(o.queryParams.filter((p) => p.schema['default'] !== undefined).map((p) => [p.name, p.schema['default']])))}, ` : ''}hasBody: ${o.hasBody}, json: ${JSON.stringify(o.responses[String(o.successStatus)]?.contentType?.includes('json') ?? false)}, status: ${o.successStatus}, validators: ${JSON.stringify({ ...(v.path ? { path: v.path } : {}), ...(v.query ? { query: v.query } : {}), ...(v.request ? { body: v.request } : {}), responses: v.responses })} },`;
  };
  return `${tsHeader(hash)}
import type { operations as OperationTypes, components } from './schema.js';

/** Every operation of the contract, keyed by operationId. The client builds one method per entry. */
export const operations = ${JSON.stringify(table, null, 2)} as const;

export type OperationId = keyof typeof operations;

/**
 * What the client runtime needs of each operation, and no more (kept small for
 * browser bundles): method, path template, path parameter names in order,
 * whether it takes a query (and the defaults its parameters declare) and a body, the success status, whether that
 * status carries JSON, and the names of the validators in its module.
 */
export const routes = {
${ops.map(route).join('\n')}
} as const;

/**
 * Each operation's validators, one module per operation, loaded on first use:
 * bundlers split every module into its own chunk, so an app that calls one
 * operation never loads (or ships up front) the others' validators.
 */
export const validatorModules = {
${ops.map((o) => `  ${o.operationId}: () => import('./validators/${o.operationId}.js'),`).join('\n')}
} as const;

/** One typed method per operation; CallOptions is supplied by the client runtime. */
export interface OperationMethods<CallOptions> {
${methods.join('\n')}
}

/** The server messages (the contract's webhooks), by \`message.type\`. */
export const serverMessages = {
${events.map((e) => `  ${JSON.stringify(e.type)}: { operationId: ${JSON.stringify(e.operationId)}, schema: ${JSON.stringify(e.schema)}, validator: ${JSON.stringify(e.validator)} },`).join('\n')}
} as const;

export type ServerMessageType = keyof typeof serverMessages;

/** Every server message the platform may post to the assistant's server URL, narrowed by \`message.type\`. */
export type ServerMessage = ${events.map((e) => `components['schemas'][${JSON.stringify(e.schema)}]`).join(' | ') || 'never'};

/** The servers the contract declares; the first is the client's default base URL. */
export const servers = ${JSON.stringify(servers, null, 2)} as const;

export const defaultServerUrl = ${JSON.stringify(servers[0]?.url ?? '')};

/** The servers by their \`x-server-name\`: choose one with the client's \`server\` option. */
export const serverUrls = ${JSON.stringify(Object.fromEntries(named.map((s: { name: string; url: string }) => [s.name, s.url])), null, 2)} as const;

export type ServerName = keyof typeof serverUrls;

/** info.version of the contract these files were generated from. */
export const contractVersion = ${JSON.stringify(doc.info.version)};
`;
}

/** Annotations do not validate anything; leaving them out keeps the validators small. */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'xml', 'externalDocs', '$comment']);
/** What our Ajv compiles of a schema (scripts/lib/schema-shape.ts): no annotations, no extensions. */
const stripAnnotations = (schema: unknown): any => withoutAnnotations(schema, ANNOTATIONS, { extensions: true });

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
        throw new GenerateError(`${at}/${k}: the generated validators use Ajv's draft-07 engine, which does not give "${k}" its 2020-12 meaning; extend scripts/lib/generate.ts before using it`);
      }
      walk(v, `${at}/${k}`);
    }
  };
  walk(doc.components?.schemas ?? {}, '#/components/schemas');
}

const OPENAPI_KEYWORDS = ['example', 'xml', 'externalDocs', 'discriminator', 'deprecated', 'readOnly', 'writeOnly'];

/**
 * The date-time check, written to answer exactly as Prism 5.14.2's own
 * (prism-http's validator/validators/dateTime.js), the mock every client
 * test talks to: a real calendar date (leap years), hours 0-23 and minutes
 * 0-59 (or the leap second 23:59:60), `T`, `t` or whitespace between date and
 * time, and a zone that is `Z`, or an offset whose hours and minutes are a
 * valid time, or ISO 8601's `±HH[[:]MM]` with HH up to 24. The ajv-formats
 * "fast" regex it replaces accepted 2024-02-30 and hour 24 (found by the
 * differential fuzzer). Self-contained source text, because it is inlined
 * into the generated validators, which import nothing.
 */
export const DATE_TIME_SOURCE = `function dateTime(str) {
  const TIME = /^(\\d\\d):(\\d\\d):(\\d\\d)(\\.\\d+)?(z|[+-]\\d\\d(?::?\\d\\d)?)?$/i;
  const time = (t, withZone) => {
    const m = TIME.exec(t);
    if (!m) return false;
    const hour = +m[1], minute = +m[2], second = +m[3], zone = m[5];
    return ((hour <= 23 && minute <= 59 && second <= 59) || (hour === 23 && minute === 59 && second === 60)) &&
      (!withZone || /^[Zz]$/.test(zone) || (/^[+-]/.test(zone) && time(zone.slice(1) + ":00")) || /^[+-](?:[01][0-9]|2[0-4])(?::?[0-5][0-9])?$/.test(zone));
  };
  const parts = str.split(/t|\\s/i);
  if (parts.length !== 2) return false;
  const d = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/.exec(parts[0]);
  if (!d) return false;
  const year = +d[1], month = +d[2], day = +d[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [0, 31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month] && time(parts[1], true);
}`;
const dateTimeFormat = new Function(`return (${DATE_TIME_SOURCE})`)() as (s: string) => boolean;

/** An Ajv (draft-07 engine) holding every component schema and every operation's parameter schemas, nothing compiled yet. */
function contractAjv(doc: OpenApiDocument, ops: OperationEntry[]): InstanceType<typeof AjvDraft7> {
  // Ajv's draft-07 engine: the contract's schemas use only keywords whose
  // meaning is the same in draft-07 and 2020-12 (checked below), it is what
  // Prism validates with, and its standalone code is smaller (no
  // unevaluated-properties bookkeeping). Refs stay functions, not inlined
  // copies, so shared schemas are compiled once per module.
  assertPortableKeywords(doc);
  const ajv = new AjvDraft7({
    inlineRefs: false,
    allErrors: true,
    strict: true,
    // `type: [string, number]` is how the contract says "either" where the pages disagree.
    allowUnionTypes: true,
    // Formats are checked; "date-time" is the only one the contract uses. In
    // the standalone code a format is `<code.formats>["date-time"]`: an object
    // literal holding the function's own source.
    code: { source: true, esm: true, lines: true, optimize: true, formats: new _Code(`({"date-time": ${DATE_TIME_SOURCE}})`) },
  });
  // The date-time check is DATE_TIME_SOURCE, inlined into the standalone
  // code as source text: the validators import nothing at run time.
  ajv.addFormat('date-time', dateTimeFormat);
  ajv.addVocabulary(OPENAPI_KEYWORDS.filter((k) => !['deprecated', 'readOnly', 'writeOnly'].includes(k)));
  const toAjvRef = (node: any): any => {
    if (Array.isArray(node)) return node.map(toAjvRef);
    if (!node || typeof node !== 'object') return node;
    const out: any = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const name = refName(v);
        if (!name) throw new GenerateError(`unsupported $ref ${v}: validators support #/components/schemas/* only`);
        out.$ref = `${name}.json`;
      } else out[k] = toAjvRef(v);
    }
    return out;
  };
  const schemas = doc.components?.schemas ?? {};
  // `example` values are data, not schema: keep them out of the validators.
  for (const name of Object.keys(schemas).sort()) ajv.addSchema({ ...toAjvRef(stripAnnotations(schemas[name])), $id: `${name}.json` });
  for (const op of ops) {
    if (op.pathParams.length) ajv.addSchema({ ...toAjvRef(stripAnnotations(parameterSchema(op.pathParams))), $id: `${op.operationId}.path.json` });
    if (op.queryParams.length) ajv.addSchema({ ...toAjvRef(stripAnnotations(parameterSchema(op.queryParams))), $id: `${op.operationId}.query.json` });
  }
  return ajv;
}

/** One export of a validators module: its name, the schema id it compiles, a doc line and the type it narrows to. */
interface ValidatorExport {
  name: string;
  id: string;
  doc: string;
  type: string;
}

function operationExports(op: OperationEntry): ValidatorExport[] {
  const v = validatorNames(op);
  const T = `operations[${JSON.stringify(op.operationId)}]`;
  const schemaType = (s: string) => `components['schemas'][${JSON.stringify(s)}]`;
  return [
    ...(v.path ? [{ name: v.path, id: `${op.operationId}.path.json`, doc: `Validates ${op.operationId}'s path parameters (an object of their values).`, type: `${T}['parameters']['path']` }] : []),
    ...(v.query
      ? [
          {
            name: v.query,
            id: `${op.operationId}.query.json`,
            doc: `Validates ${op.operationId}'s query parameters (an object of typed values, not strings).`,
            type: `NonNullable<${T}['parameters']['query']>`,
          },
        ]
      : []),
    ...(v.request
      ? [{ name: v.request, id: `${op.requestSchema}.json`, doc: `Validates a ${op.operationId} request body against components.schemas.${op.requestSchema}.`, type: schemaType(op.requestSchema!) }]
      : []),
    ...Object.entries(v.responses).map(([status, name]) => {
      const schema = op.responses[status]!.schema!;
      return { name, id: `${schema}.json`, doc: `Validates a ${op.operationId} ${status} response body against components.schemas.${schema}.`, type: schemaType(schema) };
    }),
  ];
}

const VALIDATOR_DTS_PRELUDE = `/** One Ajv error: instancePath is a JSON Pointer into the validated value. */
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
`;

/**
 * Helpers Ajv's standalone code would `require` from the ajv package at run
 * time, as source text to inline instead (the validators import nothing, and
 * an ES module cannot `require`). ucs2length is what maxLength and minLength
 * count with: characters as code points, a surrogate pair as one (JSON
 * Schema's definition of a string's length, and Prism's).
 */
const AJV_RUNTIME: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': `(function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; length++) {
    const c = str.charCodeAt(pos++);
    if (c >= 0xd800 && c <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
})`,
};
function inlineRuntime(js: string): string {
  let out = js;
  for (const [call, source] of Object.entries(AJV_RUNTIME)) out = out.replaceAll(call, source);
  const left = /require\("([^"]+)"\)/.exec(out);
  if (left) throw new GenerateError(`the validators would need ${left[1]} at run time (a schema keyword the generator does not inline yet); add its source to AJV_RUNTIME in scripts/lib/generate.ts`);
  return out;
}

/** The label of a validator module's header hash: it covers what Ajv compiles, not the source (tsHeader in scripts/lib/bundle-text.ts). */
const VALIDATOR_HASH = 'validator input sha256';

/** Ajv standalone code for some exports (and only the schemas they reach), with its declarations. */
function validatorsCode(ajv: InstanceType<typeof AjvDraft7>, exports: ValidatorExport[], hash: string, schemaImport: string, prelude: string): { js: string; dts: string } {
  // Ajv compiles each schema id once under its first export name; later
  // exports of the same id are aliases (standaloneCode would emit the same
  // function twice).
  const map: Record<string, string> = {};
  const first = new Map<string, string>();
  const aliases: string[] = [];
  for (const e of exports) {
    const seen = first.get(e.id);
    if (seen) aliases.push(`export const ${e.name} = ${seen};`);
    else {
      first.set(e.id, e.name);
      map[e.name] = e.id;
    }
  }
  const js = inlineRuntime(standaloneCode(ajv, map).replace(/^"use strict";?\n?/, '')) + (aliases.length ? `\n${aliases.join('\n')}\n` : '');
  const dts = `${tsHeader(hash, VALIDATOR_HASH)}
import type { components, operations } from '${schemaImport}';
${prelude}
${exports.map((e) => `/** ${e.doc} */\nexport declare const ${e.name}: ValidateFunction<${e.type}>;`).join('\n')}
`;
  return {
    js: `${tsHeader(hash, VALIDATOR_HASH)}// Ajv standalone code (draft-07 engine; the schemas use no keyword whose meaning differs in 2020-12), annotations stripped. No runtime imports.\n${js}`,
    dts,
  };
}

/**
 * generated/validators.js holds every validator (each component schema, and
 * each operation's and server message's names); generated/validators/<id>.js
 * holds one operation's (or one server message's) alone, for the client to
 * load lazily. Declarations beside each.
 */
function validatorModules(doc: OpenApiDocument, ops: OperationEntry[], events: ServerMessageEntry[]): Map<string, string> {
  // What Ajv compiles: the schemas stripped of annotations, the parameters and
  // the tables. Most edits (descriptions, examples, summaries) leave it as it
  // was; the modules' headers carry its hash, not the source's, so such an
  // edit rewrites none of them (at 100 operations, 200 files), and a warm
  // process (the dev loop) reuses the last run's code instead of compiling.
  const key = JSON.stringify([
    Object.fromEntries(Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => [name, stripAnnotations(schema)])),
    ops.map(({ summary: _summary, pathParams, queryParams, ...op }) => [op, stripAnnotations(parameterSchema(pathParams)), stripAnnotations(parameterSchema(queryParams))]),
    events,
  ]);
  if (lastValidators?.key !== key) lastValidators = { key, files: compileValidatorModules(doc, ops, events, crypto.createHash('sha256').update(key).digest('hex')) };
  return lastValidators.files;
}
let lastValidators: { key: string; files: Map<string, string> } | undefined;

function compileValidatorModules(doc: OpenApiDocument, ops: OperationEntry[], events: ServerMessageEntry[], hash: string): Map<string, string> {
  const ajv = contractAjv(doc, ops);
  const files = new Map<string, string>();
  const schemaExports: ValidatorExport[] = Object.keys(doc.components?.schemas ?? {})
    .sort()
    .map((name) => ({ name: `validate${name}`, id: `${name}.json`, doc: `Validates a value against components.schemas.${name}.`, type: `components['schemas'][${JSON.stringify(name)}]` }));
  const all = [...schemaExports];
  for (const op of ops) for (const e of operationExports(op)) if (!all.some((x) => x.name === e.name)) all.push(e);
  const everything = validatorsCode(ajv, all, hash, './schema.js', VALIDATOR_DTS_PRELUDE);
  files.set('validators.js', everything.js);
  files.set('validators.d.ts', everything.dts);
  const perModule = `import type { ValidateFunction } from '../validators.js';\nexport type { ValidateFunction, ValidatorError } from '../validators.js';\n`;
  for (const op of ops) {
    const m = validatorsCode(ajv, operationExports(op), hash, '../schema.js', perModule);
    files.set(`validators/${op.operationId}.js`, m.js);
    files.set(`validators/${op.operationId}.d.ts`, m.dts);
  }
  for (const e of events) {
    const m = validatorsCode(ajv, [schemaExports.find((x) => x.name === e.validator)!], hash, '../schema.js', perModule);
    files.set(`validators/${e.operationId}.js`, m.js);
    files.set(`validators/${e.operationId}.d.ts`, m.dts);
  }
  return files;
}

/**
 * Each operation and server message needs its own operationId: the client's
 * methods, the operation table's keys and the validator modules' file names
 * are made from it. Lint says so too (operation-operationId-unique), but
 * `npm run generate` runs without lint.
 */
function uniqueOperationIds(ops: OperationEntry[], events: ServerMessageEntry[]): void {
  const seen = new Map<string, string>();
  const all = [...ops.map((o) => ({ id: o.operationId, where: `${o.method.toUpperCase()} ${o.path}` })), ...events.map((e) => ({ id: e.operationId, where: `server message "${e.type}"` }))];
  for (const { id, where } of all) {
    const first = seen.get(id);
    if (first !== undefined)
      throw new GenerateError(
        `operationId "${id}" is used by both ${first} and ${where}: give each its own (the client's methods and the validator modules are named by it; npm run lint names the file and line)`,
      );
    seen.set(id, where);
  }
}

/**
 * Every generated file, by absolute path, computed in memory. `sources`: the
 * bytes the bundle read (the headers' hash is of those), else read from disk.
 */
export async function generateTargets(doc: OpenApiDocument, sourceFiles: string[], outDir: string = GENERATED_DIR, sources?: SourceFiles): Promise<Map<string, string>> {
  const hash = sourceHash(sourceFiles, sources);
  const ops = operationTable(doc);
  const events = serverMessageTable(doc);
  uniqueOperationIds(ops, events);
  const out = new Map<string, string>();
  const g = (name: string) => path.join(outDir, name);
  out.set(g('openapi.yaml'), bundleYamlText(doc, hash));
  out.set(
    g('openapi.json'),
    `${JSON.stringify({ 'x-generated': { from: 'openapi/', by: 'npm run generate', notice: 'Do not edit: change openapi/ and regenerate.', sourceSha256: hash }, ...doc }, null, 2)}\n`,
  );
  out.set(g('schema.d.ts'), typesModule(doc, hash));
  out.set(g('operations.ts'), operationsModule(doc, ops, events, hash));
  for (const [name, text] of validatorModules(doc, ops, events)) out.set(g(name), text);
  return out;
}

export { ROOT };
