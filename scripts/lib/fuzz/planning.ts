/**
 * Planning: which cases a run sends, derived from the contract's tables
 * (generated/operations.ts `operations` and `serverMessages`), so a new
 * operation or server message is covered with no edit here.
 *
 * A target is an operation (an HTTP request to the mock) or a server message
 * (a body judged by two validators). For an operation, each case breaks at
 * most one part of an otherwise valid request (its body, a path parameter or
 * its query) in one known way, and says what the contract expects: accept or
 * reject, and the JSON Pointer of what was broken (`/query/<name>` and
 * `/path/<name>` for parameters). Same seed and count, same cases.
 */
import fc from 'fast-check';
import { operations, serverMessages, type OperationId } from '../../../generated/operations.ts';
import { escapePointer } from '../../../src/pointer.ts';
import {
  anyString,
  DATE_TIME_EDGES,
  FuzzSchemaError,
  isWellFormed,
  paramString,
  paramTextArbitrary,
  schemaArbitrary,
  typesOf,
  type ContractSchemas,
  type ParamText,
  type Schema,
} from './generators.ts';
import { KNOWN_PRISM_DEFECTS } from './known-issues.ts';
import { isOperation, targetIds } from './targets.ts';

export type CaseKind =
  // bodies (operations and server messages)
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
  // path parameters
  | 'path-valid'
  | 'path-invalid'
  // query parameters
  | 'query-valid'
  | 'query-invalid-value'
  | 'query-missing-required'
  | 'query-repeated'
  | 'query-unknown'
  | 'query-name-case'
  | 'query-date-time-edge'
  // left out unless asked for (known-issues.ts)
  | 'known-prism-defect';

export interface FuzzCase {
  index: number;
  /** An operationId, or a server message's operationId. */
  target: string;
  channel: 'http' | 'message';
  kind: CaseKind;
  /** What the contract says of the request (the client side must say the same). */
  expected: 'accept' | 'reject';
  /** What was done to the valid request. */
  description: string;
  /** HTTP method (upper case); "POST" for a server message. */
  method: string;
  /** Path and query exactly as sent, before any URL normalisation; '' for a server message. */
  url: string;
  contentType: string | null;
  /** null: no body is sent. */
  body: string | null;
  /** The JSON Pointer the mutation broke, when there is one: the judges must name it. */
  pointer?: string;
}

export interface CaseOptions {
  /** Deepest nesting generated (default 10 000; beyond KNOWN_PRISM_DEFECTS' depths, harmless at log level warn). */
  maxDepth?: number;
  /** Size of the several-MB bodies (default 3 MB). */
  bigBytes?: number;
  /** Add cases that trip KNOWN_PRISM_DEFECTS (they make the run fail). */
  includeKnownDefects?: boolean;
  /** Only this target (an operationId or a server message's operationId). */
  target?: string;
}

type Op = (typeof operations)[OperationId];
interface Param {
  name: string;
  required: boolean;
  schema: Schema;
}
type Part = 'body' | 'path' | 'query';

/** Every target: the operations, then the server messages, by their operationIds. */
const messageByOperationId = (id: string) => Object.values(serverMessages).find((m) => m.operationId === id);

const partsOf = (op: Op): Part[] => [
  ...(op.hasBody && 'requestSchema' in op ? (['body'] as const) : []),
  ...(op.pathParams.length ? (['path'] as const) : []),
  ...(op.queryParams.length ? (['query'] as const) : []),
];

/**
 * A path value as one path segment, as the client encodes it (src/client.ts):
 * encodeURIComponent, and "." as %2E. Exported for the judges and tests.
 */
export const encodeSegment = (text: string): string => encodeURIComponent(text).replace(/\./g, '%2E');
/** A query pair as openapi-fetch serialises it. */
export const encodePair = (name: string, text: string): string => `${encodeURIComponent(name)}=${encodeURIComponent(text)}`;

/** Fill a path template with already-encoded segments. */
export function fillPath(template: string, segments: Record<string, string>): string {
  return template.replace(/\{([^{}]+)\}/g, (_m, name: string) => {
    const s = segments[name];
    if (s === undefined) throw new FuzzSchemaError(`no value for path parameter "${name}" of ${template}`);
    return s;
  });
}

