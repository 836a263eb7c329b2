/**
 * Differential fuzzing of the Prism mock against the client's validators.
 *
 * Requests are generated with fast-check from the contract's own request
 * schema (generated/openapi.json), so the generator follows the contract as it
 * changes: a schema keyword it cannot honour is an error, never silently
 * ignored. Each case is a valid request, or a valid request broken in one
 * known way. Every case goes to two judges:
 *
 *   the mock       the real Prism: 200 = accepted, 400 = rejected, anything else is wrong
 *   the validator  what the client checks before sending (generated/validators.js),
 *                  preceded by the transport rules the client itself follows:
 *                  the media type (parameters ignored, case-insensitive) must be
 *                  exactly the contract's request media type (application/json),
 *                  the body must be non-empty and JSON.parse must accept it.
 *                  A body breaking a transport rule counts as "rejected by the
 *                  validator": the client can never produce it.
 *
 * Both must agree with each other and with what the generator intended; for a
 * mutation at a known JSON path, both must also name that path. The mock must
 * never answer 5xx or stop answering (it is probed after the batch).
 *
 * Known Prism 5.14.2 defects (see KNOWN_PRISM_DEFECTS) are left out of the
 * default mutations so that the suite tests the contract rather than
 * re-finding them; `includeKnownDefects` puts them back.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { operations } from '../../generated/operations.ts';
import { validateConnectCallRequest } from '../../generated/validators.js';
import { GENERATED_DIR } from './paths.ts';
import { parseSlViolations, prismViolationPath } from './verify.ts';
import { errorPointer, escapePointer } from '../../src/pointer.ts';

const op = operations.connectCall;

/**
 * Prism 5.14.2 misbehaviour found by this fuzzer, measured on these machines.
 * The first three happen only at Prism's own default log level, "info", where
 * it logs every request body; scripts/lib/prism.ts runs Prism at "warn".
 */
export const KNOWN_PRISM_DEFECTS = {
  /**
   * A valid request whose log line Prism's CLI "repairs" with jsonrepair into
   * something else (a string holding "[" inside an array confuses jsonrepair
   * 3.15.0); the CLI then throws in constructPrefix and the mock exits.
   */
  infoLevelCrashBody: '{"direction":"outbound","phoneNumberId":"x","customer":{},"assistant":{"hints":["M-:q_[fXE"],"endCallMessage":"/V","assistantAnalysis":{"k":[";DU5/:Mp;H"]}}}',
  /** At "info", a body nested about 4500+ levels deep kills the mock after it answers. */
  infoLevelCrashDepth: 4500,
  /** At "info", a body nested about 8000+ levels deep gets a 500. */
  infoLevelServerErrorDepth: 8000,
  /** Content types Prism answers 500 to (a media type with an empty parameter), at any log level. */
  serverErrorContentTypes: ['application/json;'],
  /** Media types Prism accepts as JSON although the contract declares only application/json. */
  lenientContentTypes: ['application/vnd.api+json', 'application/problem+json', 'application/json-patch+json'],
} as const;

// ---------------------------------------------------------------------------
// Arbitraries from the JSON schema

type Schema = Record<string, any>;
export class FuzzSchemaError extends Error {}

