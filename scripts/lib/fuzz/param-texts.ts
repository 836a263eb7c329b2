/**
 * Parameter texts: what a client puts on the wire for one path or query
 * parameter value (paramTextArbitrary), in families per parameter schema:
 * texts the contract accepts and texts it rejects (and, separately, see
 * known-issues.ts, texts on which a known issue shows).
 */
import fc from 'fast-check';
import { ANNOTATIONS, FuzzSchemaError, type Schema } from './contract-schemas.ts';
import { invalidDateTime, validDateTime } from './date-times.ts';

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
