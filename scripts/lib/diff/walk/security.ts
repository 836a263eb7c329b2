/**
 * Security rules: the credentials an operation accepts (its own `security`,
 * or the document's), compared by what each alternative asks for, and the
 * descriptions of the schemes it names.
 */
import type { Comparison, Which } from '../comparison.ts';
import { join, pointerOf } from '../pointers.ts';
import { isObject } from '../values.ts';

export function security(c: Comparison, bo: any, ho: any, bptr: string, hptr: string, label: string): void {
  const effective = (which: Which, op: any, opPtr: string) => {
    const d = c.doc(which);
    const own = Array.isArray(op.security);
    const reqs: any[] = own ? op.security : Array.isArray(d.security) ? d.security : [];
    const alts = (reqs.length ? reqs : [{}]).map((req) =>
      Object.entries(isObject(req) ? req : {}).map(([name, scopes]) => {
        const schemePtr = pointerOf('components', 'securitySchemes', name);
        c.visited.add(schemePtr);
        const def = d.components?.securitySchemes?.[name];
        const { description: _d, ...shape } = isObject(def) ? def : {};
        return { name, def: c.canonical(shape), shape, scopes: Array.isArray(scopes) ? scopes.map(String) : [] };
      }),
    );
    return { alts, pointer: own ? join(opPtr, 'security') : '#/security' };
  };
  type Alt = ReturnType<typeof effective>['alts'][number];
  const b = effective('base', bo, bptr);
  const h = effective('head', ho, hptr);
  /** Does holding the credentials of `have` satisfy one of the alternatives in `alts`? */
  const satisfies = (have: Alt, alts: Alt[]) => alts.some((alt) => alt.every((need) => have.some((g) => g.def === need.def && need.scopes.every((s) => g.scopes.includes(s)))));
  const describe = (alt: Alt) =>
    alt.length === 0
      ? 'no authentication'
      : alt.map((e) => `${e.name} (${[e.shape.type, e.shape.scheme ?? e.shape.in, e.shape.name].filter(Boolean).join(' ')}${e.scopes.length ? `, scopes ${e.scopes.join(' ')}` : ''})`).join(' + ');
  const lost = b.alts.filter((alt) => !satisfies(alt, h.alts));
  const added = h.alts.filter((alt) => !satisfies(alt, b.alts));
  if (lost.length || added.length) {
    c.add({
      pointer: h.pointer,
      where: label,
      kind: 'security',
      side: 'operation',
      client: lost.length
        ? {
            breaking: true,
            reason: `breaking for clients: requests authenticated with ${lost.map(describe).join(' or ')} are no longer accepted; the operation now takes ${h.alts.map(describe).join(' or ')}`,
          }
        : { breaking: false, reason: `compatible for clients: every credential accepted before is still accepted; ${added.map(describe).join(' or ')} is also accepted now` },
      server: added.length
        ? { breaking: true, reason: `breaking for servers: the implementation must now accept ${added.map(describe).join(' or ')}` }
        : { breaking: false, reason: 'compatible for servers: the implementation accepts a subset of what it accepted before' },
    });
  }
  // Scheme text (descriptions) that changed under the same name.
  const bSchemes = c.base.components?.securitySchemes ?? {};
  const hSchemes = c.head.components?.securitySchemes ?? {};
  const names = new Set([...b.alts.flat(), ...h.alts.flat()].map((e) => e.name));
  for (const name of names) {
    const bs = bSchemes[name];
    const hs = hSchemes[name];
    if (isObject(bs) && isObject(hs) && !c.same(bs, hs) && c.same({ ...bs, description: 0 }, { ...hs, description: 0 })) {
      c.documentation(pointerOf('components', 'securitySchemes', name, 'description'), label, 'operation', `security scheme ${name} description`);
    }
  }
}
