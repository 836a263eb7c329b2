/**
 * A JSON-like document printed as YAML by the `yaml` library, entry by entry,
 * with each entry's text kept for the next print.
 *
 * generated/openapi.yaml is the largest text a save regenerates, and
 * printing it was the largest single item on the dev loop's main thread
 * (16–30 ms at four operations, 60 ms at 100). A save changes one or two
 * files of openapi/, so most of the document is what the last print
 * printed. The document is printed as the library prints it whole: the top
 * two levels of maps (`paths`, `components` and each component type) are
 * walked here, and every entry below them (a path item, a component, a
 * top-level scalar or list) is printed by the library as a one-entry map and
 * indented to its depth. An entry whose JSON is the same as at the last print
 * reuses that text (an entry holding a value JSON cannot tell apart, such as
 * NaN or a Date, is printed every time). The library's block output is the
 * same at any depth (with folding off: `lineWidth: 0`) but for two things:
 * it leaves empty lines unindented, which the indenting here does too, and a
 * few keys print differently at column 0 (keyWhere below: such a map is
 * printed whole, in place). A key the library would print on more than one
 * line is printed with its value, whole. test/generate.test.ts compares the
 * bytes with the library's own print of the whole document, on the contract,
 * the bench's 100-operation contract and a document of awkward keys and
 * strings.
 */
import YAML from 'yaml';

const OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;
/** Map levels walked here; the entries below are printed by the library. */
const WALKED_LEVELS = 2;

export interface YamlPrinter {
  print(doc: Record<string, unknown>): string;
  /** Entries printed by the library in the last print (the rest were reused). */
  readonly printed: number;
}

/** An object literal's kind of object: JSON and the library print it alike (a map). */
const isPlainMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** A plain map with at least one entry the library prints (it leaves out undefined values; a map of none prints as {}). */
const isWalkable = (v: unknown): v is Record<string, unknown> => isPlainMap(v) && Object.values(v).some((x) => x !== undefined);

const indent = (text: string, depth: number): string => {
  if (depth === 0) return text;
  const pad = '  '.repeat(depth);
  // Lines end at \n only (a regex's ^ would also start one after \r or U+2028 inside a string).
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
};

/** A printer that keeps the text of each entry it printed last time (and nothing older). */
export function yamlPrinter(): YamlPrinter {
  let last = new Map<string, string>();
  let printed = 0;
  return {
    get printed() {
      return printed;
    },
    print(doc) {
      const next = new Map<string, string>();
      printed = 0;
      const entry = (key: string, value: unknown): string => {
        const id = jsonId([key, value]);
        let text = id === undefined ? undefined : (next.get(id) ?? last.get(id));
        if (text === undefined) {
          text = YAML.stringify({ [key]: value }, OPTIONS);
          printed++;
        }
        if (id !== undefined) next.set(id, text);
        return text;
      };
      const map = (obj: Record<string, unknown>, depth: number): string => {
        let out = '';
        for (const [key, value] of Object.entries(obj)) {
          if (value === undefined) continue;
          // Walked only where every key below prints as it would in place (see keyWhere).
          const walk = depth < WALKED_LEVELS && isWalkable(value) && Object.keys(value).every((k) => keyWhere(k).nested);
          const keyLine = walk ? keyWhere(key).line : undefined;
          if (keyLine !== undefined) out += `${indent(keyLine, depth)}:\n${map(value as Record<string, unknown>, depth + 1)}`;
          else out += indent(entry(key, value), depth);
        }
        return out;
      };
      const text = isWalkable(doc) ? map(doc, 0) : YAML.stringify(doc, OPTIONS);
      last = next;
      return text;
    },
  };
}

/**
 * The value's JSON when JSON says all the library prints of it, else
 * undefined (printed every time): NaN, infinities and -0 (JSON has none, the
 * library prints .nan, .inf, -0), undefined in a list, and anything but
 * plain objects, lists, strings, finite numbers, booleans and null (a Date
 * is a timestamp to the library and a string to JSON).
 */
function jsonId(value: unknown): string | undefined {
  let exact = true;
  const id = JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    if (jsonSaysAll((this as Record<string, unknown>)[key], Array.isArray(this))) return v;
    exact = false;
    return null;
  });
  return exact ? id : undefined;
}
function jsonSaysAll(v: unknown, inList: boolean): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'undefined':
      // Left out of a map by both; a list's is null to JSON.
      return !inList;
    case 'object':
      return v === null || Array.isArray(v) || isPlainMap(v);
    default:
      // bigint, symbol, function
      return false;
  }
}

/**
 * How the library prints a key: `line`, the key's one plain line before a
 * nested map (undefined when it is not one plain line), and `nested`, whether
 * it prints the same at the top of a document as inside a map. It does not
 * always: a key starting with `---` or `...` is quoted at column 0, where it
 * could be read as a document marker, and left plain further in. The entries
 * and keys this printer prints on their own are printed at column 0, so a
 * map is walked only when all its keys are `nested`; otherwise the library
 * prints it whole, in place.
 */
const keys = new Map<string, { line: string | undefined; nested: boolean }>();
function keyWhere(key: string): { line: string | undefined; nested: boolean } {
  let known = keys.get(key);
  if (known) return known;
  const top = YAML.stringify({ [key]: {} }, OPTIONS);
  const m = /^([^\n]*): \{\}\n$/.exec(top);
  known = { line: m && !m[1]!.startsWith('? ') ? m[1] : undefined, nested: YAML.stringify({ a: { [key]: {} } }, OPTIONS) === `a:\n${indent(top, 1)}` };
  if (keys.size > 10_000) keys.clear();
  keys.set(key, known);
  return known;
}
