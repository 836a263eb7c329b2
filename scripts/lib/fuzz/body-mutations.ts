/**
 * Body mutations, shared by operations and server messages: from a valid body,
 * one case of a kind (a missing required property, a wrong type, an enum
 * violation, malformed JSON, a wrong content type, deep or big bodies...), with
 * the JSON Pointer of what was broken and whether the contract accepts it.
 */
import { escapePointer } from '../../../src/pointer.ts';
import type { CaseKind, CaseOptions } from './case-types.ts';
import { typesOf, type ContractSchemas, type Schema } from './contract-schemas.ts';

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

export function nested(depth: number, alt: number): string {
  return alt % 2 ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

export interface BodyOutcome {
  kind: CaseKind;
  expected: 'accept' | 'reject';
  description: string;
  body: string;
  contentType?: string | null;
  pointer?: string;
}

/** One body case: `value` is a valid body for `schema`, broken as `kind` says. Deterministic. */
export function bodyCase(contract: ContractSchemas, schema: Schema, plan: { body: unknown; kind: CaseKind; pick: number; alt: number; depth: number }, opts: CaseOptions): BodyOutcome {
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