// ---------------------------------------------------------------------------
// Body mutations (shared by operations and server messages)

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
        if (Object.hasOwn(value, k)) sites(contract, sub, (value as any)[k], `${pointer}/${escapePointer(k)}`, value, k, out);
      }
    }
  }
  return out;
}

const SAMPLE_OF_TYPE: Record<string, unknown> = { string: 'fuzz', number: 12.5, integer: 7, boolean: true, null: null, object: { fuzz: 1 }, array: ['fuzz'] };
const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v);
const enumOf = (s: Schema): unknown[] | undefined => (Array.isArray(s.enum) ? s.enum : 'const' in s ? [s.const] : undefined);

/** A value whose JSON type the schema does not allow (chosen with `pick`), or undefined if every type is allowed. */
function wrongTypeValue(s: Schema, pick: number): unknown {
  let allowed = typesOf(s);
  const e = enumOf(s);
  if (!allowed.length && e) allowed = [...new Set(e.map(jsonType))];
  if (!allowed.length) return undefined;
  const ok = (t: string) => allowed.includes(t) || (t === 'integer' && allowed.includes('number'));
  const candidates = Object.keys(SAMPLE_OF_TYPE).filter((t) => !ok(t));
  if (!candidates.length) return undefined;
  return structuredClone(SAMPLE_OF_TYPE[candidates[pick % candidates.length]!]);
}

const freeForm = (s: Schema): boolean => s.type === 'object' && !s.properties && s.additionalProperties !== false;

