/** Reading untyped JSON values, and quoting them in the checker's messages. */

export function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The keys of every object given, each once, in the order first seen. */
export function keysOf(...objs: unknown[]): string[] {
  const keys = new Set<string>();
  for (const o of objs) if (isObject(o)) for (const k of Object.keys(o)) keys.add(k);
  return [...keys];
}

/** A value as a message quotes it: JSON, cut at 60 characters; "nothing" for undefined. */
export function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? 'nothing' : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Values as a message lists them, comma-separated. */
export function list(values: unknown[]): string {
  return values.map(show).join(', ');
}
