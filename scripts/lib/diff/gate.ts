/** The release gate: may these changes land under the working info.version? */
import { compareVersions, parseVersion } from './semver.ts';
import type { Change } from './types.ts';

export interface GateResult {
  ok: boolean;
  /** One paragraph: why it passed, or what to do (`reason`, then `next`). */
  message: string;
  /** What happened, e.g. "1 breaking change(s) against released 1.0.0, but info.version 1.1.0 keeps major version 1". */
  reason: string;
  /** What to do next, when there is something to do (always on a failure); may end with the list of breaking changes. */
  next?: string;
  breaking: Change[];
}

/**
 * A breaking change may land only when info.version's major number is above
 * the released one. The working version may never be below the release.
 */
export function gate(changes: Change[], releasedVersion: string, workingVersion: string): GateResult {
  const base = parseVersion(releasedVersion, 'the released version', 'fix the release file in releases/');
  const head = parseVersion(workingVersion, 'info.version', 'set info.version in openapi/openapi.yaml to one');
  const breaking = changes.filter((c) => c.classification === 'breaking');
  if (compareVersions(head, base) < 0) {
    const reason = `info.version ${head.text} is lower than the last released version ${base.text}`;
    const next = `set it to ${base.text} or higher in openapi/openapi.yaml`;
    return { ok: false, breaking, reason, next, message: `${reason}; ${next}.` };
  }
  if (breaking.length && head.major <= base.major) {
    const lines = breaking.map((c) => `  - ${c.pointer} (${c.where}): ${c.client.reason}`).join('\n');
    const reason = `${breaking.length} breaking change(s) against released ${base.text}, but info.version ${head.text} keeps major version ${head.major}`;
    const fix = `info.version to ${base.major + 1}.0.0 in openapi/openapi.yaml, or undo:\n${lines}`;
    return { ok: false, breaking, reason, next: `raise ${fix}`, message: `${reason}. Raise ${fix}` };
  }
  if (breaking.length) {
    const reason = `${breaking.length} breaking change(s) allowed: the major version goes from ${base.major} to ${head.major}`;
    return { ok: true, breaking, reason, message: `${reason}.` };
  }
  if (!changes.length) return { ok: true, breaking, reason: 'no changes', message: 'no changes.' };
  if (compareVersions(head, base) > 0) return { ok: true, breaking, reason: 'no breaking changes', message: 'no breaking changes.' };
  const next = `info.version above ${base.text} before \`npm run release\``;
  return { ok: true, breaking, reason: 'no breaking changes', next: `raise ${next}`, message: `no breaking changes. Raise ${next}.` };
}