/** Property chains from the root to a free-form object, whose intermediate objects need nothing else to be valid. */
function freeFormChains(contract: ContractSchemas, root: Schema, depth = 3): string[][] {
  const out: string[][] = [];
  const walk = (s: Schema, chain: string[], d: number): void => {
    for (const [k, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
      const r = contract.resolve(sub);
      if (freeForm(r)) out.push([...chain, k]);
      else if (d > 1 && r.type === 'object' && r.properties) walk(r, [...chain, k], d - 1);
    }
  };
  walk(contract.resolve(root), [], depth);
  return out;
}

const WRONG_CONTENT_TYPES = ['text/plain', 'text/json', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=fuzz', 'application/jsonx', 'application/octet-stream'];
const NOT_OBJECTS = ['[]', 'null', '"text"', '42', 'true', '[{"direction":"outbound"}]'];
const PLACEHOLDER = '\u0000FUZZ_PLACEHOLDER\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

function nested(depth: number, alt: number): string {
  return alt % 2 ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

interface BodyOutcome {
  kind: CaseKind;
  expected: 'accept' | 'reject';
  description: string;
  body: string;
  contentType?: string | null;
  pointer?: string;
}

/** One body case: `value` is a valid body for `schema`, broken as `kind` says. Deterministic. */
function bodyCase(contract: ContractSchemas, schema: Schema, plan: { body: unknown; kind: CaseKind; pick: number; alt: number; depth: number }, opts: CaseOptions): BodyOutcome {
  const value = structuredClone(plan.body) as Record<string, any>;
  const all = sites(contract, schema, value, '', undefined, '', []);
  const valid = (why: string): BodyOutcome => ({ kind: 'valid', expected: 'accept', description: `a body generated from the schema${why}`, body: JSON.stringify(value) });
  const withPlaceholder = (target: { parent: any; parentKey: string }, replacement: string): string => {
    target.parent[target.parentKey] = PLACEHOLDER;
    return JSON.stringify(value).replace(PLACEHOLDER_JSON, () => replacement);
  };
  switch (plan.kind) {
    case 'missing-required': {
      const holes = all.flatMap((s) => (Array.isArray(s.schema.required) && s.schema.type !== 'array' ? (s.schema.required as string[]).map((k) => ({ site: s, key: k })) : []));
      const target = holes[plan.pick % Math.max(1, holes.length)];
      if (!target) return valid(' (nothing required to remove)');
      const owner = target.site.pointer === '' ? value : target.site.parent[target.site.parentKey];
      delete owner[target.key];
      return {
        kind: 'missing-required',
        expected: 'reject',
        description: `removed required ${target.site.pointer}/${target.key}`,
        body: JSON.stringify(value),
        pointer: `${target.site.pointer}/${escapePointer(target.key)}`,
      };
    }
    case 'wrong-type': {
      const candidates = all.filter((s) => s.pointer !== '' && wrongTypeValue(s.schema, 0) !== undefined);
      const target = candidates[plan.pick % Math.max(1, candidates.length)];
      if (!target) return valid(' (no typed field)');
      const wrong = wrongTypeValue(target.schema, plan.alt);
      target.parent[target.parentKey] = wrong;
      return {
        kind: 'wrong-type',
        expected: 'reject',
        description: `${target.pointer} set to ${JSON.stringify(wrong)} (schema type ${JSON.stringify(target.schema.type ?? 'enum')})`,
        body: JSON.stringify(value),
        pointer: target.pointer,
      };
    }
    case 'enum-violation': {
      const candidates = all.filter((s) => s.pointer !== '' && enumOf(s.schema)?.some((e) => typeof e === 'string'));
      const target = candidates[plan.pick % Math.max(1, candidates.length)];
      if (!target) return valid(' (no enum)');
      const allowed = enumOf(target.schema)!;
      const first = String(allowed.find((e) => typeof e === 'string'));
      const variants = [`${first}x`, first.toUpperCase(), ` ${first}`, '', 'unknown'].filter((v) => !allowed.includes(v));
      const wrong = variants[plan.alt % variants.length]!;
      target.parent[target.parentKey] = wrong;
      return {
        kind: 'enum-violation',
        expected: 'reject',
        description: `${target.pointer} set to ${JSON.stringify(wrong)}, outside ${JSON.stringify(allowed)}`,
        body: JSON.stringify(value),
        pointer: target.pointer,
      };
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
      return { kind: 'malformed-json', expected: 'reject', description: `malformed JSON (${how})`, body };
    }
    case 'wrong-content-type': {
      const type = WRONG_CONTENT_TYPES[plan.pick % WRONG_CONTENT_TYPES.length]!;
      return { kind: 'wrong-content-type', expected: 'reject', description: `a valid body sent as ${type}`, body: JSON.stringify(value), contentType: type };
    }
    case 'empty-body':
      return plan.alt % 2
        ? { kind: 'empty-body', expected: 'reject', description: 'an empty body', body: '' }
        : { kind: 'empty-body', expected: 'reject', description: 'an empty body without a content type', body: '', contentType: null };
    case 'not-an-object': {
      const body = NOT_OBJECTS[plan.pick % NOT_OBJECTS.length]!;
      return { kind: 'not-an-object', expected: 'reject', description: `a JSON body that is not an object: ${body}`, body, pointer: '' };
    }
    case 'deep-valid': {
      for (const chain of freeFormChains(contract, schema)) {
        let owner: any = value;
        let ok = true;
        for (const k of chain.slice(0, -1)) {
          if (owner[k] === undefined) {
            ok = false;
            break;
          }
          owner = owner[k];
        }
        if (!ok || !owner || typeof owner !== 'object') continue;
        const key = chain.at(-1)!;
        const body = withPlaceholder({ parent: owner, parentKey: key }, `{"nested":${nested(plan.depth, plan.alt)}}`);
        return { kind: 'deep-valid', expected: 'accept', description: `/${chain.join('/')} nested ${plan.depth} levels deep (${plan.alt % 2 ? 'arrays' : 'objects'})`, body };
      }
      return valid(' (no free-form object to nest in)');
    }
    case 'deep-invalid': {
      const typed = all.filter((s) => s.pointer !== '' && typesOf(s.schema).length && !typesOf(s.schema).includes(plan.alt % 2 ? 'array' : 'object'));
      const target = typed[plan.pick % Math.max(1, typed.length)];
      if (!target || plan.pick % 4 === 0) {
        // Nested arrays: the body is not an object (named at the root). Nested objects: every required property is missing.
        return {
          kind: 'deep-invalid',
          expected: 'reject',
          description: `the whole body nested ${plan.depth} levels deep (${plan.alt % 2 ? 'arrays' : 'objects'})`,
          body: nested(plan.depth, plan.alt),
          ...(plan.alt % 2 ? { pointer: '' } : {}),
        };
      }
      return {
        kind: 'deep-invalid',
        expected: 'reject',
        description: `${target.pointer} replaced by a value nested ${plan.depth} levels deep`,
        body: withPlaceholder(target, nested(plan.depth, plan.alt)),
        pointer: target.pointer,
      };
    }
    case 'big-valid':
    case 'big-invalid': {
      const size = opts.bigBytes ?? 3_000_000;
      const root = contract.resolve(schema);
      const chain = freeFormChains(contract, schema, 1)[0];
      const v = structuredClone(plan.body) as Record<string, any>;
      if (chain) v[chain[0]!] = { blob: PLACEHOLDER };
      else v['fuzzBlob'] = PLACEHOLDER;
      const blob = JSON.stringify('x'.repeat(size));
      if (plan.kind === 'big-invalid') {
        const req = (root.required ?? []) as string[];
        const drop = req[plan.pick % Math.max(1, req.length)];
        if (drop) delete v[drop];
        return {
          kind: 'big-invalid',
          expected: 'reject',
          description: `a ${(size / 1e6).toFixed(1)} MB body without required /${drop}`,
          body: JSON.stringify(v).replace(PLACEHOLDER_JSON, () => blob),
          ...(drop ? { pointer: `/${escapePointer(drop)}` } : {}),
        };
      }
      return { kind: 'big-valid', expected: 'accept', description: `a valid ${(size / 1e6).toFixed(1)} MB body`, body: JSON.stringify(v).replace(PLACEHOLDER_JSON, () => blob) };
    }
    default:
      return valid('');
  }
}

// ---------------------------------------------------------------------------
// Plans

interface Plan {
  target: string;
  part: Part | 'message';
  kind: CaseKind;
  pick: number;
  alt: number;
  depth: number;
  body: unknown;
  /** Valid texts per path parameter, and one invalid text per path parameter. */
  path: Record<string, ParamText>;
  pathBad: Record<string, ParamText>;
  /** Valid texts per query parameter, which optional ones are sent, and one invalid text each (when there is one). */
  query: Record<string, ParamText>;
  queryBad: Record<string, ParamText | undefined>;
  optional: boolean[];
  /** Unknown query parameters (names never equal to a declared one, whatever the case, nor Prism's "__" control names). */
  extra: [string, string][];
  order: number;
}

type Weighted<T> = { arbitrary: fc.Arbitrary<T>; weight: number };
const kinds = (list: [CaseKind, number][]): fc.Arbitrary<CaseKind> => fc.oneof(...list.filter(([, w]) => w > 0).map(([k, w]) => ({ arbitrary: fc.constant(k), weight: w })));

function bodyKinds(http: boolean, opts: CaseOptions): [CaseKind, number][] {
  return [
    ['valid', 40],
    ['missing-required', 10],
    ['wrong-type', 14],
    ['enum-violation', 8],
    ['malformed-json', http ? 7 : 0],
    ['wrong-content-type', http ? 5 : 0],
    ['empty-body', http ? 2 : 0],
    ['not-an-object', 4],
    ['deep-valid', 4],
    ['deep-invalid', 4],
    ['known-prism-defect', http && opts.includeKnownDefects ? 4 : 0],
  ];
}

function opPlanArbitrary(contract: ContractSchemas, id: OperationId, opts: CaseOptions): fc.Arbitrary<Plan> {
  const op = operations[id] as Op;
  const parts = partsOf(op);
  const maxDepth = Math.max(2, opts.maxDepth ?? 10_000);
  const pathParams = op.pathParams as readonly Param[];
  const queryParams = op.queryParams as readonly Param[];
  const pathArbs = Object.fromEntries(pathParams.map((p) => [p.name, paramTextArbitrary(p.schema, 'path', `${id} path parameter ${p.name}`)]));
  const queryArbs = Object.fromEntries(queryParams.map((p) => [p.name, paramTextArbitrary(p.schema, 'query', `${id} query parameter ${p.name}`)]));
  const declaredLower = new Set(queryParams.map((p) => p.name.toLowerCase()));
  const extraName = anyString(1, 12).filter((n) => isWellFormed(n) && !declaredLower.has(n.toLowerCase()) && !n.startsWith('__'));
  const partKind: Weighted<[Part, CaseKind]>[] = [];
  const add = (part: Part, list: [CaseKind, number][], partWeight: number) => {
    const total = list.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of list) if (w > 0) partKind.push({ arbitrary: fc.constant([part, k] as [Part, CaseKind]), weight: Math.max(1, Math.round((w / total) * 100 * partWeight)) });
  };
  if (parts.includes('body')) add('body', bodyKinds(true, opts), 1);
  const dateTimes = queryParams.some((p) => p.schema.format === 'date-time');
  if (parts.includes('path'))
    add(
      'path',
      [
        ['path-valid', 70],
        ['path-invalid', 30],
        ['known-prism-defect', opts.includeKnownDefects ? 8 : 0],
      ],
      0.6,
    );
  if (parts.includes('query'))
    add(
      'query',
      [
        ['query-valid', 30],
        ['query-invalid-value', queryParams.some((p) => queryArbs[p.name]!.invalid) ? 25 : 0],
        ['query-missing-required', queryParams.some((p) => p.required) ? 10 : 0],
        ['query-repeated', 10],
        ['query-unknown', 15],
        ['query-name-case', 10],
        ['query-date-time-edge', dateTimes ? 8 : 0],
      ],
      1,
    );
  if (!partKind.length) throw new FuzzSchemaError(`operation ${id} has neither a body nor parameters: nothing to fuzz`);
  return fc
    .record({
      target: fc.constant(id as string),
      pk: fc.oneof(...partKind),
      pick: fc.nat(),
      alt: fc.nat(),
      depth: fc.integer({ min: 2, max: maxDepth }),
      body: parts.includes('body')
        ? schemaArbitrary(contract, contract.schema((op as { requestSchema: string }).requestSchema), `#/components/schemas/${(op as { requestSchema: string }).requestSchema}`)
        : fc.constant(undefined),
      path: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, pathArbs[p.name]!.valid]))),
      pathBad: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, pathArbs[p.name]!.invalid ?? pathArbs[p.name]!.valid]))),
      query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, queryArbs[p.name]!.valid]))),
      queryBad: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, queryArbs[p.name]!.invalid ?? fc.constant(undefined)]))),
      optional: fc.array(fc.boolean(), { minLength: queryParams.length, maxLength: queryParams.length }),
      extra: fc.array(fc.tuple(extraName, fc.oneof(paramString(0), fc.constant(''))), { minLength: 1, maxLength: 3 }),
      order: fc.nat(),
    })
    .map(({ pk, ...rest }) => ({ ...rest, part: pk[0], kind: pk[1] }) as Plan);
}

