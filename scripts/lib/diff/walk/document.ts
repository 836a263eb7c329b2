/**
 * Document rules: the OpenAPI version, info, tags, servers and any other
 * top-level keyword; then operations, server messages and components.
 */
import type { OpenApiDocument } from '../../contract.ts';
import type { Comparison } from '../comparison.ts';
import { pointerOf } from '../pointers.ts';
import { keysOf } from '../values.ts';
import { components } from './components.ts';
import { operations } from './operations.ts';
import { webhooks } from './webhooks.ts';

/** Top-level keywords compared by a rule of their own (or ignored: `x-generated`). */
const OWN_RULES = ['openapi', 'info', 'tags', 'externalDocs', 'servers', 'paths', 'webhooks', 'components', 'security', 'x-generated'];

/** Walk the whole document: every change is recorded in `c`. */
export function walkDocument(c: Comparison): void {
  const b = c.base;
  const h = c.head;
  if (b.openapi !== h.openapi) {
    const minor = (v: unknown) => String(v).split('.').slice(0, 2).join('.');
    const breaking = minor(b.openapi) !== minor(h.openapi);
    c.add({
      pointer: '#/openapi',
      where: 'document',
      kind: 'openapi-version',
      side: 'document',
      client: {
        breaking,
        reason: breaking
          ? `breaking for clients: the document moves from OpenAPI ${b.openapi} to ${h.openapi}, whose schema rules differ; review by hand`
          : `compatible for clients: OpenAPI patch version ${b.openapi} → ${h.openapi}`,
      },
      server: { breaking, reason: breaking ? 'breaking for servers: tooling and validation rules change with the OpenAPI version' : 'compatible for servers: no change in meaning' },
    });
  }
  for (const key of keysOf(b.info, h.info)) {
    if (key === 'version' || c.same(b.info?.[key], h.info?.[key])) continue;
    c.documentation(pointerOf('info', key), 'document info', 'document', `info.${key}`);
  }
  for (const key of ['tags', 'externalDocs'] as const) {
    if (!c.same(b[key], h[key])) c.documentation(pointerOf(key), 'document', 'document', key);
  }
  servers(c);
  for (const key of keysOf(b, h)) {
    if (OWN_RULES.includes(key)) continue;
    if (c.same(b[key], h[key])) continue;
    if (key.startsWith('x-')) c.documentation(pointerOf(key), 'document', 'document', key);
    else c.unclassified(pointerOf(key), 'document', 'document', key);
  }
  operations(c);
  webhooks(c);
  components(c);
}

/** Servers added or removed (by URL), the default (first) one changed, and their descriptions. */
function servers(c: Comparison): void {
  const list = (d: OpenApiDocument): any[] => (Array.isArray(d.servers) ? d.servers : []);
  const bs = list(c.base);
  const hs = list(c.head);
  const bu = bs.map((s) => String(s?.url));
  const hu = hs.map((s) => String(s?.url));
  for (const url of bu.filter((u) => !hu.includes(u))) {
    c.add({
      pointer: pointerOf('servers', bu.indexOf(url)),
      where: `server ${url}`,
      kind: 'server-removed',
      side: 'document',
      client: { breaking: true, reason: `breaking for clients: clients configured with ${url} lose their documented base URL` },
      server: { breaking: false, reason: 'compatible for servers: that deployment need not serve the API any more' },
    });
  }
  for (const url of hu.filter((u) => !bu.includes(u))) {
    c.add({
      pointer: pointerOf('servers', hu.indexOf(url)),
      where: `server ${url}`,
      kind: 'server-added',
      side: 'document',
      client: { breaking: false, reason: `compatible for clients: ${url} is an additional base URL` },
      server: { breaking: true, reason: `breaking for servers: the API must also be served at ${url}` },
    });
  }
  if (bu[0] !== undefined && hu[0] !== undefined && bu[0] !== hu[0] && hu.includes(bu[0])) {
    c.add({
      pointer: pointerOf('servers', 0),
      where: 'servers',
      kind: 'default-server-changed',
      side: 'document',
      client: { breaking: true, reason: `breaking for clients: the first server (the default base URL of generated clients) changes from ${bu[0]} to ${hu[0]}` },
      server: { breaking: false, reason: 'compatible for servers: both deployments stay documented' },
    });
  }
  for (const [i, s] of hs.entries()) {
    const old = bs.find((o: any) => o?.url === s?.url);
    if (old && !c.same(old, s)) c.documentation(pointerOf('servers', i), `server ${s.url}`, 'document', 'server description');
  }
}
