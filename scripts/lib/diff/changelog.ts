/**
 * The changelog (CHANGELOG.md) that `npm run release` writes: one section per
 * release, newest first, from the classified difference with the previous one.
 */
import path from 'node:path';
import type { OpenApiDocument } from '../contract.ts';
import { HTTP_METHODS } from '../openapi.ts';
import { ROOT, rel } from '../paths.ts';
import { RELEASES_DIR } from './releases.ts';
import type { Change } from './types.ts';

export const CHANGELOG_PATH = path.join(ROOT, 'CHANGELOG.md');

const CHANGELOG_HEADER = `# Changelog

Every released version of the Calls API contract, newest first. Each entry
is written by \`npm run release\` from the classified difference with the
previous release (see docs/breaking-changes.md); the released documents
themselves are kept in \`releases/\`.
`;

function operations(doc: OpenApiDocument): string[] {
  const lines: string[] = [];
  for (const [p, item] of Object.entries(doc.paths ?? {})) {
    for (const [m, op] of Object.entries(item ?? {})) {
      if (!(HTTP_METHODS as readonly string[]).includes(m) || !op || typeof op !== 'object') continue;
      const o = op as { operationId?: string; summary?: string };
      lines.push(`- \`${m.toUpperCase()} ${p}\`${o.operationId ? ` (${o.operationId})` : ''}${o.summary ? `: ${o.summary}` : ''}`);
    }
  }
  return lines;
}

function bullet(c: Change): string {
  return [`- \`${c.pointer}\` at ${c.where}${c.also.length ? ` (and ${c.also.length} more)` : ''}`, `  - ${c.client.reason}`, `  - ${c.server.reason}`].join('\n');
}

/** The changelog section for one release. */
export function changelogEntry(opts: { version: string; date: string; previous?: string; changes: Change[]; doc: OpenApiDocument; releasesDir?: string }): string {
  const file = `${rel(path.join(opts.releasesDir ?? RELEASES_DIR, `${opts.version}.json`))}`;
  const lines = [`## ${opts.version} — ${opts.date}`, ''];
  if (opts.previous === undefined) {
    lines.push(`Initial contract: the first released version (\`${file}\`). Operations:`, '', ...operations(opts.doc));
    return `${lines.join('\n')}\n`;
  }
  const breaking = opts.changes.filter((c) => c.classification === 'breaking');
  const docs = opts.changes.filter((c) => c.classification === 'compatible' && c.kind === 'documentation');
  // Components added or removed with what uses them: one line each, after the changes that bring them.
  const componentKinds = new Set(['component-added', 'component-removed', 'component-changed', 'unreferenced-component']);
  const components = opts.changes.filter((c) => c.classification === 'compatible' && componentKinds.has(c.kind));
  const compatible = opts.changes.filter((c) => c.classification === 'compatible' && c.kind !== 'documentation' && !componentKinds.has(c.kind));
  lines.push(`Compared with ${opts.previous}: ${breaking.length} breaking, ${compatible.length + components.length} compatible, ${docs.length} documentation-only change(s). Stored in \`${file}\`.`);
  const section = (title: string, items: Change[], fmt: (c: Change) => string) => {
    if (items.length) lines.push('', `### ${title}`, '', ...items.map(fmt));
  };
  section('Breaking', breaking, bullet);
  section('Compatible', compatible, bullet);
  section('Components', components, (c) => {
    const name = c.pointer.replace(/^#\/components\//, '');
    const what = { 'component-added': 'added', 'component-removed': 'removed', 'component-changed': 'changed' }[c.kind];
    return what ? `- \`${name}\` ${what}, used by ${[c.where, ...c.also].join('; ')}` : `- \`${name}\`: ${c.client.reason.replace(/^compatible for clients: /, '')}`;
  });
  section('Documentation', docs, (c) => `- \`${c.pointer}\` at ${c.where}: ${c.client.reason.replace(/^compatible for clients: /, '')}`);
  return `${lines.join('\n')}\n`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Is there already a section for `version` in the changelog text? */
export function changelogHas(text: string, version: string): boolean {
  return new RegExp(`^## \\[?${escapeRegExp(version)}\\]?(\\s|$)`, 'm').test(text);
}

/** The changelog with `entry` placed above the newest one (or a new changelog). */
export function insertChangelogEntry(existing: string | undefined, entry: string): string {
  const text = existing ?? CHANGELOG_HEADER;
  const at = text.search(/^## /m);
  if (at < 0) return `${text.replace(/\n*$/, '\n')}\n${entry}`;
  return `${text.slice(0, at)}${entry}\n${text.slice(at)}`;
}