function messagePlanArbitrary(contract: ContractSchemas, id: string, opts: CaseOptions): fc.Arbitrary<Plan> {
  const m = messageByOperationId(id)!;
  const maxDepth = Math.max(2, opts.maxDepth ?? 10_000);
  return fc.record({
    target: fc.constant(id),
    part: fc.constant('message' as const),
    kind: kinds(bodyKinds(false, opts)),
    pick: fc.nat(),
    alt: fc.nat(),
    depth: fc.integer({ min: 2, max: maxDepth }),
    body: schemaArbitrary(contract, contract.schema(m.schema), `#/components/schemas/${m.schema}`),
    path: fc.constant({}),
    pathBad: fc.constant({}),
    query: fc.constant({}),
    queryBad: fc.constant({}),
    optional: fc.constant([]),
    extra: fc.constant([]),
    order: fc.nat(),
  });
}

/** How often each target comes up: an operation by its parts (1 + how many of body/path/query it has), a server message 0.4. */
export function targetWeights(opts: CaseOptions = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of targetIds()) {
    if (opts.target !== undefined && id !== opts.target) continue;
    out[id] = isOperation(id) ? 1 + partsOf(operations[id] as Op).length : 0.4;
  }
  if (!Object.keys(out).length) throw new FuzzSchemaError(`unknown target ${JSON.stringify(opts.target)}: one of ${targetIds().join(', ')}`);
  return out;
}

