/**
 * The precompiled validators (generated/validators.js, and one module per
 * operation and server message under generated/validators/): Ajv's draft-07
 * engine on the schemas stripped of annotations, emitted as standalone ES
 * modules that import nothing (Ajv's runtime helpers inlined), with their
 * declarations. A warm process reuses the last run's code while what Ajv
 * compiles is unchanged.
 */
import crypto from 'node:crypto';
import AjvDraft7Import from 'ajv';
import standaloneCodeImport from 'ajv/dist/standalone/index.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import type { OpenApiDocument } from './contract.ts';
import { tsHeader } from './bundle-text.ts';
import { GenerateError } from './generate-error.ts';
import { parameterSchema, refName, validatorNames, type OperationEntry, type ServerMessageEntry } from './generate-tables.ts';
import { withoutAnnotations } from './schema-shape.ts';

// CommonJS default exports, seen through ESM.
const AjvDraft7 = ((AjvDraft7Import as any).default ?? AjvDraft7Import) as typeof import('ajv').default;
const standaloneCode = ((standaloneCodeImport as any).default ?? standaloneCodeImport) as typeof import('ajv/dist/standalone/index.js').default;

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
        throw new GenerateError(
          `${at}/${k}: the generated validators use Ajv's draft-07 engine, which does not give "${k}" its 2020-12 meaning; extend scripts/lib/generate-validators.ts before using it`,
        );
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
  if (left)
    throw new GenerateError(
      `the validators would need ${left[1]} at run time (a schema keyword the generator does not inline yet); add its source to AJV_RUNTIME in scripts/lib/generate-validators.ts`,
    );
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
export function validatorModules(doc: OpenApiDocument, ops: OperationEntry[], events: ServerMessageEntry[]): Map<string, string> {
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
