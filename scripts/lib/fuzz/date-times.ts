/**
 * date-time texts (RFC 3339 section 5.6, the format JSON Schema names): valid
 * and invalid ones as arbitraries, and the fixed list of edges a date-time
 * parameter is also tried with (DATE_TIME_EDGES).
 */
import fc from 'fast-check';
import type { ParamText } from './param-texts.ts';

/** A real calendar date between 1900 and 2199. */
export const someDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true });

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