const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', '$id', '$schema', '$comment', 'externalDocs']);
const SUPPORTED = new Set(['$ref', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'format', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern']);

export interface ContractSchemas {
  doc: Schema;
  requestSchema: Schema;
  resolve(s: Schema): Schema;
}

export function loadContractSchemas(file = path.join(GENERATED_DIR, 'openapi.json')): ContractSchemas {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Schema;
  const resolve = (s: Schema): Schema => {
    let cur = s;
    for (let i = 0; cur && typeof cur.$ref === 'string'; i++) {
      if (i > 32) throw new FuzzSchemaError(`$ref chain too long at ${s.$ref}`);
      const ref: string = cur.$ref;
      if (!ref.startsWith('#/')) throw new FuzzSchemaError(`only local $refs are supported, got ${ref}`);
      const target = ref
        .slice(2)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<any>((o, k) => o?.[k], doc);
      if (!target) throw new FuzzSchemaError(`unresolved $ref ${ref}`);
      const { $ref: _r, ...siblings } = cur;
      cur = Object.keys(siblings).some((k) => SUPPORTED.has(k)) ? { ...target, ...siblings } : target;
    }
    return cur;
  };
  const requestSchema = doc.components?.schemas?.[op.requestSchema];
  if (!requestSchema) throw new FuzzSchemaError(`generated/openapi.json has no components.schemas.${op.requestSchema}`);
  return { doc, requestSchema, resolve };
}

const typesOf = (s: Schema): string[] => (Array.isArray(s.type) ? s.type : typeof s.type === 'string' ? [s.type] : []);

/** Strings as a client might send them: mostly printable, sometimes any Unicode (lone surrogates included). */
const anyString = (min = 0, max = 16): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: max }), weight: 1 },
    // fast-check's units never produce a lone surrogate; JSON.stringify sends one as a \udxxx escape.
    { arbitrary: fc.tuple(fc.string({ minLength: Math.max(0, min - 1), maxLength: Math.max(0, max - 1) }), fc.integer({ min: 0xd800, max: 0xdfff })).map(([s, c]) => s + String.fromCharCode(c)), weight: 1 },
  );
const jsonLeaf = fc.jsonValue({ maxDepth: 2 });

export function schemaArbitrary(contract: ContractSchemas, schema: Schema | boolean, at = '#', stack: string[] = []): fc.Arbitrary<unknown> {
  if (schema === false) throw new FuzzSchemaError(`schema at ${at} is false: nothing can be generated`);
  if (schema === true || Object.keys(schema).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-'))) return jsonLeaf;
  if (schema.$ref) {
    if (stack.includes(schema.$ref)) throw new FuzzSchemaError(`recursive schema at ${at} (${schema.$ref}) is not supported by the fuzzer`);
    return schemaArbitrary(contract, contract.resolve(schema), schema.$ref, [...stack, schema.$ref]);
  }
  for (const k of Object.keys(schema)) {
    if (!SUPPORTED.has(k) && !ANNOTATIONS.has(k) && !k.startsWith('x-')) throw new FuzzSchemaError(`schema keyword "${k}" at ${at} is not supported by the fuzzer; teach scripts/lib/fuzz.ts to generate it`);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const types = typesOf(schema);
  if (!types.length) throw new FuzzSchemaError(`schema at ${at} has no type`);
  return fc.oneof(...types.map((t) => typedArbitrary(contract, schema, t, at, stack)));
}

function typedArbitrary(contract: ContractSchemas, s: Schema, type: string, at: string, stack: string[]): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string': {
      if (s.format !== undefined) {
        const d = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true });
        switch (s.format) {
          case 'date-time':
            return d.map((x) => x.toISOString());
          case 'date':
            return d.map((x) => x.toISOString().slice(0, 10));
          case 'uri':
            return fc.webUrl();
          case 'email':
            return fc.emailAddress();
          case 'uuid':
            return fc.uuid();
          default:
            throw new FuzzSchemaError(`string format "${s.format}" at ${at} is not supported by the fuzzer`);
        }
      }
      if (s.pattern !== undefined) return fc.stringMatching(new RegExp(s.pattern));
      return anyString(s.minLength ?? 0, Math.max(s.minLength ?? 0, Math.min(s.maxLength ?? 16, 16)));
    }
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e9 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e12, max: s.maximum ?? 1e12, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(s.items ? schemaArbitrary(contract, s.items, `${at}/items`, stack) : jsonLeaf, { minLength: s.minItems ?? 0, maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)) });
    case 'object': {
      const props: Record<string, Schema> = s.properties ?? {};
      const required: string[] = s.required ?? [];
      const declared = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, schemaArbitrary(contract, v, `${at}/properties/${k}`, stack)])), { requiredKeys: required.filter((k) => k in props) });
      const requiredUndeclared = required.filter((k) => !(k in props));
      const ap = s.additionalProperties;
      const extraValue = ap === undefined || ap === true ? jsonLeaf : ap === false ? undefined : schemaArbitrary(contract, ap, `${at}/additionalProperties`, stack);
      const extraKey = anyString(1, 10).filter((k) => !(k in props));
      const extras = extraValue ? fc.oneof({ arbitrary: fc.constant({}), weight: 3 }, { arbitrary: fc.dictionary(extraKey, extraValue, { maxKeys: 3 }), weight: 1 }) : fc.constant({});
      const forced = requiredUndeclared.length ? fc.record(Object.fromEntries(requiredUndeclared.map((k) => [k, extraValue ?? jsonLeaf]))) : fc.constant({});
      return fc.tuple(declared, extras, forced).map(([d, e, f]) => ({ ...e, ...d, ...f }));
    }
    default:
      throw new FuzzSchemaError(`type "${type}" at ${at} is not supported by the fuzzer`);
  }
}

