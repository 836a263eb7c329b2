/**
 * Component rules: components added or removed, placed at the operations and
 * server messages that use them (or said to be used by nothing), and
 * components that changed where the walk did not reach them. Use is followed
 * through nested schemas: a schema reached only through another schema counts
 * as used. Runs after the operations and server messages were walked.
 */
import type { Comparison } from '../comparison.ts';
import { pointerOf } from '../pointers.ts';
import { componentUsers } from '../usage.ts';
import { isObject, keysOf } from '../values.ts';

export function components(c: Comparison): void {
  const bc = c.base.components ?? {};
  const hc = c.head.components ?? {};
  const bUsers = componentUsers(c.base);
  const hUsers = componentUsers(c.head);
  for (const type of keysOf(bc, hc)) {
    const bt = isObject(bc[type]) ? bc[type] : {};
    const ht = isObject(hc[type]) ? hc[type] : {};
    for (const name of keysOf(bt, ht)) {
      const pointer = pointerOf('components', type, name);
      const added = !(name in bt);
      const removed = !(name in ht);
      // A changed component the walk reached has its changes reported where they are; an added or removed one is always listed.
      if ((!added && !removed && c.visited.has(pointer)) || c.same(bt[name], ht[name])) continue;
      const users = [...new Set([...(removed ? [] : (hUsers.get(pointer) ?? [])), ...(added ? [] : (bUsers.get(pointer) ?? []))])];
      if (!users.length) {
        c.add({
          pointer,
          where: 'components',
          kind: 'unreferenced-component',
          side: 'document',
          client: { breaking: false, reason: `compatible for clients: ${type}/${name} ${removed ? 'was removed' : added ? 'was added' : 'changed'}, and no operation or server message uses it` },
          server: { breaking: false, reason: 'compatible for servers: no operation or server message uses it' },
        });
        continue;
      }
      // One change, placed at every operation or message that uses it.
      for (const where of users) {
        c.add({
          pointer,
          where,
          kind: added ? 'component-added' : removed ? 'component-removed' : 'component-changed',
          side: 'document',
          client: added
            ? { breaking: false, reason: `compatible for clients: ${type}/${name} is new, part of what the operations and server messages that use it add` }
            : removed
              ? { breaking: false, reason: `compatible for clients: ${type}/${name} was removed together with the operations and server messages that used it (their removal is reported on its own)` }
              : { breaking: false, reason: `compatible for clients: ${type}/${name} changed, and only operations or server messages that are added or removed use it (reported on their own)` },
          server: { breaking: false, reason: 'compatible for servers: on its own it asks nothing; what uses it says what to implement' },
        });
      }
    }
  }
}
