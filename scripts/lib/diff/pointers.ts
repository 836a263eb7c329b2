/**
 * The checker's JSON Pointers: `#`-prefixed (a URI fragment, as `$ref`s are
 * written), built from and read by segment with the one escaping in
 * src/pointer.ts.
 */
import { escapePointer, unescapePointer } from '../../../src/pointer.ts';

/** `#/a/b~1c` from the segments `a`, `b/c`. */
export function pointerOf(...segments: Array<string | number>): string {
  return join('#', ...segments);
}

/** `ptr` with more segments appended. */
export function join(ptr: string, ...segments: Array<string | number>): string {
  return ptr + segments.map((s) => `/${escapePointer(String(s))}`).join('');
}

/**
 * The node a local `$ref` (`#/...`) names in `doc`, as written there (a
 * `$ref` found there is not followed), or undefined when nothing is there.
 *
 * Not resolveRef (src/ref.ts): the checker compares the raw component a
 * reference names (a component that exists in one document only is a
 * finding, not an error), follows chains itself where it must name every hop
 * (Comparison.resolve), and walks references transitively (usage.ts).
 */
export function lookup(doc: unknown, ref: string): unknown {
  let target: any = doc;
  for (const seg of ref.slice(2).split('/')) target = target !== null && typeof target === 'object' ? target[unescapePointer(seg)] : undefined;
  return target;
}
