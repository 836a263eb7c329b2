/**
 * The checker's JSON Pointers: `#`-prefixed (a URI fragment, as `$ref`s are
 * written), built from and read by segment with the one escaping in
 * src/pointer.ts.
 */
import { escapePointer } from '../../../src/pointer.ts';

/** `#/a/b~1c` from the segments `a`, `b/c`. */
export function pointerOf(...segments: Array<string | number>): string {
  return join('#', ...segments);
}

/** `ptr` with more segments appended. */
export function join(ptr: string, ...segments: Array<string | number>): string {
  return ptr + segments.map((s) => `/${escapePointer(String(s))}`).join('');
}
