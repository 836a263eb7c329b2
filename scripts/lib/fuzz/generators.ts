/**
 * Value generators for differential fuzzing: fast-check arbitraries read from
 * the contract's own schemas (generated/openapi.json), so they follow the
 * contract as it changes. A schema keyword the generator cannot honour is a
 * FuzzSchemaError, never silently ignored.
 *
 * Bodies come from JSON Schemas (schemaArbitrary); path and query parameters
 * come as the TEXT a client puts on the wire (paramTextArbitrary), in three
 * families per parameter schema: texts the contract accepts, texts it rejects,
 * and (separately, see known-issues.ts) texts on which a known issue shows;
 * date-time parameters also get a fixed list of edges (DATE_TIME_EDGES).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { GENERATED_DIR } from '../paths.ts';
import { resolveRef } from '../openapi.ts';
import { ToolError } from '../errors.ts';

export type Schema = Record<string, any>;
export class FuzzSchemaError extends ToolError {}

const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', '$id', '$schema', '$comment', 'externalDocs']);
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

/** Strings as a client might send them: mostly printable, sometimes any Unicode (lone surrogates included). */
export const anyString = (min = 0, max = 16): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: max }), weight: 1 },
    // fast-check's units never produce a lone surrogate; JSON.stringify sends one as a \udxxx escape.
    {
      arbitrary: fc.tuple(fc.string({ minLength: Math.max(0, min - 1), maxLength: Math.max(0, max - 1) }), fc.integer({ min: 0xd800, max: 0xdfff })).map(([s, c]) => s + String.fromCharCode(c)),
      weight: 1,
    },
  );
const jsonLeaf = fc.jsonValue({ maxDepth: 2 });

export function schemaArbitrary(contract: ContractSchemas, schema: Schema | boolean, at = '#', stack: string[] = []): fc.Arbitrary<unknown> {
  if (schema === false) throw new FuzzSchemaError(`schema at ${at} is false: nothing can be generated`);
  if (schema === true || Object.keys(schema).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-'))) return jsonLeaf;
  if (schema.$ref) {
    if (stack.includes(schema.$ref)) throw new FuzzSchemaError(`recursive schema at ${at} (${schema.$ref}) is not supported by the fuzzer`);
    return schemaArbitrary(contract, contract.resolve(schema, at), schema.$ref, [...stack, schema.$ref]);
  }
  for (const k of Object.keys(schema)) {
    if (!SUPPORTED.has(k) && !ANNOTATIONS.has(k) && !k.startsWith('x-'))
      throw new FuzzSchemaError(`schema keyword "${k}" at ${at} is not supported by the fuzzer; teach scripts/lib/fuzz/generators.ts to generate it`);
  }
  if (schema.allOf) return schemaArbitrary(contract, contract.resolve(schema, at), at, stack);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const types = typesOf(schema);
  if (!types.length) throw new FuzzSchemaError(`schema at ${at} has no type`);
  return fc.oneof(...types.map((t) => typedArbitrary(contract, schema, t, at, stack)));
}

function typedArbitrary(contract: ContractSchemas, s: Schema, type: string, at: string, stack: string[]): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string': {
      if (s.format !== undefined) return formatArbitrary(s.format, at);
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
      return fc.array(s.items ? schemaArbitrary(contract, s.items, `${at}/items`, stack) : jsonLeaf, {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
      });
    case 'object': {
      const props: Record<string, Schema> = s.properties ?? {};
      const required: string[] = s.required ?? [];
      const declared = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, schemaArbitrary(contract, v, `${at}/properties/${k}`, stack)])), {
        requiredKeys: required.filter((k) => k in props),
      });
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

const someDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true });

function formatArbitrary(format: string, at: string): fc.Arbitrary<string> {
  switch (format) {
    case 'date-time':
      return validDateTime;
    case 'date':
      return someDate.map((x) => x.toISOString().slice(0, 10));
    case 'uri':
      return fc.webUrl();
    case 'email':
      return fc.emailAddress();
    case 'uuid':
      return fc.uuid();
    default:
      throw new FuzzSchemaError(`string format "${format}" at ${at} is not supported by the fuzzer`);
  }
}

// ---------------------------------------------------------------------------
// date-time texts (RFC 3339 section 5.6, the format JSON Schema names)

const two = (n: number): string => String(n).padStart(2, '0');

/*
 * Both judges of a date-time parameter apply one check: the generated
 * validators inline a port of Prism 5.14.2's own (scripts/lib/generate-validators.ts
 * DATE_TIME_SOURCE): a real calendar date, hour 0-23, minute and second 0-59
 * (or the leap second 23:59:60 at any date), "T", "t" or whitespace between
 * date and time, then a zone: "Z"/"z", an offset that is itself a valid time,
 * or ISO 8601's ±HH[[:]MM] with HH up to 24.
 */

