/**
 * Keys that the readers of the generated contract take apart, which neither
 * linter reports (Spectral lints the bundled document as data,
 * scripts/lib/spectral-lint.ts, so it no longer trips over them in the
 * printed YAML):
 *
 * - `<<`: generated/openapi.yaml prints it as a plain key, which YAML 1.1
 *   readers (and Spectral's own YAML parser) take for a merge key and merge
 *   into the map around it.
 * - `__proto__`: a reader that builds plain JavaScript objects by
 *   assignment (`obj[key] = value`, as many YAML and JSON tools do, Spectral's
 *   YAML parser among them) sets the object's prototype instead of a key.
 *
 * Run on the bundle beside the value checks; each finding carries its bundle
 * path and is placed in the source like Spectral's.
 */
import { bundleError, type Finding, type OpenApiDocument } from './findings.ts';

// A Map: in an object literal, `__proto__: ...` would set the literal's prototype, not make a key.
const UNREADABLE = new Map([
  ['<<', 'YAML 1.1 readers (and Spectral) merge a "<<" key into the map around it'],
  ['__proto__', 'JavaScript readers set the prototype for a "__proto__" key'],
]);

export function checkKeys(doc: OpenApiDocument): Finding[] {
  const findings: Finding[] = [];
  const walk = (node: unknown, at: string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, [...at, String(i)]));
    for (const [k, child] of Object.entries(node)) {
      const path = [...at, k];
      const why = UNREADABLE.get(k);
      if (why) findings.push(bundleError('connect-call-portable-key', `key ${JSON.stringify(k)} is read differently by the contract's readers: ${why}; rename it`, path));
      walk(child, path);
    }
  };
  walk(doc, []);
  return findings;
}
