/** The checker's report as people read it. */
import type { Change } from './types.ts';

export function formatChange(c: Change): string {
  const label = c.classification === 'breaking' ? 'BREAKING  ' : 'compatible';
  return [
    `${label} ${c.pointer}`,
    `           at ${c.where}${c.also.length ? ` (and ${c.also.length} more: ${c.also.join('; ')})` : ''}`,
    `           ${c.client.reason}`,
    `           ${c.server.reason}`,
  ].join('\n');
}

export function formatReport(changes: Change[], releasedVersion: string, workingVersion: string, releasedFile: string): string {
  const head = `Working contract (info.version ${workingVersion}) against released ${releasedVersion} (${releasedFile}):`;
  if (!changes.length) return `${head}\nno changes.`;
  const nb = changes.filter((c) => c.classification === 'breaking').length;
  return [head, '', ...changes.map(formatChange), '', `${changes.length} change(s): ${nb} breaking, ${changes.length - nb} compatible.`].join('\n');
}