/**
 * RFC 3339 date-times both judges accept: real calendar dates, "T" or "t",
 * 0-9 fraction digits, "Z", "z" or an offset within ±23:59, and the leap
 * second 23:59:60 at any date.
 */
export const validDateTime: fc.Arbitrary<string> = fc
  .record({
    d: someDate,
    sep: fc.constantFrom('T', 't'),
    frac: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
    tz: fc.oneof(
      fc.constantFrom('Z', 'z'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([s, h, m]) => `${s}${two(h)}:${two(m)}`),
    ),
    leap: fc.nat(20),
  })
  .map(({ d, sep, frac, tz, leap }) => {
    const iso = d.toISOString();
    const time = leap === 0 ? '23:59:60' : iso.slice(11, 19);
    return `${iso.slice(0, 10)}${sep}${time}${frac === undefined ? '' : `.${frac}`}${tz}`;
  });

/** Not RFC 3339 date-times, rejected by both judges (each with what is wrong). */
export const invalidDateTime: fc.Arbitrary<string> = fc
  .tuple(validDateTime, fc.nat(), fc.string({ unit: 'binary', maxLength: 8 }))
  .map(([ok, pick, junk]) => {
    const date = ok.slice(0, 10);
    const variants = [
      date, // date only
      ok.replace(/(z|[+-]\d\d:\d\d)$/i, ''), // no time zone
      `${date}T12:34Z`, // no seconds
      `${date}T12:${60 + (pick % 40)}:00Z`, // minute 60-99
      `${date}T12:00:${61 + (pick % 39)}Z`, // second 61-99
      `${date}T12:59:60Z`, // a leap second not at 23:59
      `${date}T${30 + (pick % 70)}:00:00Z`, // hour 30-99
      `${date.slice(0, 5)}${20 + (pick % 80)}${date.slice(7)}T00:00:00Z`, // month 20-99
      `${date.slice(0, 8)}${40 + (pick % 60)}T00:00:00Z`, // day 40-99
      `${date.slice(2)}T00:00:00Z`, // two-digit year
      ` ${ok}`, // leading space
      `${ok} `, // trailing space
      `${ok}x`, // trailing garbage
      ok.replace(/\d/, '\uff11'), // a fullwidth digit
      ok.replace(/\d/, '\u0661'), // an Arabic-Indic digit
      `${date}T00:00:00.Z`, // a fraction without digits
      junk,
      'now',
      '0',
      'x'.repeat(3000 + (pick % 2000)), // huge
    ];
    return variants[pick % variants.length]!;
  })
  .filter((s) => s !== '');

const accept = (text: string, note: string): ParamText => ({ text, valid: true, note });
const reject = (text: string, note: string): ParamText => ({ text, valid: false, note });

/**
 * Date-time texts at the edges of the check, each with its verdict: the
 * calendar (leap years, month lengths), the hour/minute/second ranges and the
 * leap second, the separator and letter case, the fraction, and every zone
 * form (some accepted although RFC 3339 excludes them: they are what Prism
 * accepts, and the contract's validators agree with Prism). Planning cycles
 * through them in order (cases.ts, kind "query-date-time-edge").
 */
