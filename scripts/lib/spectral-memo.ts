/**
 * Spectral's example rules, remembered between runs of one warm process
 * (`npm run dev`'s lint thread). Checking every example against its schema
 * (oas3-valid-schema-example, oas3-valid-media-example) is most of a warm
 * Spectral run: measured 0.55 s of 0.8 s on this contract, because each run
 * parses the document anew, so the example function compiles every schema
 * again. Its answer depends only on what it is given (the example's node with
 * its schema resolved, the rule's options, the node's path and the document's
 * format), so an unchanged node gets the answer of the last run. Nothing is
 * kept on disk, and only the entries the last run used survive the next.
 */
import type { Ruleset } from '@stoplight/spectral-core';

/** The rules whose function is pure in (node, options, path, formats). */
export const MEMOIZED_RULES = ['oas3-valid-schema-example', 'oas3-valid-media-example'];

type RuleFunction = (input: unknown, options: unknown, context: { path: Array<string | number>; document: { formats?: Set<unknown> | null } }) => unknown;

let previous = new Map<string, unknown>();
let current = new Map<string, unknown>();
const wrapped = new WeakSet<object>();

/** Call before each run: what the run before did not use is dropped. */
export function nextMemoGeneration(): void {
  previous = current;
  current = new Map();
}

function keyOf(rule: string, input: unknown, options: unknown, context: Parameters<RuleFunction>[2]): string | undefined {
  try {
    const formats = [...(context.document.formats ?? [])].map((f) => (typeof f === 'function' ? f.name : String(f))).join(',');
    return JSON.stringify([rule, formats, context.path, options, input]);
  } catch {
    return undefined; // a circular node: not remembered
  }
}

/** Wrap the example rules' functions of a loaded ruleset (once per ruleset). */
export function memoizeExampleRules(ruleset: Ruleset): Ruleset {
  if (wrapped.has(ruleset)) return ruleset;
  wrapped.add(ruleset);
  for (const name of MEMOIZED_RULES) {
    const rule = ruleset.rules[name] as unknown as { then: Array<{ function: RuleFunction }> } | undefined;
    if (!rule) continue;
    // biome-ignore lint/suspicious/noThenProperty: `then` is Spectral's own name for a rule's actions (Rule#then).
    rule.then = rule.then.map((then) => {
      const fn = then.function;
      const memo: RuleFunction = (input, options, context) => {
        const key = keyOf(name, input, options, context);
        if (key === undefined) return fn(input, options, context);
        const known = current.get(key) ?? previous.get(key);
        if (known !== undefined) {
          current.set(key, known);
          return structuredClone(known);
        }
        const out = fn(input, options, context);
        // The example functions answer synchronously; anything else is not remembered.
        if (out instanceof Promise) return out;
        current.set(key, structuredClone(out ?? []));
        return out;
      };
      Object.defineProperty(memo, 'name', { value: fn.name });
      return { ...then, function: memo };
    });
  }
  return ruleset;
}