// ---------------------------------------------------------------------------
// Where a valid request can be broken

interface Site {
  pointer: string;
  schema: Schema;
  parentKey: string;
  parent: any;
}


/** Every value in `value` that the schema constrains, with its resolved schema. */
function sites(contract: ContractSchemas, schema: Schema, value: unknown, pointer: string, parent: any, parentKey: string, out: Site[]): Site[] {
  const s = contract.resolve(schema);
  out.push({ pointer, schema: s, parent, parentKey });
  if (value && typeof value === 'object') {
    if (Array.isArray(value) && s.items) value.forEach((v, i) => sites(contract, s.items, v, `${pointer}/${i}`, value, String(i), out));
    else if (!Array.isArray(value) && s.properties) {
      for (const [k, sub] of Object.entries(s.properties as Record<string, Schema>)) {
        if (Object.prototype.hasOwnProperty.call(value, k)) sites(contract, sub, (value as any)[k], `${pointer}/${escapePointer(k)}`, value, k, out);
      }
    }
  }
  return out;
}

const SAMPLE_OF_TYPE: Record<string, unknown> = { string: 'fuzz', number: 12.5, integer: 7, boolean: true, null: null, object: { fuzz: 1 }, array: ['fuzz'] };
const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v);

/** A value whose JSON type the schema does not allow (chosen with `pick`), or undefined if every type is allowed. */
function wrongTypeValue(s: Schema, pick: number): unknown {
  let allowed = typesOf(s);
  if (!allowed.length && Array.isArray(s.enum)) allowed = [...new Set((s.enum as unknown[]).map(jsonType))];
  if (!allowed.length) return undefined;
  const ok = (t: string) => allowed.includes(t) || (t === 'integer' && allowed.includes('number'));
  const candidates = Object.keys(SAMPLE_OF_TYPE).filter((t) => !ok(t));
  if (!candidates.length) return undefined;
  return structuredClone(SAMPLE_OF_TYPE[candidates[pick % candidates.length]!]);
}

// ---------------------------------------------------------------------------
// Cases

export type CaseKind =
  | 'valid'
  | 'missing-required'
  | 'wrong-type'
  | 'enum-violation'
  | 'malformed-json'
  | 'wrong-content-type'
  | 'empty-body'
  | 'not-an-object'
  | 'deep-valid'
  | 'deep-invalid'
  | 'big-valid'
  | 'big-invalid'
  | 'known-prism-defect';

export interface FuzzCase {
  index: number;
  kind: CaseKind;
  expected: 'accept' | 'reject';
  /** What was done to the valid request. */
  description: string;
  contentType: string | null;
  body: string;
  /** The JSON Pointer the mutation broke, when there is one: both judges must name it. */
  pointer?: string;
}

interface Plan {
  value: Record<string, unknown>;
  kind: CaseKind;
  pick: number;
  alt: number;
  depth: number;
}

export interface CaseOptions {
  /** Deepest nesting generated (default 10 000; beyond KNOWN_PRISM_DEFECTS' depths, harmless at log level warn). */
  maxDepth?: number;
  /** Size of the several-MB bodies (default 3 MB). */
  bigBytes?: number;
  /** Add mutations that trip KNOWN_PRISM_DEFECTS (they make the run fail). */
  includeKnownDefects?: boolean;
}