export const DATE_TIME_EDGES: readonly ParamText[] = [
  // calendar
  accept('2024-02-29T00:00:00Z', 'Feb 29 of a leap year (divisible by 4)'),
  accept('2000-02-29T12:00:00Z', 'Feb 29 of 2000 (divisible by 400: a leap year)'),
  reject('1900-02-29T12:00:00Z', 'Feb 29 of 1900 (divisible by 100, not 400: not a leap year)'),
  reject('2023-02-29T00:00:00Z', 'Feb 29 of a common year'),
  reject('2024-02-30T00:00:00Z', 'Feb 30'),
  reject('2024-04-31T00:00:00Z', 'April 31 (April has 30 days)'),
  accept('2024-12-31T00:00:00Z', 'the last day of the year'),
  accept('0000-01-01T00:00:00Z', 'year 0000'),
  reject('2024-00-10T00:00:00Z', 'month 00'),
  reject('2024-13-01T00:00:00Z', 'month 13'),
  reject('2024-01-00T00:00:00Z', 'day 00'),
  reject('2024-01-32T00:00:00Z', 'day 32'),
  // time ranges and the leap second
  accept('2024-01-01T23:59:59Z', 'the last second of a day'),
  reject('2024-01-01T24:00:00Z', 'hour 24'),
  reject('2024-01-01T29:30:00Z', 'hour 29'),
  accept('2024-12-31T23:59:60Z', 'the leap second 23:59:60, UTC'),
  accept('2024-06-30T23:59:60+01:00', 'the leap second 23:59:60 with an offset (not converted to UTC)'),
  accept('2024-06-30T23:59:60-05:30', 'the leap second 23:59:60 with a negative offset'),
  accept('2024-06-30T23:59:60z', 'the leap second 23:59:60, lower-case z'),
  reject('2024-06-30T22:59:60Z', 'second 60 not at 23:59'),
  reject('2024-06-30T23:59:61Z', 'second 61'),
  // separator and letter case
  accept('2024-11-01t00:00:00z', 'lower-case t and z'),
  accept('2024-11-01T00:00:00z', 'lower-case z'),
  accept('2024-11-01 00:00:00Z', 'a space instead of T (RFC 3339 allows it by agreement; Prism accepts any whitespace)'),
  accept('2024-11-30 23:59:59.999+01:00', 'a space instead of T, with a fraction and an offset'),
  accept('2024-11-01\t00:00:00Z', 'a tab instead of T (whitespace)'),
  reject('2024-11-01_00:00:00Z', 'an underscore instead of T'),
  reject('2024-11-01TT00:00:00Z', 'two separators'),
  reject('2024-11-01T 00:00:00Z', 'T and a space'),
  // fraction
  accept('2024-11-01T00:00:00.5Z', 'one fraction digit'),
  accept('2024-11-01T00:00:00.123456789+01:00', 'nine fraction digits and an offset'),
  accept('2024-11-01T00:00:00.000000000000000001Z', 'eighteen fraction digits'),
  reject('2024-11-01T00:00:00,5Z', 'a decimal comma'),
  reject('2024-11-01T00:00:00.5', 'a fraction and no zone'),
  // zone
  reject('2024-11-01T00:00:00', 'no zone'),
  accept('2024-11-01T00:00:00+00:00', 'offset +00:00'),
  accept('2024-11-01T00:00:00-00:00', 'offset -00:00 (RFC 3339: local offset unknown)'),
  accept('2024-11-01T00:00:00+23:59', 'offset +23:59'),
  accept('2024-11-01T00:00:00-23:59', 'offset -23:59'),
  accept('2024-01-01T00:00:00+24:00', 'offset +24:00 (not RFC 3339; ISO 8601 hour 24, accepted by Prism)'),
  accept('2024-01-01T00:00:00-24:59', 'offset -24:59 (not RFC 3339; accepted by Prism)'),
  reject('2024-01-01T00:00:00+25:00', 'offset +25:00'),
  accept('2024-01-01T00:00:00+0100', 'offset +0100 without a colon (not RFC 3339; ISO 8601 basic, accepted by Prism)'),
  accept('2024-01-01T00:00:00-0530', 'offset -0530 without a colon (not RFC 3339; accepted by Prism)'),
  accept('2024-01-01T00:00:00+01', 'offset +01 without minutes (not RFC 3339; ISO 8601, accepted by Prism)'),
  reject('2024-01-01T00:00:00+1:00', 'a one-digit offset hour'),
  reject('2024-01-01T00:00:00+01:0', 'a one-digit offset minute'),
  reject('2024-01-01T00:00:00+01:00:00', 'an offset with seconds'),
  reject('2024-01-01T00:00:00+99:99', 'offset +99:99'),
  reject('2024-01-01T00:00:00-00:60', 'offset minute 60'),
  reject('2024-01-01T00:00:00+01:60', 'offset minute 60'),
  reject('2024-01-01T00:00:00Z+01:00', 'Z and an offset'),
];

// ---------------------------------------------------------------------------
// Parameter texts: what a client puts on the wire for one parameter value

/** One parameter text and whether the contract accepts it (as decoded by judges.ts decodeParam). */
export interface ParamText {
  text: string;
  valid: boolean;
  /** What the text is, for reports. */
  note: string;
}

const reservedPieces = [
  '/',
  '?',
  '#',
  '%',
  '..',
  '.',
  '&',
  '=',
  '+',
  ',',
  ';',
  ' ',
  '%2F',
  '%25',
  '\u0000',
  '\t',
  '\n',
  '~',
  "'",
  '*',
  '(',
  ')',
  '@',
  ':',
  '[',
  ']',
  '\\',
  '"',
  '<',
  '>',
  '{',
  '}',
  '|',
  '^',
  '`',
  'é',
  '😀',
  '\u202e',
  '\ufeff',
];

/** True when `s` holds no lone surrogate (encodeURIComponent would throw on one). */
export const isWellFormed = (s: string): boolean => !/\p{Cs}/u.test(s);