export function planArbitrary(contract: ContractSchemas, opts: CaseOptions = {}): fc.Arbitrary<Plan> {
  const weights = targetWeights(opts);
  return fc.oneof(
    ...Object.entries(weights).map(([id, w]) => ({ arbitrary: isOperation(id) ? opPlanArbitrary(contract, id, opts) : messagePlanArbitrary(contract, id, opts), weight: Math.round(w * 10) })),
  );
}

// ---------------------------------------------------------------------------
// Materialising a plan into the exact request

export function materialize(contract: ContractSchemas, plan: Plan, index: number, opts: CaseOptions = {}): FuzzCase {
  if (!isOperation(plan.target)) {
    const m = messageByOperationId(plan.target)!;
    const b = bodyCase(contract, contract.schema(m.schema), plan, opts);
    return {
      index,
      target: plan.target,
      channel: 'message',
      kind: b.kind,
      expected: b.expected,
      description: b.description,
      method: 'POST',
      url: '',
      contentType: 'application/json',
      body: b.body,
      ...(b.pointer !== undefined ? { pointer: b.pointer } : {}),
    };
  }
  const op = operations[plan.target] as Op;
  const pathParams = op.pathParams as readonly Param[];
  const queryParams = op.queryParams as readonly Param[];
  let kind: CaseKind = plan.kind;
  let expected: 'accept' | 'reject' = 'accept';
  let description = '';
  let pointer: string | undefined;

  // Path: valid segments, or one broken.
  const segments = Object.fromEntries(pathParams.map((p) => [p.name, encodeSegment(plan.path[p.name]!.text)]));
  if (plan.part === 'path' && pathParams.length) {
    const p = pathParams[plan.pick % pathParams.length]!;
    if (kind === 'path-invalid') {
      const bad = plan.pathBad[p.name]!;
      segments[p.name] = encodeSegment(bad.text);
      expected = bad.valid ? 'accept' : 'reject';
      description = `path parameter ${p.name} = ${JSON.stringify(bad.text)} (${bad.note})`;
      if (!bad.valid) pointer = `/path/${escapePointer(p.name)}`;
    } else if (kind === 'known-prism-defect') {
      const raw =
        plan.alt % 2
          ? KNOWN_PRISM_DEFECTS.malformedPathEncodings[plan.pick % KNOWN_PRISM_DEFECTS.malformedPathEncodings.length]!
          : KNOWN_PRISM_DEFECTS.rawCommaPathValues[plan.pick % KNOWN_PRISM_DEFECTS.rawCommaPathValues.length]!;
      segments[p.name] = raw;
      const malformed = plan.alt % 2 === 1;
      expected = malformed ? 'reject' : 'accept';
      description = `KNOWN PRISM DEFECT: path parameter ${p.name} written raw as ${JSON.stringify(raw)} (${malformed ? 'not UTF-8 percent-encoding: Prism crashes' : 'a raw comma: Prism splits it'})`;
    } else {
      description = `path parameters ${pathParams.map((q) => `${q.name} = ${JSON.stringify(truncate(plan.path[q.name]!.text, 80))}`).join(', ')}`;
    }
  }
  const path = fillPath(op.path, segments);

  // Query: the required parameters and some optional ones, valid; or broken one way.
  let pairs: [string, string][] = queryParams.filter((p, i) => p.required || plan.optional[i]).map((p) => [p.name, plan.query[p.name]!.text]);
  let rawQuery: string | undefined;
  const qp = (list: readonly Param[]) => list[plan.pick % list.length]!;
  if (plan.part === 'query' && queryParams.length) {
    switch (kind) {
      case 'query-invalid-value': {
        const withBad = queryParams.filter((p) => plan.queryBad[p.name]);
        const p = qp(withBad);
        const bad = plan.queryBad[p.name]!;
        pairs = pairs.filter(([n]) => n !== p.name).concat([[p.name, bad.text]]);
        expected = 'reject';
        pointer = `/query/${escapePointer(p.name)}`;
        description = `query ${p.name} = ${JSON.stringify(truncate(bad.text, 80))} (${bad.note})`;
        break;
      }
      case 'query-missing-required': {
        const p = qp(queryParams.filter((q) => q.required));
        pairs = pairs.filter(([n]) => n !== p.name);
        expected = 'reject';
        pointer = `/query/${escapePointer(p.name)}`;
        description = `required query parameter ${p.name} left out`;
        break;
      }
      case 'query-repeated': {
        const p = qp(queryParams);
        const first = plan.query[p.name]!.text;
        const second = plan.alt % 3 === 0 ? first : plan.alt % 3 === 1 || !plan.queryBad[p.name] ? plan.query[p.name]!.text : plan.queryBad[p.name]!.text;
        pairs = pairs
          .filter(([n]) => n !== p.name)
          .concat([
            [p.name, first],
            [p.name, second],
          ]);
        expected = 'reject';
        pointer = `/query/${escapePointer(p.name)}`;
        description = `query ${p.name} given twice: ${JSON.stringify(truncate(first, 60))} and ${JSON.stringify(truncate(second, 60))}`;
        break;
      }
      case 'query-unknown':
        pairs = pairs.concat(plan.extra);
        description = `unknown query parameters ${plan.extra.map(([n, v]) => `${JSON.stringify(truncate(n, 30))}=${JSON.stringify(truncate(v, 30))}`).join(', ')}`;
        break;
      case 'query-name-case': {
        const p = qp(queryParams);
        const variant = plan.alt % 2 ? p.name.toUpperCase() : p.name.charAt(0).toUpperCase() + p.name.slice(1);
        const renamed = variant === p.name ? p.name.toLowerCase() : variant;
        const text = plan.alt % 4 >= 2 && plan.queryBad[p.name] ? plan.queryBad[p.name]!.text : plan.query[p.name]!.text;
        pairs = pairs.filter(([n]) => n !== p.name).concat([[renamed, text]]);
        // The contract's names are case-sensitive: the renamed one is an unknown parameter, the declared one is missing.
        expected = p.required ? 'reject' : 'accept';
        if (p.required) pointer = `/query/${escapePointer(p.name)}`;
        description = `query ${p.name} sent as ${renamed} = ${JSON.stringify(truncate(text, 60))}`;
        break;
      }
      case 'query-date-time-edge': {
        // generateCases numbers these plans in order (alt), so a batch walks the whole list.
        const p = qp(queryParams.filter((q) => q.schema.format === 'date-time'));
        const edge = DATE_TIME_EDGES[plan.alt % DATE_TIME_EDGES.length]!;
        pairs = pairs.filter(([n]) => n !== p.name).concat([[p.name, edge.text]]);
        expected = edge.valid ? 'accept' : 'reject';
        if (!edge.valid) pointer = `/query/${escapePointer(p.name)}`;
        description = `query ${p.name} = ${JSON.stringify(edge.text)} (date-time edge: ${edge.note})`;
        break;
      }
      default:
        description = `query ${pairs.map(([n, v]) => `${n}=${JSON.stringify(truncate(v, 40))}`).join('&') || '(none)'}`;
    }
    // Order is free in a query: shuffle deterministically.
    if (pairs.length > 1) {
      const k = plan.order % pairs.length;
      pairs = [...pairs.slice(k), ...pairs.slice(0, k)];
    }
  }
  if (rawQuery === undefined) rawQuery = pairs.map(([n, v]) => encodePair(n, v)).join('&');
  const url = rawQuery ? `${path}?${rawQuery}` : path;

  // Body: valid, or broken.
  let contentType: string | null = null;
  let body: string | null = null;
  if (op.hasBody && 'requestSchema' in op) {
    contentType = op.requestContentType;
    const schema = contract.schema(op.requestSchema);
    if (plan.part === 'body') {
      if (kind === 'known-prism-defect') {
        const k = knownBodyDefect(plan, JSON.stringify(plan.body), op.operationId);
        ({ expected, description } = k);
        body = k.body;
        contentType = k.contentType;
      } else {
        const b = bodyCase(contract, schema, plan, opts);
        kind = b.kind;
        expected = b.expected;
        description = b.description;
        body = b.body;
        if (b.contentType !== undefined) contentType = b.contentType;
        pointer = b.pointer;
      }
    } else body = JSON.stringify(plan.body);
  }
  if (!description) description = 'a valid request';
  return { index, target: op.operationId, channel: 'http', kind, expected, description, method: op.method.toUpperCase(), url, contentType, body, ...(pointer !== undefined ? { pointer } : {}) };
}

