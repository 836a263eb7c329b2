/**
 * The breaking-change checker: compares two bundled OpenAPI 3.1 documents (the
 * last released contract and the working one) and classifies every change.
 *
 * Why our own checker: docs/breaking-changes.md records the packages that were
 * tried against the change matrix and where each one fell short.
 *
 * How a change is judged. Each change is looked at from two sides:
 * - clients (code written against the released contract). This side decides
 *   the classification: a change is `breaking` when such a client can fail.
 * - servers (an implementation of the released contract). This side says what
 *   the implementation must change to conform to the new contract; it is
 *   reported, it does not on its own require a major version.
 * Schema constraints follow one rule (walk/constraint.ts): a request schema
 * that accepts fewer values breaks clients, one that accepts more asks more of
 * servers; a response schema that allows more values breaks clients, one that
 * allows fewer asks servers to stop sending them. Properties, statuses, media
 * types, headers and security have their own rules (each with its reason).
 *
 * Server messages (`webhooks`) turn the roles around: the platform sends,
 * the receiver (a client) reads, so a message body is judged like a response
 * and the receiver's answer like a request.
 *
 * `$ref`s are followed into components; a change inside a shared component is
 * reported once per side it is reached from (a schema used in both the
 * request and the response can break clients on one side only), placed at
 * every operation and server message that reaches it (`also`). Components
 * added or removed are listed with what uses them, followed through nested
 * schemas. The JSON pointer names the node that changed, in the working
 * document (or in the released one for things that were removed).
 *
 * Where each part lives: comparison.ts (the state the rules share), walk/
 * (the rules, by what they compare), usage.ts (who uses a component),
 * semver.ts, gate.ts (the release gate), report.ts; releases.ts and
 * changelog.ts are what `npm run release` reads and writes.
 */
import type { OpenApiDocument } from '../contract.ts';
import { canonical } from './canonical.ts';
import { Comparison } from './comparison.ts';
import type { Change, Classification } from './types.ts';
import { isObject } from './values.ts';
import { walkDocument } from './walk/document.ts';

export { canonical } from './canonical.ts';
export { componentUsers } from './usage.ts';
export { gate, type GateResult } from './gate.ts';
export { pointerOf } from './pointers.ts';
export { formatChange, formatReport } from './report.ts';
export { compareVersions, parseVersion, type SemVer } from './semver.ts';
export { DiffError, type Change, type Classification, type Impact, type Side } from './types.ts';

/** The document without the generator's bookkeeping (`x-generated`). */
export function stripGenerated<T extends Record<string, any>>(doc: T): T {
  if (!isObject(doc) || !('x-generated' in doc)) return doc;
  const { ['x-generated']: _drop, ...rest } = doc;
  return rest as T;
}

/**
 * Every change between the released contract `base` and the working contract
 * `head` (both bundled, components referenced by local `$ref`). `x-generated`
 * and `info.version` are ignored. Returns [] when nothing else differs.
 */
export function diffContracts(base: OpenApiDocument, head: OpenApiDocument): Change[] {
  const b = stripGenerated(base);
  const h = stripGenerated(head);
  const withoutVersion = (d: OpenApiDocument) => ({ ...d, info: { ...d.info, version: undefined } });
  if (canonical(withoutVersion(b)) === canonical(withoutVersion(h))) return [];
  const c = new Comparison(b, h);
  walkDocument(c);
  const order: Record<Classification, number> = { breaking: 0, compatible: 1 };
  return c.result().sort((x, y) => order[x.classification] - order[y.classification]);
}