/** Any well-formed Unicode text (no lone surrogates: see judges.ts, rule C6) with URL-reserved characters mixed in, sometimes huge. */
export const paramString = (minLength = 0): fc.Arbitrary<string> =>
  fc
    .oneof(
      { arbitrary: fc.string({ minLength, maxLength: 24 }), weight: 4 },
      { arbitrary: fc.string({ unit: 'binary', minLength, maxLength: 12 }), weight: 2 },
      { arbitrary: fc.array(fc.oneof(fc.constantFrom(...reservedPieces), fc.string({ maxLength: 4 })), { minLength: Math.max(1, minLength), maxLength: 8 }).map((a) => a.join('')), weight: 3 },
      // Huge: up to 8 KB on the wire once percent-encoded (emoji take 12 bytes each), under Node's 16 KB request-head limit.
      {
        arbitrary: fc.tuple(fc.constantFrom('x', 'é', '😀', '/'), fc.integer({ min: 200, max: 650 })).map(([c, n]) => c.repeat(c === 'x' ? n * 12 : c === '/' ? n * 4 : c === 'é' ? n * 2 : n)),
        weight: 1,
      },
    )
    .filter((s) => s.length >= minLength && isWellFormed(s));

const integerText = fc.oneof(
  { arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map(String), weight: 6 },
  { arbitrary: fc.constantFrom('0', '1', '-0', '9007199254740993', '1e3', '1E2', '1.0', '12.000', '-5e0', '123456789012345678901234567890'), weight: 2 },
);
/** Texts a JSON-number decoding (judges.ts rule C4) does not turn into an integer. */
const notIntegerText = fc.oneof(
  fc.constantFrom(
    'abc',
    '1.5',
    '-0.25',
    'true',
    'null',
    '',
    '\u2460',
    '\u0661',
    'NaN',
    '1e400',
    '-1e400',
    'Infinity',
    '-Infinity',
    ' 1',
    '1 ',
    '\t7',
    '+1',
    '01',
    '0x10',
    '0b11',
    '0o7',
    '.5e1',
    '1.',
    '1_000',
    '[1]',
    '{}',
    '1,2',
    '1%',
    '\u00a01',
    '1\u2028',
  ),
  fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(s)),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((n) => !Number.isInteger(n))
    .map(String),
);

/**
 * Texts for one parameter schema. `valid` texts decode (judges.ts decodeParam)
 * to a value the schema accepts; the `invalid` ones (undefined when nothing
 * the parameter can carry breaks its schema) to a value the client refuses.
 */
export function paramTextArbitrary(schema: Schema, location: 'path' | 'query', at: string): { valid: fc.Arbitrary<ParamText>; invalid?: fc.Arbitrary<ParamText> } {
  for (const k of Object.keys(schema)) {
    if (!['type', 'format', 'enum', 'default'].includes(k) && !ANNOTATIONS.has(k) && !k.startsWith('x-'))
      throw new FuzzSchemaError(`parameter schema keyword "${k}" at ${at} is not supported by the fuzzer`);
  }
  const t =
    (valid: boolean, note: string) =>
    (text: string): ParamText => ({ text, valid, note });
  if (Array.isArray(schema.enum)) {
    const allowed = (schema.enum as unknown[]).map(String);
    const wrong = fc.oneof(
      fc.constantFrom(...allowed).chain((a) => fc.constantFrom(`${a}x`, a.toUpperCase(), a.toLowerCase(), ` ${a}`, `${a} `, `${a}\u0000`, `${a.normalize('NFD')}\u0301`, '')),
      paramString(),
    );
    return { valid: fc.constantFrom(...allowed).map(t(true, 'an allowed value')), invalid: wrong.filter((s) => !allowed.includes(s)).map(t(false, `outside ${JSON.stringify(allowed)}`)) };
  }
  switch (schema.type) {
    case 'integer':
      return { valid: integerText.map(t(true, 'an integer')), invalid: notIntegerText.map(t(false, 'not an integer')) };
    case 'string':
      if (schema.format === 'date-time') return { valid: validDateTime.map(t(true, 'an RFC 3339 date-time')), invalid: invalidDateTime.map(t(false, 'not an RFC 3339 date-time')) };
      if (schema.format !== undefined) throw new FuzzSchemaError(`parameter format "${schema.format}" at ${at} is not supported by the fuzzer`);
      if (location === 'query') return { valid: paramString(0).map(t(true, 'a string')) };
      // Any string the schema allows; the ones a path segment cannot carry are refused by the client (judges.ts rule C5).
      return {
        valid: paramString(1)
          .filter((s) => s !== '.' && s !== '..')
          .map(t(true, 'a string')),
        invalid: fc.constantFrom('', '.', '..').map(t(false, 'a value no path segment can carry')),
      };
    default:
      throw new FuzzSchemaError(`parameter type ${JSON.stringify(schema.type)} at ${at} is not supported by the fuzzer`);
  }
}