const WRONG_CONTENT_TYPES = ['text/plain', 'text/json', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=fuzz', 'application/jsonx', 'application/octet-stream'];
const NOT_OBJECTS = ['[]', 'null', '"text"', '42', 'true', '[{"direction":"outbound"}]'];
const PLACEHOLDER = '\u0000FUZZ_PLACEHOLDER\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

function nested(depth: number, alt: number): string {
  return alt % 2 ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

export function planArbitrary(contract: ContractSchemas, opts: CaseOptions = {}): fc.Arbitrary<Plan> {
  const maxDepth = Math.max(2, opts.maxDepth ?? 10_000);
  const kinds: { arbitrary: fc.Arbitrary<CaseKind>; weight: number }[] = [
    { arbitrary: fc.constant('valid' as const), weight: 40 },
    { arbitrary: fc.constant('missing-required' as const), weight: 10 },
    { arbitrary: fc.constant('wrong-type' as const), weight: 14 },
    { arbitrary: fc.constant('enum-violation' as const), weight: 8 },
    { arbitrary: fc.constant('malformed-json' as const), weight: 7 },
    { arbitrary: fc.constant('wrong-content-type' as const), weight: 5 },
    { arbitrary: fc.constant('empty-body' as const), weight: 2 },
    { arbitrary: fc.constant('not-an-object' as const), weight: 4 },
    { arbitrary: fc.constant('deep-valid' as const), weight: 4 },
    { arbitrary: fc.constant('deep-invalid' as const), weight: 4 },
    ...(opts.includeKnownDefects ? [{ arbitrary: fc.constant('known-prism-defect' as const), weight: 4 }] : []),
  ];
  return fc.record({
    value: schemaArbitrary(contract, contract.requestSchema, `#/components/schemas/${op.requestSchema}`) as fc.Arbitrary<Record<string, unknown>>,
    kind: fc.oneof(...kinds),
    pick: fc.nat(),
    alt: fc.nat(),
    depth: fc.integer({ min: 2, max: maxDepth }),
  });
}

/** Turn a plan into the exact request to send. Deterministic. */
export function materialize(contract: ContractSchemas, plan: Plan, index: number, opts: CaseOptions = {}): FuzzCase {
  const ct = op.requestContentType;
  const base = (kind: CaseKind, expected: FuzzCase['expected'], description: string, body: string, extra: Partial<FuzzCase> = {}): FuzzCase => ({ index, kind, expected, description, contentType: ct, body, ...extra });
  const value = structuredClone(plan.value);
  const all = sites(contract, contract.requestSchema, value, '', undefined, '', []);
  const withPlaceholder = (target: Site | 'root', replacement: string): string => {
    if (target === 'root') return replacement;
    target.parent[target.parentKey] = PLACEHOLDER;
    return JSON.stringify(value).replace(PLACEHOLDER_JSON, () => replacement);
  };
  switch (plan.kind) {
    case 'valid':
      return base('valid', 'accept', 'a request generated from the schema', JSON.stringify(value));
    case 'missing-required': {
      const holes = all.flatMap((s) => (Array.isArray(s.schema.required) && s.schema.type !== 'array' ? (s.schema.required as string[]).map((k) => ({ site: s, key: k })) : []));
      const target = holes.filter(({ site }) => site.pointer === '' || site.parent)[plan.pick % Math.max(1, holes.length)];
      if (!target) return base('valid', 'accept', 'a request generated from the schema (nothing required to remove)', JSON.stringify(value));
      const owner = target.site.pointer === '' ? value : target.site.parent[target.site.parentKey];
      delete owner[target.key];
      return base('missing-required', 'reject', `removed required ${target.site.pointer}/${target.key}`, JSON.stringify(value), { pointer: `${target.site.pointer}/${escapePointer(target.key)}` });
    }
    case 'wrong-type': {
      const candidates = all.filter((s) => s.pointer !== '' && wrongTypeValue(s.schema, 0) !== undefined);
      const target = candidates[plan.pick % Math.max(1, candidates.length)];
      if (!target) return base('valid', 'accept', 'a request generated from the schema (no typed field)', JSON.stringify(value));
      const wrong = wrongTypeValue(target.schema, plan.alt);
      target.parent[target.parentKey] = wrong;
      return base('wrong-type', 'reject', `${target.pointer} set to ${JSON.stringify(wrong)} (schema type ${JSON.stringify(target.schema.type ?? 'enum')})`, JSON.stringify(value), { pointer: target.pointer });
    }
    case 'enum-violation': {
      const candidates = all.filter((s) => s.pointer !== '' && Array.isArray(s.schema.enum) && s.schema.enum.some((e: unknown) => typeof e === 'string'));
      const target = candidates[plan.pick % Math.max(1, candidates.length)];
      if (!target) return base('valid', 'accept', 'a request generated from the schema (no enum)', JSON.stringify(value));
      const allowed = target.schema.enum as unknown[];
      const variants = [`${String(allowed[0])}x`, String(allowed[0]).toUpperCase(), ` ${String(allowed[0])}`, '', 'unknown'].filter((v) => !allowed.includes(v));
      const wrong = variants[plan.alt % variants.length]!;
      target.parent[target.parentKey] = wrong;
      return base('enum-violation', 'reject', `${target.pointer} set to ${JSON.stringify(wrong)}, outside ${JSON.stringify(allowed)}`, JSON.stringify(value), { pointer: target.pointer });
    }
    case 'malformed-json': {
      const text = JSON.stringify(value);
      const variants: [string, string][] = [
        ['truncated', text.slice(0, 1 + (plan.alt % Math.max(1, text.length - 1)))],
        ['trailing garbage', `${text}}`],
        ['trailing comma', `${text.slice(0, -1)},}`],
        ['single quotes', text.replace(/"/g, "'")],
        ['unquoted key', text.replace(/^\{"([^"]+)"/, '{$1')],
        ['two documents', `${text} ${text}`],
      ];
      const [how, body] = variants[plan.pick % variants.length]!;
      return base('malformed-json', 'reject', `malformed JSON (${how})`, body);
    }
    case 'wrong-content-type': {
      const type = WRONG_CONTENT_TYPES[plan.pick % WRONG_CONTENT_TYPES.length]!;
      return base('wrong-content-type', 'reject', `a valid body sent as ${type}`, JSON.stringify(value), { contentType: type });
    }
    case 'empty-body':
      return plan.alt % 2 ? base('empty-body', 'reject', 'an empty body', '') : base('empty-body', 'reject', 'an empty body without a content type', '', { contentType: null });
    case 'not-an-object': {
      const body = NOT_OBJECTS[plan.pick % NOT_OBJECTS.length]!;
      return base('not-an-object', 'reject', `a JSON body that is not an object: ${body}`, body, { pointer: '' });
    }
    case 'deep-valid': {
      const free = all.find((s) => s.pointer.split('/').length === 2 && s.schema.type === 'object' && !s.schema.properties && s.schema.additionalProperties !== false);
      const freeKey = free ? free.parentKey : Object.entries(contract.resolve(contract.requestSchema).properties ?? {}).find(([, v]) => {
        const r = contract.resolve(v as Schema);
        return r.type === 'object' && !r.properties && r.additionalProperties !== false;
      })?.[0];
      if (!freeKey) return base('valid', 'accept', 'a request generated from the schema (no free-form object to nest in)', JSON.stringify(value));
      const body = withPlaceholder({ pointer: `/${freeKey}`, schema: {}, parent: value, parentKey: freeKey }, `{"nested":${nested(plan.depth, plan.alt)}}`);
      return base('deep-valid', 'accept', `/${freeKey} nested ${plan.depth} levels deep (${plan.alt % 2 ? 'arrays' : 'objects'})`, body);
    }
    case 'deep-invalid': {
      const typed = all.filter((s) => s.pointer !== '' && typesOf(s.schema).length && !typesOf(s.schema).includes(plan.alt % 2 ? 'array' : 'object'));
      const target = typed[plan.pick % Math.max(1, typed.length)];
      if (!target || plan.pick % 4 === 0) {
        // Nested arrays: the body is not an object (named at the root). Nested objects: every required property is missing.
        return base('deep-invalid', 'reject', `the whole body nested ${plan.depth} levels deep (${plan.alt % 2 ? 'arrays' : 'objects'})`, nested(plan.depth, plan.alt), plan.alt % 2 ? { pointer: '' } : {});
      }
      return base('deep-invalid', 'reject', `${target.pointer} replaced by a value nested ${plan.depth} levels deep`, withPlaceholder(target, nested(plan.depth, plan.alt)), { pointer: target.pointer });
    }
    case 'big-valid':
    case 'big-invalid': {
      const size = opts.bigBytes ?? 3_000_000;
      const key = Object.keys(contract.resolve(contract.requestSchema).properties ?? {}).find((k) => {
        const r = contract.resolve(contract.resolve(contract.requestSchema).properties[k]);
        return r.type === 'object' && !r.properties;
      });
      const blob = 'x'.repeat(size);
      const v = structuredClone(plan.value) as Record<string, any>;
      if (key) v[key] = { blob: PLACEHOLDER };
      else v['fuzzBlob'] = PLACEHOLDER;
      if (plan.kind === 'big-invalid') {
        const req = (contract.resolve(contract.requestSchema).required ?? []) as string[];
        const drop = req[plan.pick % Math.max(1, req.length)];
        if (drop) delete v[drop];
        return base('big-invalid', 'reject', `a ${(size / 1e6).toFixed(1)} MB body without required /${drop}`, JSON.stringify(v).replace(PLACEHOLDER_JSON, () => JSON.stringify(blob)), drop ? { pointer: `/${escapePointer(drop)}` } : {});
      }
      return base('big-valid', 'accept', `a valid ${(size / 1e6).toFixed(1)} MB body`, JSON.stringify(v).replace(PLACEHOLDER_JSON, () => JSON.stringify(blob)));
    }
    case 'known-prism-defect': {
      const which = (plan.pick ^ plan.alt) % 4;
      if (which === 0) return base('known-prism-defect', 'accept', `KNOWN PRISM DEFECT: a valid body sent as ${KNOWN_PRISM_DEFECTS.serverErrorContentTypes[0]}`, JSON.stringify(value), { contentType: KNOWN_PRISM_DEFECTS.serverErrorContentTypes[0] });
      if (which === 1) {
        const type = KNOWN_PRISM_DEFECTS.lenientContentTypes[plan.alt % KNOWN_PRISM_DEFECTS.lenientContentTypes.length]!;
        return base('known-prism-defect', 'reject', `KNOWN PRISM DEFECT: a valid body sent as ${type}`, JSON.stringify(value), { contentType: type });
      }
      if (which === 2) {
        const depth = KNOWN_PRISM_DEFECTS.infoLevelServerErrorDepth;
        return base('known-prism-defect', 'reject', `KNOWN PRISM DEFECT (at log level info): the whole body nested ${depth} levels deep`, nested(depth, 0));
      }
      return base('known-prism-defect', 'accept', 'KNOWN PRISM DEFECT (at log level info): a valid body whose log line jsonrepair corrupts', KNOWN_PRISM_DEFECTS.infoLevelCrashBody);
    }
  }
}

/**
 * The cases of a run: `count` plans sampled from the seed (same seed and count →
 * same requests), with one several-MB valid body and one several-MB invalid
 * body when count allows (at fixed positions: the last two).
 */
export function generateCases(contract: ContractSchemas, seed: number, count: number, opts: CaseOptions = {}): FuzzCase[] {
  const plans = fc.sample(planArbitrary(contract, opts), { seed, numRuns: count });
  if (count >= 50) {
    plans[count - 2] = { ...plans[count - 2]!, kind: 'big-valid' };
    plans[count - 1] = { ...plans[count - 1]!, kind: 'big-invalid' };
  }
  return plans.map((p, i) => materialize(contract, p, i, opts));
}

// ---------------------------------------------------------------------------
// Judges

export interface Verdict {
  verdict: 'accept' | 'reject';
  reason: string;
  /** JSON Pointers the judge named (client convention: a missing property at its own path). */
  pointers: string[];
}

/** The client's side: transport rules, then the generated request validator. */
export function validatorVerdict(c: Pick<FuzzCase, 'contentType' | 'body'>): Verdict {
  const media = (c.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (media !== op.requestContentType) return { verdict: 'reject', reason: `transport: media type ${JSON.stringify(c.contentType)} is not ${op.requestContentType}`, pointers: [] };
  if (c.body.length === 0) return { verdict: 'reject', reason: 'transport: empty body', pointers: [] };
  let data: unknown;
  try {
    data = JSON.parse(c.body);
  } catch (err) {
    return { verdict: 'reject', reason: `transport: JSON.parse failed (${(err as Error).message})`, pointers: [] };
  }
  if (validateConnectCallRequest(data)) return { verdict: 'accept', reason: 'valid', pointers: [] };
  const errors = validateConnectCallRequest.errors ?? [];
  return {
    verdict: 'reject',
    reason: errors.map((e) => `${e.instancePath || '(body)'} ${e.message ?? e.keyword}`).join('; '),
    pointers: errors.map(errorPointer),
  };
}

export interface MockAnswer {
  status: number;
  violations: string[];
  bodySnippet: string;
  problemBody: boolean;
}

export async function askMock(url: string, c: FuzzCase, timeoutMs = 30_000): Promise<MockAnswer> {
  const headers: Record<string, string> = { authorization: 'Bearer fuzz-token' };
  if (c.contentType !== null) headers['content-type'] = c.contentType;
  const res = await fetch(`${url}${op.path}`, {
    method: op.method.toUpperCase(),
    headers,
    body: c.contentType === null ? new Blob([c.body]) : c.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let violations: string[] = [];
  try {
    violations = parseSlViolations(res.headers.get('sl-violations'))
      .map((v) => prismViolationPath(v))
      .filter((v) => v.location === 'request')
      .map((v) => v.path);
  } catch {
    violations = ['(unparseable sl-violations)'];
  }
  return { status: res.status, violations, bodySnippet: text.slice(0, 300), problemBody: (res.headers.get('content-type') ?? '').startsWith('application/problem+json') };
}

// ---------------------------------------------------------------------------
// Runs

export interface Disagreement {
  index: number;
  kind: CaseKind;
  expected: FuzzCase['expected'];
  validator: string;
  mock: string;
  problem: string;
  request: string;
}

export interface FuzzResult {
  seed: number;
  planned: number;
  sent: number;
  /** Both judges accepted. */
  accepted: number;
  /** Both judges rejected. */
  rejected: number;
  disagreements: Disagreement[];
  /** 400 answers whose body is not the contract's Problem (Prism's own "invalid_json" error). */
  nonProblem400: number;
  byKind: Record<string, { sent: number; accepted: number; rejected: number; disagreements: number }>;
  stoppedBy: 'count' | 'time' | 'mock-down';
  /** The mock answered a valid request after the batch. */
  aliveAfter: boolean;
  elapsedMs: number;
}

export interface FuzzOptions extends CaseOptions {
  url: string;
  seed: number;
  count: number;
  /** Stop sending after this many seconds (the cases not sent are not counted). */
  seconds: number;
  concurrency?: number;
  onProgress?: (sent: number, planned: number) => void;
}

const truncate = (s: string, n = 2000): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars in all)` : s);

export function describeRequest(c: FuzzCase): string {
  return `#${c.index} ${c.kind}: ${c.description}\n    content-type: ${c.contentType ?? '(none)'}\n    body: ${truncate(c.body)}`;
}

/** The mock still answers a valid request. */
export async function mockAlive(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}${op.path}`, {
      method: op.method.toUpperCase(),
      headers: { 'content-type': op.requestContentType, authorization: 'Bearer fuzz-token' },
      body: JSON.stringify({ direction: 'outbound', phoneNumberId: 'probe', customer: {} }),
      signal: AbortSignal.timeout(5000),
    });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzResult> {
  const t0 = performance.now();
  const contract = loadContractSchemas();
  const cases = generateCases(contract, opts.seed, opts.count, opts);
  const deadline = t0 + opts.seconds * 1000;
  const result: FuzzResult = { seed: opts.seed, planned: cases.length, sent: 0, accepted: 0, rejected: 0, disagreements: [], nonProblem400: 0, byKind: {}, stoppedBy: 'count', aliveAfter: false, elapsedMs: 0 };
  let next = 0;
  let consecutiveFailures = 0;

  const judge = async (c: FuzzCase): Promise<void> => {
    const v = validatorVerdict(c);
    let answer: MockAnswer | undefined;
    let failure: string | undefined;
    try {
      answer = await askMock(opts.url, c);
      consecutiveFailures = 0;
    } catch (err) {
      failure = `no answer: ${(err as Error).message}${(err as { cause?: { code?: string } }).cause?.code ? ` (${(err as { cause: { code: string } }).cause.code})` : ''}`;
      consecutiveFailures++;
    }
    result.sent++;
    const k = (result.byKind[c.kind] ??= { sent: 0, accepted: 0, rejected: 0, disagreements: 0 });
    k.sent++;
    const mockVerdict = answer?.status === 200 ? 'accept' : answer?.status === 400 ? 'reject' : undefined;
    const problems: string[] = [];
    if (failure) problems.push(`the mock gave ${failure}`);
    else if (answer && answer.status >= 500) problems.push(`the mock answered ${answer.status}: ${answer.bodySnippet}`);
    else if (!mockVerdict) problems.push(`the mock answered ${answer!.status}, neither 200 nor 400: ${answer!.bodySnippet}`);
    if (mockVerdict && mockVerdict !== v.verdict) problems.push(`the mock ${mockVerdict}ed (${answer!.status}) but the validator ${v.verdict}ed (${v.reason})`);
    if (v.verdict !== c.expected) problems.push(`the validator ${v.verdict}ed (${v.reason}) but the case was built to be ${c.expected}ed`);
    if (mockVerdict && mockVerdict !== c.expected && mockVerdict === v.verdict) problems.push(`both judges ${mockVerdict}ed a case built to be ${c.expected}ed`);
    if (c.pointer !== undefined && c.expected === 'reject' && v.verdict === 'reject' && mockVerdict === 'reject') {
      if (!v.pointers.includes(c.pointer)) problems.push(`the validator did not name ${c.pointer || '(body)'}: ${JSON.stringify(v.pointers)}`);
      if (!answer!.violations.includes(c.pointer)) problems.push(`Prism's sl-violations did not name ${c.pointer || '(body)'}: ${JSON.stringify(answer!.violations)}`);
    }
    if (answer?.status === 400 && !answer.problemBody) result.nonProblem400++;
    if (problems.length) {
      k.disagreements++;
      result.disagreements.push({ index: c.index, kind: c.kind, expected: c.expected, validator: `${v.verdict}: ${v.reason}`, mock: failure ?? `${answer!.status} ${JSON.stringify(answer!.violations)}`, problem: problems.join('; '), request: describeRequest(c) });
    } else if (v.verdict === 'accept') {
      result.accepted++;
      k.accepted++;
    } else {
      result.rejected++;
      k.rejected++;
    }
    opts.onProgress?.(result.sent, cases.length);
  };

  const workers = Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, async () => {
    while (next < cases.length) {
      if (performance.now() > deadline) {
        result.stoppedBy = 'time';
        return;
      }
      if (consecutiveFailures >= 3) {
        result.stoppedBy = 'mock-down';
        return;
      }
      await judge(cases[next++]!);
    }
  });
  await Promise.all(workers);
  result.aliveAfter = await mockAlive(opts.url);
  result.elapsedMs = Math.round(performance.now() - t0);
  return result;
}

export function fuzzOk(r: FuzzResult): boolean {
  return r.disagreements.length === 0 && r.aliveAfter && r.stoppedBy !== 'mock-down';
}

export function formatFuzzResult(r: FuzzResult, maxShown = 10): string {
  const lines = [
    `fuzz: seed ${r.seed}: sent ${r.sent} of ${r.planned} in ${(r.elapsedMs / 1000).toFixed(1)} s${r.stoppedBy === 'time' ? ' (time limit reached)' : r.stoppedBy === 'mock-down' ? ' (STOPPED: the mock stopped answering)' : ''}`,
    `      accepted by both ${r.accepted}, rejected by both ${r.rejected}, disagreements ${r.disagreements.length}; mock alive after the batch: ${r.aliveAfter ? 'yes' : 'NO'}`,
    `      400s without a Problem body (Prism's own invalid-JSON error): ${r.nonProblem400}`,
    `      by kind: ${Object.entries(r.byKind)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${v.sent}${v.disagreements ? ` (${v.disagreements} disagreeing)` : ''}`)
      .join(', ')}`,
  ];
  for (const d of r.disagreements.slice(0, maxShown)) lines.push(`  DISAGREEMENT ${d.problem}\n    validator: ${d.validator}\n    mock: ${d.mock}\n    ${d.request}`);
  if (r.disagreements.length > maxShown) lines.push(`  … and ${r.disagreements.length - maxShown} more`);
  lines.push(`replay: npm run fuzz -- --seed ${r.seed} --count ${r.planned}`);
  return lines.join('\n');
}