function knownBodyDefect(plan: Plan, validBody: string, id: string): { expected: 'accept' | 'reject'; description: string; body: string; contentType: string } {
  const which = (plan.pick ^ plan.alt) % 4;
  if (which === 0)
    return {
      expected: 'accept',
      description: `KNOWN PRISM DEFECT: a valid body sent as ${KNOWN_PRISM_DEFECTS.serverErrorContentTypes[0]}`,
      body: validBody,
      contentType: KNOWN_PRISM_DEFECTS.serverErrorContentTypes[0],
    };
  if (which === 1) {
    const type = KNOWN_PRISM_DEFECTS.lenientContentTypes[plan.alt % KNOWN_PRISM_DEFECTS.lenientContentTypes.length]!;
    return { expected: 'reject', description: `KNOWN PRISM DEFECT: a valid body sent as ${type}`, body: validBody, contentType: type };
  }
  if (which === 2) {
    const depth = KNOWN_PRISM_DEFECTS.infoLevelServerErrorDepth;
    return { expected: 'reject', description: `KNOWN PRISM DEFECT (at log level info): the whole body nested ${depth} levels deep`, body: nested(depth, 0), contentType: 'application/json' };
  }
  // The crash body is a connectCall body; for another operation it is simply a body of the wrong shape.
  return {
    expected: id === 'connectCall' ? 'accept' : 'reject',
    description: 'KNOWN PRISM DEFECT (at log level info): a body whose log line jsonrepair corrupts',
    body: KNOWN_PRISM_DEFECTS.infoLevelCrashBody,
    contentType: 'application/json',
  };
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/**
 * The cases of a run: `count` plans sampled from the seed (same seed, count
 * and options → same requests). The date-time edge cases take
 * DATE_TIME_EDGES in turn, so a batch with enough of them sends every edge.
 * When count allows (>= 200), each operation with a body in scope also gets
 * one several-MB valid body and one several-MB invalid body, as the last cases.
 */
export function generateCases(contract: ContractSchemas, seed: number, count: number, opts: CaseOptions = {}): FuzzCase[] {
  let edge = 0;
  const plans = fc.sample(planArbitrary(contract, opts), { seed, numRuns: count }).map((p) => (p.kind === 'query-date-time-edge' ? { ...p, alt: edge++ } : p));
  if (count >= 200) {
    const bodyOps = Object.keys(targetWeights(opts)).filter((id) => isOperation(id) && partsOf(operations[id] as Op).includes('body'));
    let at = count - 2 * bodyOps.length;
    for (const id of bodyOps) {
      const sample = fc.sample(opPlanArbitrary(contract, id as OperationId, opts), { seed: seed + at, numRuns: 1 })[0]!;
      plans[at++] = { ...sample, part: 'body', kind: 'big-valid' };
      plans[at++] = { ...sample, part: 'body', kind: 'big-invalid' };
    }
  }
  return plans.map((p, i) => materialize(contract, p, i, opts));
}

/**
 * Every date-time edge (DATE_TIME_EDGES) once per operation with date-time
 * query parameters (the parameters in turn), each in an otherwise valid
 * request (fixed seed): a bounded batch that shows both judges agree on the
 * whole list.
 */
export function dateTimeEdgeCases(contract: ContractSchemas): FuzzCase[] {
  const out: FuzzCase[] = [];
  for (const id of Object.keys(operations) as OperationId[]) {
    const params = (operations[id] as Op).queryParams as readonly Param[];
    const dateTimes = params.filter((p) => p.schema.format === 'date-time');
    if (!dateTimes.length) continue;
    const base = fc.sample(opPlanArbitrary(contract, id, {}), { seed: 1, numRuns: 1 })[0]!;
    // `pick` chooses among the date-time parameters (materialize's qp), `alt` the edge.
    DATE_TIME_EDGES.forEach((_e, alt) => out.push(materialize(contract, { ...base, part: 'query', kind: 'query-date-time-edge', pick: alt % dateTimes.length, alt }, out.length)));
  }
  return out;
}

/** One valid request per operation (fixed seed): what "the mock is still alive" is checked with. */
export function probeCases(contract: ContractSchemas): FuzzCase[] {
  return (Object.keys(operations) as OperationId[]).map((id, i) => {
    const plan = fc.sample(opPlanArbitrary(contract, id, {}), { seed: 1, numRuns: 1 })[0]!;
    const first = partsOf(operations[id] as Op)[0]!;
    return materialize(contract, { ...plan, part: first, kind: first === 'body' ? 'valid' : first === 'path' ? 'path-valid' : 'query-valid', optional: plan.optional.map(() => false) }, i);
  });
}
