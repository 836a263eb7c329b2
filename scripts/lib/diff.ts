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
 * Schema constraints follow one rule: a request schema that accepts fewer
 * values breaks clients, one that accepts more asks more of servers; a
 * response schema that allows more values breaks clients, one that allows
 * fewer asks servers to stop sending them. Properties, statuses, media types,
 * headers and security have their own rules below (each with its reason).
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
 */
import type { OpenApiDocument } from './contract.ts';
import { HTTP_METHODS } from './openapi.ts';

export type Classification = 'breaking' | 'compatible';
export type Side = 'request' | 'response' | 'operation' | 'document';

export interface Impact {
  breaking: boolean;
  /** One line, starting with "breaking for clients:" / "compatible for servers:" etc. */
  reason: string;
}

export interface Change {
  /** JSON Pointer (RFC 6901, with a leading '#') to the node that changed. */
  pointer: string;
  /** Which operation and which part of it the change is reached from, for people. */
  where: string;
  /** Rule that matched, e.g. `property-removed`, `enum`, `operation-removed`. */
  kind: string;
  side: Side;
  /** Follows `client.breaking`. */
  classification: Classification;
  client: Impact;
  server: Impact;
  /** Other places the same change is reached from (a shared component). */
  also: string[];
}

export class DiffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiffError';
  }
}

// ---------------------------------------------------------------- utilities


function esc(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
function unesc(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
export function pointerOf(...segments: Array<string | number>): string {
  return '#' + segments.map((s) => '/' + esc(String(s))).join('');
}
function join(ptr: string, ...segments: Array<string | number>): string {
  return ptr + segments.map((s) => '/' + esc(String(s))).join('');
}

/** JSON with object keys sorted: equal values give equal strings. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? 'nothing' : s.length > 60 ? s.slice(0, 57) + '...' : s;
}
function list(values: unknown[]): string {
  return values.map(show).join(', ');
}

/** The document without the generator's bookkeeping (`x-generated`). */
export function stripGenerated<T extends Record<string, any>>(doc: T): T {
  if (!isObject(doc) || !('x-generated' in doc)) return doc;
  const { ['x-generated']: _drop, ...rest } = doc;
  return rest as T;
}

interface Resolved {
  node: any;
  pointer: string;
}

/** One operation in one document. */
interface OpSite {
  path: string;
  method: string;
  op: any;
  item: any;
  ptr: string;
}

// ---------------------------------------------------------------- the walk

interface SchemaCtx {
  /**
   * Which way the data flows: `request` from clients to the API, `response`
   * from the API to clients (responses, and server messages posted to a
   * receiver: a webhook's body is judged like a response).
   */
  side: 'request' | 'response';
  /** The data is a server message (a webhook body), not an HTTP response. */
  message?: boolean;
  /**
   * The value is required by its parent object in both documents, so it is
   * always sent: a request-side `default` can never apply to it.
   */
  alwaysPresent?: boolean;
  /** Operation and part, e.g. "POST /x › response 200 application/json". */
  where: string;
  /** What the schema's root is called in messages: "(body)" unless said otherwise. */
  root?: string;
}

type Effect = 'narrow' | 'widen' | 'change';

/** Keywords that only document: their changes are compatible. */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', '$comment', 'externalDocs', 'deprecated', 'summary']);
/** Bounds, and whether raising them narrows (`min`) or widens (`max`) what is allowed. */
const BOUNDS: Record<string, 'min' | 'max'> = {
  minimum: 'min',
  exclusiveMinimum: 'min',
  maximum: 'max',
  exclusiveMaximum: 'max',
  minLength: 'min',
  maxLength: 'max',
  minItems: 'min',
  maxItems: 'max',
  minProperties: 'min',
  maxProperties: 'max',
  minContains: 'min',
  maxContains: 'max',
};
/** Schema keywords compared by their own rule; any other keyword that changes is "unclassified" (assumed breaking). */
const HANDLED_SCHEMA_KEYS = new Set([
  'type', 'enum', 'const', 'format', 'pattern', 'multipleOf', 'uniqueItems', 'default',
  'properties', 'required', 'additionalProperties', 'items', 'allOf', 'anyOf', 'oneOf',
  ...Object.keys(BOUNDS), ...ANNOTATIONS,
]);

class Walker {
  private readonly changes = new Map<string, Change>();
  private readonly compared = new Set<string>();
  /** Component pointers reached by the walk in either document. */
  readonly visited = new Set<string>();

  constructor(
    readonly base: OpenApiDocument,
    readonly head: OpenApiDocument,
  ) {}

  result(): Change[] {
    return [...this.changes.values()];
  }

  /** Record a change; the same change reached again (a shared component) only adds its place to `also`. */
  add(c: Omit<Change, 'classification' | 'also'>, subject = ''): void {
    // `subject` tells apart changes at one pointer, e.g. two fields made required in one `required` list.
    const key = `${c.pointer}|${c.kind}|${c.side}|${subject}`;
    const prev = this.changes.get(key);
    if (prev) {
      if (prev.where !== c.where && !prev.also.includes(c.where)) prev.also.push(c.where);
      return;
    }
    this.changes.set(key, { ...c, classification: c.client.breaking ? 'breaking' : 'compatible', also: [] });
  }

  /** Follow local `$ref`s (in the given document) to the node they name. */
  resolve(which: 'base' | 'head', node: any, pointer: string): Resolved {
    let cur = node;
    let ptr = pointer;
    for (let hops = 0; isObject(cur) && typeof cur.$ref === 'string'; hops++) {
      if (hops > 32) throw new DiffError(`${ptr}: more than 32 chained $refs; look for a $ref loop there (npm run lint reports it too)`);
      const ref: string = cur.$ref;
      if (!ref.startsWith('#/')) throw new DiffError(`${ptr}: only local $refs can be compared, found ${ref}; compare bundled documents (bundleContract, or generated/openapi.json)`);
      const target = this.find(which, ref);
      if (target === undefined) throw new DiffError(`${ptr}: $ref ${ref} does not resolve in the ${which === 'base' ? 'released' : 'working'} contract; ${which === 'base' ? 'restore the release file from git' : 'fix the $ref (npm run lint names the file and line)'}`);
      ptr = '#' + ref.slice(1);
      this.visited.add(ptr);
      cur = target;
    }
    return { node: cur, pointer: ptr };
  }

  /**
   * Do two values differ, counting changes inside the components their local
   * `$ref`s lead to? (Equal text with equal `$ref`s can still mean different
   * things.) Every component reached is marked as used.
   */
  differs(bv: unknown, hv: unknown): boolean {
    if (!this.same(bv, hv)) return true;
    const refs = new Set([...this.refsOf('base', bv), ...this.refsOf('head', hv)]);
    let changed = false;
    for (const ref of refs) {
      this.visited.add('#' + ref.slice(1));
      if (!this.same(this.find('base', ref), this.find('head', ref))) changed = true;
    }
    return changed;
  }

  // The documents do not change during a comparison: canonical text and the
  // `$ref`s a node reaches are computed once per node (the walk asks again at
  // every level).
  private readonly canon = new WeakMap<object, string>();
  private readonly refCache = { base: new WeakMap<object, Set<string>>(), head: new WeakMap<object, Set<string>>() };
  private readonly targets = { base: new Map<string, unknown>(), head: new Map<string, unknown>() };

  /** The node a local `$ref` names in one document (memoised). */
  private find(which: 'base' | 'head', ref: string): unknown {
    const cache = this.targets[which];
    if (!cache.has(ref)) cache.set(ref, lookup(which === 'base' ? this.base : this.head, ref));
    return cache.get(ref);
  }

  /** Equal JSON values (object keys in any order). */
  private same(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
    return this.canonicalOf(a) === this.canonicalOf(b);
  }
  /** `canonical(v)`, built from the members' own (memoised) canonical text. */
  private canonicalOf(v: unknown): string {
    if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
    let c = this.canon.get(v);
    if (c === undefined) {
      c = Array.isArray(v)
        ? `[${v.map((x) => (x === undefined ? 'null' : this.canonicalOf(x))).join(',')}]`
        : `{${Object.keys(v)
            .sort()
            .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${this.canonicalOf((v as Record<string, unknown>)[k])}`)
            .join(',')}}`;
      this.canon.set(v, c);
    }
    return c;
  }

  /** Every local `$ref` reached from `node` in one document, followed transitively. */
  private refsOf(which: 'base' | 'head', node: unknown): Set<string> {
    if (node === null || typeof node !== 'object') return new Set();
    const cached = this.refCache[which].get(node);
    if (cached) return cached;
    const refs = new Set<string>();
    const collect = (v: unknown, depth: number) => {
      if (depth > 64 || v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) return v.forEach((x) => collect(x, depth + 1));
      for (const [k, x] of Object.entries(v)) {
        if (k === '$ref' && typeof x === 'string' && x.startsWith('#/')) {
          if (refs.has(x)) continue;
          refs.add(x);
          collect(this.find(which, x), depth + 1);
        } else collect(x, depth + 1);
      }
    };
    collect(node, 0);
    this.refCache[which].set(node, refs);
    return refs;
  }

  // ------------------------------------------------------------ document

  document(): void {
    const b = this.base;
    const h = this.head;
    if (b.openapi !== h.openapi) {
      const minor = (v: unknown) => String(v).split('.').slice(0, 2).join('.');
      const breaking = minor(b.openapi) !== minor(h.openapi);
      this.add({
        pointer: '#/openapi', where: 'document', kind: 'openapi-version', side: 'document',
        client: { breaking, reason: breaking ? `breaking for clients: the document moves from OpenAPI ${b.openapi} to ${h.openapi}, whose schema rules differ; review by hand` : `compatible for clients: OpenAPI patch version ${b.openapi} → ${h.openapi}` },
        server: { breaking, reason: breaking ? 'breaking for servers: tooling and validation rules change with the OpenAPI version' : 'compatible for servers: no change in meaning' },
      });
    }
    for (const key of keysOf(b.info, h.info)) {
      if (key === 'version' || this.same(b.info?.[key], h.info?.[key])) continue;
      this.doc(pointerOf('info', key), 'document info', 'document', `info.${key}`);
    }
    for (const key of ['tags', 'externalDocs'] as const) {
      if (!this.same(b[key], h[key])) this.doc(pointerOf(key), 'document', 'document', key);
    }
    this.servers();
    for (const key of keysOf(b, h)) {
      if (['openapi', 'info', 'tags', 'externalDocs', 'servers', 'paths', 'webhooks', 'components', 'security', 'x-generated'].includes(key)) continue;
      if (this.same(b[key], h[key])) continue;
      if (key.startsWith('x-')) this.doc(pointerOf(key), 'document', 'document', key);
      else this.unclassified(pointerOf(key), 'document', 'document', key);
    }
    this.operations();
    this.webhooks();
    this.components();
  }

  private servers(): void {
    const urls = (d: OpenApiDocument) => (Array.isArray(d.servers) ? d.servers : []).map((s: any) => String(s?.url));
    const bu = urls(this.base);
    const hu = urls(this.head);
    for (const url of bu.filter((u) => !hu.includes(u))) {
      this.add({
        pointer: pointerOf('servers', bu.indexOf(url)), where: `server ${url}`, kind: 'server-removed', side: 'document',
        client: { breaking: true, reason: `breaking for clients: clients configured with ${url} lose their documented base URL` },
        server: { breaking: false, reason: 'compatible for servers: that deployment need not serve the API any more' },
      });
    }
    for (const url of hu.filter((u) => !bu.includes(u))) {
      this.add({
        pointer: pointerOf('servers', hu.indexOf(url)), where: `server ${url}`, kind: 'server-added', side: 'document',
        client: { breaking: false, reason: `compatible for clients: ${url} is an additional base URL` },
        server: { breaking: true, reason: `breaking for servers: the API must also be served at ${url}` },
      });
    }
    if (bu[0] !== undefined && hu[0] !== undefined && bu[0] !== hu[0] && hu.includes(bu[0])) {
      this.add({
        pointer: pointerOf('servers', 0), where: 'servers', kind: 'default-server-changed', side: 'document',
        client: { breaking: true, reason: `breaking for clients: the first server (the default base URL of generated clients) changes from ${bu[0]} to ${hu[0]}` },
        server: { breaking: false, reason: 'compatible for servers: both deployments stay documented' },
      });
    }
    const bs = Array.isArray(this.base.servers) ? this.base.servers : [];
    const hs = Array.isArray(this.head.servers) ? this.head.servers : [];
    for (const [i, s] of hs.entries()) {
      const old = bs.find((o: any) => o?.url === s?.url);
      if (old && !this.same(old, s)) this.doc(pointerOf('servers', i), `server ${s.url}`, 'document', 'server description');
    }
  }

  private operations(): void {
    const ops = (which: 'base' | 'head') => {
      const d = which === 'base' ? this.base : this.head;
      const map = new Map<string, OpSite>();
      for (const [p, rawItem] of Object.entries(d.paths ?? {})) {
        const { node: item } = this.resolve(which, rawItem, pointerOf('paths', p));
        if (!isObject(item)) continue;
        for (const m of HTTP_METHODS) {
          if (!isObject(item[m])) continue;
          // Path templates match whatever their parameters are called.
          map.set(`${m.toUpperCase()} ${p.replace(/\{[^}]*\}/g, '{}')}`, { path: p, method: m, op: item[m], item, ptr: pointerOf('paths', p, m) });
        }
      }
      return map;
    };
    const bo = ops('base');
    const ho = ops('head');
    for (const [key, b] of bo) {
      const h = ho.get(key);
      const label = `${b.method.toUpperCase()} ${b.path}`;
      if (!h) {
        this.add({
          pointer: b.ptr, where: label, kind: 'operation-removed', side: 'operation',
          client: { breaking: true, reason: `breaking for clients: calls to ${label} now fail, the operation is gone` },
          server: { breaking: false, reason: 'compatible for servers: the implementation may drop the handler' },
        });
        continue;
      }
      if (b.path !== h.path) this.doc(pointerOf('paths', h.path), label, 'operation', `path template ${b.path} → ${h.path} (parameter names only)`);
      this.operation(b, h, `${h.method.toUpperCase()} ${h.path}`);
    }
    for (const [key, h] of ho) {
      if (bo.has(key)) continue;
      const label = `${h.method.toUpperCase()} ${h.path}`;
      this.add({
        pointer: h.ptr, where: label, kind: 'operation-added', side: 'operation',
        client: { breaking: false, reason: `compatible for clients: ${label} is a new operation` },
        server: { breaking: true, reason: `breaking for servers: the implementation must serve ${label}` },
      });
    }
  }

  private operation(b: OpSite, h: OpSite, label: string): void {
    const bo = b.op;
    const ho = h.op;
    for (const key of keysOf(bo, ho)) {
      if (!this.differs(bo[key], ho[key])) continue;
      const ptr = join(key in ho ? h.ptr : b.ptr, key);
      if (key === 'operationId') {
        this.add({
          pointer: ptr, where: label, kind: 'operation-id', side: 'operation',
          client: { breaking: true, reason: `breaking for clients: generated clients name methods and types after the operationId (${show(bo[key])} → ${show(ho[key])})` },
          server: { breaking: false, reason: 'compatible for servers: the wire format does not change' },
        });
      } else if (['summary', 'description', 'tags', 'externalDocs', 'deprecated'].includes(key) || key.startsWith('x-')) {
        this.doc(ptr, label, 'operation', key);
      } else if (!['security', 'parameters', 'requestBody', 'responses'].includes(key)) {
        this.unclassified(ptr, label, 'operation', key);
      }
    }
    this.security(bo, ho, b.ptr, h.ptr, label);
    this.parameters(b, h, label);
    this.requestBody(bo.requestBody, ho.requestBody, join(b.ptr, 'requestBody'), join(h.ptr, 'requestBody'), label);
    this.responses(bo.responses ?? {}, ho.responses ?? {}, join(b.ptr, 'responses'), join(h.ptr, 'responses'), label);
  }

  // ------------------------------------------------------------ security

  private security(bo: any, ho: any, bptr: string, hptr: string, label: string): void {
    const effective = (which: 'base' | 'head', op: any, opPtr: string) => {
      const d = which === 'base' ? this.base : this.head;
      const own = Array.isArray(op.security);
      const reqs: any[] = own ? op.security : Array.isArray(d.security) ? d.security : [];
      const alts = (reqs.length ? reqs : [{}]).map((req) =>
        Object.entries(isObject(req) ? req : {}).map(([name, scopes]) => {
          const schemePtr = pointerOf('components', 'securitySchemes', name);
          this.visited.add(schemePtr);
          const def = d.components?.securitySchemes?.[name];
          const { description: _d, ...shape } = isObject(def) ? def : {};
          return { name, def: canonical(shape), shape, scopes: Array.isArray(scopes) ? scopes.map(String) : [] };
        }),
      );
      return { alts, pointer: own ? join(opPtr, 'security') : '#/security' };
    };
    type Alt = ReturnType<typeof effective>['alts'][number];
    const b = effective('base', bo, bptr);
    const h = effective('head', ho, hptr);
    /** Does holding the credentials of `have` satisfy one of the alternatives in `alts`? */
    const satisfies = (have: Alt, alts: Alt[]) =>
      alts.some((alt) => alt.every((need) => have.some((g) => g.def === need.def && need.scopes.every((s) => g.scopes.includes(s)))));
    const describe = (alt: Alt) =>
      alt.length === 0 ? 'no authentication' : alt.map((e) => `${e.name} (${[e.shape.type, e.shape.scheme ?? e.shape.in, e.shape.name].filter(Boolean).join(' ')}${e.scopes.length ? `, scopes ${e.scopes.join(' ')}` : ''})`).join(' + ');
    const lost = b.alts.filter((alt) => !satisfies(alt, h.alts));
    const added = h.alts.filter((alt) => !satisfies(alt, b.alts));
    if (lost.length || added.length) {
      this.add({
        pointer: h.pointer, where: label, kind: 'security', side: 'operation',
        client: lost.length
          ? { breaking: true, reason: `breaking for clients: requests authenticated with ${lost.map(describe).join(' or ')} are no longer accepted; the operation now takes ${h.alts.map(describe).join(' or ')}` }
          : { breaking: false, reason: `compatible for clients: every credential accepted before is still accepted; ${added.map(describe).join(' or ')} is also accepted now` },
        server: added.length
          ? { breaking: true, reason: `breaking for servers: the implementation must now accept ${added.map(describe).join(' or ')}` }
          : { breaking: false, reason: 'compatible for servers: the implementation accepts a subset of what it accepted before' },
      });
    }
    // Scheme text (descriptions) that changed under the same name.
    const bSchemes = this.base.components?.securitySchemes ?? {};
    const hSchemes = this.head.components?.securitySchemes ?? {};
    const names = new Set([...b.alts.flat(), ...h.alts.flat()].map((e) => e.name));
    for (const name of names) {
      const bs = bSchemes[name];
      const hs = hSchemes[name];
      if (isObject(bs) && isObject(hs) && !this.same(bs, hs) && this.same({ ...bs, description: 0 }, { ...hs, description: 0 })) {
        this.doc(pointerOf('components', 'securitySchemes', name, 'description'), label, 'operation', `security scheme ${name} description`);
      }
    }
  }

  // ------------------------------------------------------------ parameters

  private parameters(b: OpSite, h: OpSite, label: string): void {
    const collect = (which: 'base' | 'head', side: OpSite) => {
      // Path parameters are matched by their place in the template (renaming one changes nothing on the wire).
      const slots = [...side.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
      const map = new Map<string, Resolved>();
      const itemPtr = side.ptr.slice(0, side.ptr.lastIndexOf('/'));
      const add = (arr: unknown, ptr: string) => {
        if (!Array.isArray(arr)) return;
        arr.forEach((raw, i) => {
          const r = this.resolve(which, raw, join(ptr, i));
          if (!isObject(r.node)) return;
          const loc = String(r.node.in);
          const name = loc === 'header' ? String(r.node.name).toLowerCase() : loc === 'path' ? `#${slots.indexOf(String(r.node.name))}` : String(r.node.name);
          map.set(`${loc}:${name}`, r);
        });
      };
      add(side.item.parameters, join(itemPtr, 'parameters'));
      add(side.op.parameters, join(side.ptr, 'parameters'));
      return map;
    };
    const bp = collect('base', b);
    const hp = collect('head', h);
    for (const [key, br] of bp) {
      const hr = hp.get(key);
      const name = `${br.node.in} parameter ${br.node.name}`;
      if (!hr) {
        this.add({
          pointer: br.pointer, where: `${label} › ${name}`, kind: 'parameter-removed', side: 'request',
          client: { breaking: true, reason: `breaking for clients: clients that send ${name} lose its effect and may be rejected` },
          server: { breaking: false, reason: `compatible for servers: the implementation may ignore ${name}` },
        });
        continue;
      }
      const where = `${label} › ${name}`;
      const bReq = br.node.required === true;
      const hReq = hr.node.required === true;
      if (!bReq && hReq) {
        this.add({
          pointer: join(hr.pointer, 'required'), where, kind: 'parameter-required', side: 'request',
          client: { breaking: true, reason: `breaking for clients: requests without ${name} are now rejected` },
          server: { breaking: false, reason: `compatible for servers: the implementation may rely on ${name}` },
        });
      } else if (bReq && !hReq) {
        this.add({
          pointer: join(hr.pointer, 'required'), where, kind: 'parameter-optional', side: 'request',
          client: { breaking: false, reason: `compatible for clients: ${name} may now be left out` },
          server: { breaking: true, reason: `breaking for servers: the implementation must handle requests without ${name}` },
        });
      }
      for (const k of keysOf(br.node, hr.node)) {
        if (['name', 'in', 'required', 'schema'].includes(k) || !this.differs(br.node[k], hr.node[k])) continue;
        if (ANNOTATIONS.has(k) || k.startsWith('x-')) this.doc(join(hr.pointer, k), where, 'request', k);
        else this.unclassified(join(hr.pointer, k), where, 'request', k);
      }
      this.schema(br.node.schema, hr.node.schema, join(br.pointer, 'schema'), join(hr.pointer, 'schema'), { side: 'request', where, root: name }, '');
    }
    for (const [key, hr] of hp) {
      if (bp.has(key)) continue;
      const name = `${hr.node.in} parameter ${hr.node.name}`;
      const required = hr.node.required === true;
      this.add({
        pointer: hr.pointer, where: `${label} › ${name}`, kind: required ? 'parameter-added-required' : 'parameter-added', side: 'request',
        client: required
          ? { breaking: true, reason: `breaking for clients: requests without the new required ${name} are rejected` }
          : { breaking: false, reason: `compatible for clients: ${name} is new and optional` },
        server: required
          ? { breaking: false, reason: `compatible for servers: the implementation may rely on ${name}` }
          : { breaking: true, reason: `breaking for servers: the implementation must accept and honour ${name}` },
      });
    }
  }

  // ------------------------------------------------------------ request body

  private requestBody(braw: any, hraw: any, bptr: string, hptr: string, label: string): void {
    const b = braw === undefined ? undefined : this.resolve('base', braw, bptr);
    const h = hraw === undefined ? undefined : this.resolve('head', hraw, hptr);
    const where = `${label} › request body`;
    if (!b && !h) return;
    if (!b || !h) {
      const added = !b;
      const required = added && h!.node.required === true;
      this.add({
        pointer: added ? h!.pointer : b!.pointer, where, kind: added ? 'request-body-added' : 'request-body-removed', side: 'request',
        client: added
          ? { breaking: required, reason: required ? 'breaking for clients: requests must now carry a body' : 'compatible for clients: a body may now be sent' }
          : { breaking: true, reason: 'breaking for clients: the operation no longer takes the body clients send' },
        server: { breaking: added, reason: added ? 'breaking for servers: the implementation must read the new body' : 'compatible for servers: the implementation may ignore the body' },
      });
      return;
    }
    const bn = b.node;
    const hn = h.node;
    if (bn.required !== true && hn.required === true) {
      this.add({
        pointer: join(h.pointer, 'required'), where, kind: 'request-body-required', side: 'request',
        client: { breaking: true, reason: 'breaking for clients: requests without a body are now rejected' },
        server: { breaking: false, reason: 'compatible for servers: the implementation may rely on a body' },
      });
    } else if (bn.required === true && hn.required !== true) {
      this.add({
        pointer: join(h.pointer, 'required'), where, kind: 'request-body-optional', side: 'request',
        client: { breaking: false, reason: 'compatible for clients: the body may now be left out' },
        server: { breaking: true, reason: 'breaking for servers: the implementation must handle requests without a body' },
      });
    }
    for (const k of keysOf(bn, hn)) {
      if (['required', 'content'].includes(k) || !this.differs(bn[k], hn[k])) continue;
      if (ANNOTATIONS.has(k) || k.startsWith('x-')) this.doc(join(h.pointer, k), where, 'request', k);
      else this.unclassified(join(h.pointer, k), where, 'request', k);
    }
    this.content(bn.content ?? {}, hn.content ?? {}, join(b.pointer, 'content'), join(h.pointer, 'content'), where, 'request');
  }

  private content(bc: Record<string, any>, hc: Record<string, any>, bptr: string, hptr: string, where: string, side: 'request' | 'response', message = false): void {
    for (const mt of keysOf(bc, hc)) {
      const bm = bc[mt];
      const hm = hc[mt];
      const w = `${where} ${mt}`;
      if (!hm) {
        this.add({
          pointer: join(bptr, mt), where: w, kind: 'media-type-removed', side,
          client: side === 'request'
            ? { breaking: true, reason: `breaking for clients: bodies sent as ${mt} are no longer accepted` }
            : { breaking: true, reason: `breaking for clients: clients that read ${mt} no longer get it` },
          server: { breaking: false, reason: `compatible for servers: the implementation may drop ${mt}` },
        });
        continue;
      }
      if (!bm) {
        this.add({
          pointer: join(hptr, mt), where: w, kind: 'media-type-added', side,
          client: side === 'request'
            ? { breaking: false, reason: `compatible for clients: bodies may also be sent as ${mt}` }
            : message
              ? { breaking: true, reason: `breaking for clients: the platform may now post the message as ${mt}, which receivers were not written for` }
              : { breaking: false, reason: `compatible for clients: the server picks ${mt} only for clients that ask for it (Accept)` },
          server: side === 'request'
            ? { breaking: true, reason: `breaking for servers: the implementation must accept ${mt}` }
            : { breaking: false, reason: `compatible for servers: the implementation may ${message ? 'send' : 'offer'} ${mt}` },
        });
        continue;
      }
      for (const k of keysOf(bm, hm)) {
        if (k === 'schema' || !this.differs(bm[k], hm[k])) continue;
        if (k === 'examples' && isObject(bm[k]) && isObject(hm[k])) {
          for (const name of keysOf(bm[k], hm[k])) {
            if (!this.differs(bm[k][name], hm[k][name])) continue;
            const inHead = name in hm[k];
            const { pointer } = this.resolve(inHead ? 'head' : 'base', (inHead ? hm : bm)[k][name], join(inHead ? hptr : bptr, mt, 'examples', name));
            this.doc(pointer, w, side, `example ${name}`, !(name in bm[k]) ? 'added' : !inHead ? 'removed' : 'changed');
          }
        } else if (k === 'example' || k === 'examples' || k.startsWith('x-')) {
          this.doc(join(hptr, mt, k), w, side, k);
        } else {
          this.unclassified(join(hptr, mt, k), w, side, k);
        }
      }
      this.schema(bm.schema, hm.schema, join(bptr, mt, 'schema'), join(hptr, mt, 'schema'), { side, where: w, ...(message ? { message } : {}) }, '');
    }
  }

  // ------------------------------------------------------------ responses

  private responses(br: Record<string, any>, hr: Record<string, any>, bptr: string, hptr: string, label: string): void {
    const success = (s: string) => /^2/.test(s);
    for (const status of keysOf(br, hr)) {
      const where = `${label} › response ${status}`;
      if (!(status in hr)) {
        this.add({
          pointer: join(bptr, status), where, kind: 'response-removed', side: 'response',
          client: success(status)
            ? { breaking: true, reason: `breaking for clients: the ${status} response clients decode is no longer documented` }
            : { breaking: false, reason: `compatible for clients: ${status} is no longer returned; code that handles it simply never runs` },
          server: success(status)
            ? { breaking: true, reason: `breaking for servers: the implementation must answer with another status than ${status}` }
            : { breaking: true, reason: `breaking for servers: the implementation must stop returning ${status}` },
        });
        continue;
      }
      if (!(status in br)) {
        this.add({
          pointer: join(hptr, status), where, kind: success(status) ? 'success-status-added' : 'error-status-added', side: 'response',
          client: success(status)
            ? { breaking: true, reason: `breaking for clients: ${status} is a new success status whose body clients were not written for` }
            : { breaking: false, reason: `compatible for clients: ${status} is a new error status; clients already treat any status they do not know as an error (HTTP allows it, and the client library maps every non-2xx to ApiError)` },
          server: { breaking: false, reason: `compatible for servers: the implementation may start returning ${status}` },
        });
        continue;
      }
      const b = this.resolve('base', br[status], join(bptr, status));
      const h = this.resolve('head', hr[status], join(hptr, status));
      const bn = b.node ?? {};
      const hn = h.node ?? {};
      for (const k of keysOf(bn, hn)) {
        if (['headers', 'content'].includes(k) || !this.differs(bn[k], hn[k])) continue;
        if (ANNOTATIONS.has(k) || k.startsWith('x-')) this.doc(join(h.pointer, k), where, 'response', k);
        else this.unclassified(join(h.pointer, k), where, 'response', k);
      }
      this.headers(bn.headers ?? {}, hn.headers ?? {}, join(b.pointer, 'headers'), join(h.pointer, 'headers'), where);
      this.content(bn.content ?? {}, hn.content ?? {}, join(b.pointer, 'content'), join(h.pointer, 'content'), where, 'response');
    }
  }

  private headers(bh: Record<string, any>, hh: Record<string, any>, bptr: string, hptr: string, where: string): void {
    const lower = (o: Record<string, any>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), { name: k, v }]));
    const bm = lower(bh);
    const hm = lower(hh);
    for (const [key, b] of bm) {
      const h = hm.get(key);
      const w = `${where} › header ${b.name}`;
      if (!h) {
        this.add({
          pointer: join(bptr, b.name), where: w, kind: 'response-header-removed', side: 'response',
          client: { breaking: true, reason: `breaking for clients: clients that read the ${b.name} header no longer get it` },
          server: { breaking: false, reason: `compatible for servers: the implementation may stop sending ${b.name}` },
        });
        continue;
      }
      const br = this.resolve('base', b.v, join(bptr, b.name));
      const hr = this.resolve('head', h.v, join(hptr, h.name));
      if (br.node?.required === true && hr.node?.required !== true) {
        this.add({
          pointer: join(hr.pointer, 'required'), where: w, kind: 'response-header-optional', side: 'response',
          client: { breaking: true, reason: `breaking for clients: ${b.name} may now be missing` },
          server: { breaking: false, reason: `compatible for servers: the implementation may leave ${b.name} out` },
        });
      } else if (br.node?.required !== true && hr.node?.required === true) {
        this.add({
          pointer: join(hr.pointer, 'required'), where: w, kind: 'response-header-required', side: 'response',
          client: { breaking: false, reason: `compatible for clients: ${b.name} is now always sent` },
          server: { breaking: true, reason: `breaking for servers: the implementation must always send ${b.name}` },
        });
      }
      for (const k of keysOf(br.node, hr.node)) {
        if (['required', 'schema'].includes(k) || !this.differs(br.node[k], hr.node[k])) continue;
        if (ANNOTATIONS.has(k) || k.startsWith('x-')) this.doc(join(hr.pointer, k), w, 'response', k);
        else this.unclassified(join(hr.pointer, k), w, 'response', k);
      }
      this.schema(br.node?.schema, hr.node?.schema, join(br.pointer, 'schema'), join(hr.pointer, 'schema'), { side: 'response', where: w, root: `header ${b.name}` }, '');
    }
    for (const [key, h] of hm) {
      if (bm.has(key)) continue;
      const hr = this.resolve('head', h.v, join(hptr, h.name));
      const required = hr.node?.required === true;
      this.add({
        pointer: join(hptr, h.name), where: `${where} › header ${h.name}`, kind: 'response-header-added', side: 'response',
        client: { breaking: false, reason: `compatible for clients: ${h.name} is a new response header` },
        server: required
          ? { breaking: true, reason: `breaking for servers: the implementation must always send ${h.name}` }
          : { breaking: false, reason: `compatible for servers: ${h.name} is optional` },
      });
    }
  }

  // ------------------------------------------------------------ schemas

  schema(braw: unknown, hraw: unknown, bptr: string, hptr: string, ctx: SchemaCtx, loc: string): void {
    const bRef = isObject(braw) && typeof braw.$ref === 'string';
    const hRef = isObject(hraw) && typeof hraw.$ref === 'string';
    if (bRef || hRef) {
      const split = (which: 'base' | 'head', raw: any, ptr: string, isRef: boolean) => {
        if (!isRef) return { siblings: raw, target: undefined as Resolved | undefined };
        const { $ref: _r, ...siblings } = raw;
        return { siblings, target: this.resolve(which, { $ref: raw.$ref }, ptr) };
      };
      const b = split('base', braw, bptr, bRef);
      const h = split('head', hraw, hptr, hRef);
      if (b.target && h.target) {
        // Siblings of $ref (usually a description) are compared where they are written.
        this.schemaNode(b.siblings, h.siblings, bptr, hptr, ctx, loc);
        this.schema(b.target.node, h.target.node, b.target.pointer, h.target.pointer, ctx, loc);
      } else {
        // A schema moved into (or out of) a component: compare what it means.
        const eff = (x: { siblings: any; target: Resolved | undefined }, ptr: string) =>
          x.target ? { node: { ...(isObject(x.target.node) ? x.target.node : {}), ...x.siblings }, ptr: x.target.pointer } : { node: x.siblings, ptr };
        const be = eff(b, bptr);
        const he = eff(h, hptr);
        this.schema(be.node, he.node, be.ptr, he.ptr, ctx, loc);
      }
      return;
    }
    // Compared once per operation or server message (and side): a shared
    // schema's change is then placed at every one that reaches it (`also`),
    // while recursion inside one of them still ends.
    // Compared once per operation or server message (and side): a shared
    // schema's change is then placed at every one that reaches it (`also`),
    // while recursion inside one of them still ends.
    const key = `${ctx.side}|${ctx.alwaysPresent ? 'present' : ''}|${ctx.where.split(' › ')[0]}|${bptr}|${hptr}`;
    if (this.compared.has(key)) return;
    this.compared.add(key);
    this.schemaNode(braw, hraw, bptr, hptr, ctx, loc);
  }

  private schemaNode(braw: unknown, hraw: unknown, bptr: string, hptr: string, ctx: SchemaCtx, loc: string): void {
    const norm = (s: unknown): Record<string, any> => (s === undefined || s === true ? {} : s === false ? { not: {} } : isObject(s) ? s : { const: s });
    const b = norm(braw);
    const h = norm(hraw);
    // No shortcut on equal text: equal `$ref`s may name components that changed.
    const at = loc || ctx.root || '(body)';
    const where = loc ? `${ctx.where} › ${loc}` : ctx.where;
    const ptr = (k: string, useBase = !(k in h)) => join(useBase ? bptr : hptr, k);

    // type (integer is a subset of number)
    if (!this.same(b.type, h.type)) {
      const types = (n: any): string[] | null => (n.type === undefined ? null : Array.isArray(n.type) ? n.type.map(String) : [String(n.type)]);
      const accepts = (set: string[] | null, t: string) => set === null || set.includes(t) || (t === 'integer' && set.includes('number'));
      const bt = types(b);
      const ht = types(h);
      const lost = bt === null ? ht !== null : bt.some((t) => !accepts(ht, t));
      const gained = ht === null ? bt !== null : ht.some((t) => !accepts(bt, t));
      if (lost || gained) {
        const fmt = (t: string[] | null) => (t === null ? 'any type' : t.join(' | '));
        this.constraint(ptr('type'), where, ctx, 'type', lost && gained ? 'change' : lost ? 'narrow' : 'widen', `${at}: type ${fmt(bt)} → ${fmt(ht)}`);
      }
    }

    // enum / const: the set of allowed values
    if (!this.same(b.enum, h.enum) || !this.same(b.const, h.const)) {
      const values = (n: any): unknown[] | null => ('const' in n ? [n.const] : Array.isArray(n.enum) ? n.enum : null);
      const bv = values(b);
      const hv = values(h);
      const has = (set: unknown[] | null, v: unknown) => set === null || set.some((x) => this.same(x, v));
      const removed = bv === null ? [] : bv.filter((v) => !has(hv, v));
      const added = hv === null ? [] : hv.filter((v) => !has(bv, v));
      const nowClosed = bv === null && hv !== null;
      const nowOpen = bv !== null && hv === null;
      const k = 'enum' in h || 'enum' in b ? 'enum' : 'const';
      if (removed.length || added.length || nowClosed || nowOpen) {
        const parts = [
          removed.length ? `value${removed.length > 1 ? 's' : ''} ${list(removed)} removed` : '',
          added.length && !nowClosed ? `value${added.length > 1 ? 's' : ''} ${list(added)} added` : '',
          nowClosed ? `now limited to ${list(hv!)}` : '',
          nowOpen ? 'no longer limited to a list of values' : '',
        ].filter(Boolean);
        const narrow = removed.length > 0 || nowClosed;
        const widen = (added.length > 0 && !nowClosed) || nowOpen;
        const effect: Effect = narrow && widen ? 'change' : narrow ? 'narrow' : 'widen';
        const strict = ctx.side === 'response' && widen
          ? `breaking for clients: strict clients (exhaustive switches, generated enum types, response validators) meet ${added.length ? list(added) : 'values'} in ${at}, which they were not written for`
          : undefined;
        this.constraint(ptr(k), where, ctx, k, effect, `${at}: ${parts.join('; ')}`, strict);
      }
    }

    // format and pattern: added narrows, removed widens, a different one is a change
    for (const k of ['format', 'pattern'] as const) {
      if (this.same(b[k], h[k])) continue;
      const effect: Effect = b[k] === undefined ? 'narrow' : h[k] === undefined ? 'widen' : 'change';
      this.constraint(ptr(k), where, ctx, k, effect, `${at}: ${k} ${show(b[k])} → ${show(h[k])}`);
    }

    // bounds
    for (const [k, dir] of Object.entries(BOUNDS)) {
      if (this.same(b[k], h[k])) continue;
      const bv = b[k];
      const hv = h[k];
      let effect: Effect;
      if (bv === undefined) effect = 'narrow';
      else if (hv === undefined) effect = 'widen';
      else if (typeof bv !== 'number' || typeof hv !== 'number') effect = 'change';
      else effect = (dir === 'min') === hv > bv ? 'narrow' : 'widen';
      this.constraint(ptr(k), where, ctx, k, effect, `${at}: ${k} ${show(bv)} → ${show(hv)}`);
    }
    if (!this.same(b.multipleOf, h.multipleOf)) {
      const bv = b.multipleOf;
      const hv = h.multipleOf;
      const effect: Effect =
        bv === undefined ? 'narrow' : hv === undefined ? 'widen' : Number.isInteger(hv / bv) ? 'narrow' : Number.isInteger(bv / hv) ? 'widen' : 'change';
      this.constraint(ptr('multipleOf'), where, ctx, 'multipleOf', effect, `${at}: multipleOf ${show(bv)} → ${show(hv)}`);
    }
    if (!this.same(b.uniqueItems ?? false, h.uniqueItems ?? false)) {
      this.constraint(ptr('uniqueItems'), where, ctx, 'uniqueItems', h.uniqueItems === true ? 'narrow' : 'widen', `${at}: uniqueItems ${show(b.uniqueItems ?? false)} → ${show(h.uniqueItems ?? false)}`);
    }

    // default: what the server assumes when a request leaves the field out
    if (!this.same(b.default, h.default)) {
      if (ctx.side === 'request' && b.default !== undefined && ctx.alwaysPresent) {
        this.add({
          pointer: ptr('default'), where, kind: 'documentation', side: ctx.side,
          client: { breaking: false, reason: `compatible for clients: the default of ${at} changed (${show(b.default)} → ${h.default === undefined ? 'none' : show(h.default)}), but ${at} is required in requests, so no valid request ever relied on it` },
          server: { breaking: false, reason: `compatible for servers: every valid request carries ${at}` },
        });
      } else if (ctx.side === 'request' && b.default !== undefined) {
        this.add({
          pointer: ptr('default'), where, kind: 'default', side: ctx.side,
          client: { breaking: true, reason: `breaking for clients: requests that leave out ${at} now get ${h.default === undefined ? 'no documented default' : show(h.default)} instead of ${show(b.default)}` },
          server: { breaking: true, reason: `breaking for servers: the implementation must apply ${h.default === undefined ? 'no' : show(h.default)} default for ${at}` },
        });
      } else {
        this.doc(ptr('default'), where, ctx.side, 'default');
      }
    }

    this.objectKeywords(b, h, bptr, hptr, ctx, loc, where);

    // items
    if (b.items !== undefined || h.items !== undefined) {
      this.schema(b.items, h.items, join(bptr, 'items'), join(hptr, 'items'), { ...ctx, alwaysPresent: false }, `${loc}[]`);
    }

    // composition: compared member by member when the shape stays, otherwise left to a person
    for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
      if (b[k] === undefined && h[k] === undefined) continue;
      if (Array.isArray(b[k]) && Array.isArray(h[k]) && b[k].length === h[k].length) {
        b[k].forEach((m: unknown, i: number) => this.schema(m, h[k][i], join(bptr, k, i), join(hptr, k, i), ctx, loc));
      } else {
        this.unclassified(ptr(k), where, ctx.side, k);
      }
    }

    // annotations and everything else
    for (const k of keysOf(b, h)) {
      if (!this.differs(b[k], h[k])) continue;
      if (ANNOTATIONS.has(k) || k.startsWith('x-')) this.doc(ptr(k), where, ctx.side, k);
      else if (!HANDLED_SCHEMA_KEYS.has(k)) this.unclassified(ptr(k), where, ctx.side, k);
    }
  }

  private objectKeywords(b: Record<string, any>, h: Record<string, any>, bptr: string, hptr: string, ctx: SchemaCtx, loc: string, where: string): void {
    const bProps: Record<string, unknown> = isObject(b.properties) ? b.properties : {};
    const hProps: Record<string, unknown> = isObject(h.properties) ? h.properties : {};
    const bReq = new Set<string>(Array.isArray(b.required) ? b.required.map(String) : []);
    const hReq = new Set<string>(Array.isArray(h.required) ? h.required.map(String) : []);
    // Does the working schema accept properties it does not list?
    const headOpen = (h.additionalProperties === undefined || h.additionalProperties === true) && h.unevaluatedProperties !== false;
    const baseOpen = (b.additionalProperties === undefined || b.additionalProperties === true) && b.unevaluatedProperties !== false;
    const req = ctx.side === 'request';
    const name = (h.title ?? b.title) ? `${h.title ?? b.title}` : 'the object';

    for (const p of keysOf(bProps, hProps)) {
      const field = `${loc}/${p}`;
      const w = `${ctx.where} › ${field}`;
      const inB = p in bProps;
      const inH = p in hProps;
      if (inB && inH) {
        this.schema(bProps[p], hProps[p], join(bptr, 'properties', p), join(hptr, 'properties', p), { ...ctx, alwaysPresent: bReq.has(p) && hReq.has(p) }, field);
        continue;
      }
      if (inH) {
        const required = hReq.has(p);
        const pointer = join(hptr, 'properties', p);
        if (required) {
          this.add({
            pointer, where: w, kind: 'property-added-required', side: ctx.side,
            client: req
              ? { breaking: true, reason: `breaking for clients: ${field} is a new required field; requests without it are now rejected` }
              : { breaking: false, reason: `compatible for clients: ${field} is a new field that is always present` },
            server: req
              ? { breaking: false, reason: `compatible for servers: the implementation may rely on ${field}` }
              : { breaking: true, reason: `breaking for servers: the implementation must always send ${field}` },
          });
        } else {
          this.add({
            pointer, where: w, kind: 'property-added', side: ctx.side,
            client: req
              ? { breaking: false, reason: `compatible for clients: ${field} is a new optional field; requests without it stay valid` }
              : { breaking: false, reason: `compatible for clients: ${field} is a new optional field; clients ignore fields they do not know` },
            server: req
              ? baseOpen
                ? { breaking: false, reason: `compatible for servers: ${name} already accepted unlisted fields, but the implementation must honour ${field} to give it meaning` }
                : { breaking: true, reason: `breaking for servers: the implementation must now accept ${field}` }
              : { breaking: false, reason: `compatible for servers: the implementation may send ${field} when it has it` },
          });
        }
        continue;
      }
      // removed
      const pointer = join(bptr, 'properties', p);
      if (req) {
        this.add({
          pointer, where: w, kind: 'property-removed', side: ctx.side,
          client: headOpen && !hReq.has(p)
            ? { breaking: false, reason: `compatible for clients: requests that still send ${field} stay valid because ${name} accepts fields it does not list; the server ignores the value from now on` }
            : { breaking: true, reason: `breaking for clients: requests that send ${field} are now rejected (${name} no longer accepts it)` },
          server: { breaking: false, reason: `compatible for servers: the implementation no longer has to handle ${field}` },
        });
      } else {
        this.add({
          pointer, where: w, kind: 'property-removed', side: ctx.side,
          client: { breaking: true, reason: `breaking for clients: ${field} is no longer part of the ${ctx.message ? 'message' : 'response'}; ${ctx.message ? 'receivers' : 'clients'} (and generated types) that read it lose it` },
          server: { breaking: false, reason: `compatible for servers: the implementation may stop sending ${field}` },
        });
      }
    }

    // required flags of properties that exist on both sides (or are required without being listed)
    for (const p of new Set([...bReq, ...hReq])) {
      if (bReq.has(p) === hReq.has(p)) continue;
      if ((p in bProps) !== (p in hProps)) continue; // reported with the property itself
      const field = `${loc}/${p}`;
      const w = `${ctx.where} › ${field}`;
      const pointer = join('required' in h ? hptr : bptr, 'required');
      if (hReq.has(p)) {
        this.add({
          pointer, where: w, kind: 'property-required', side: ctx.side,
          client: req
            ? { breaking: true, reason: `breaking for clients: ${field} was optional and is now required; requests without it are rejected` }
            : { breaking: false, reason: `compatible for clients: ${field} is now always present` },
          server: req
            ? { breaking: false, reason: `compatible for servers: the implementation may rely on ${field}` }
            : { breaking: true, reason: `breaking for servers: the implementation must always send ${field}` },
        }, p);
      } else {
        this.add({
          pointer, where: w, kind: 'property-optional', side: ctx.side,
          client: req
            ? { breaking: false, reason: `compatible for clients: ${field} may now be left out` }
            : { breaking: true, reason: `breaking for clients: ${field} was always present and may now be missing` },
          server: req
            ? { breaking: true, reason: `breaking for servers: the implementation must handle requests without ${field}` }
            : { breaking: false, reason: `compatible for servers: the implementation may leave ${field} out` },
        }, p);
      }
    }

    // additionalProperties: open (absent/true), closed (false) or a schema for the extra values
    if (b.additionalProperties !== undefined || h.additionalProperties !== undefined) {
      const kindOf = (v: unknown) => (v === undefined || v === true ? 'open' : v === false ? 'closed' : 'schema');
      const bk = kindOf(b.additionalProperties);
      const hk = kindOf(h.additionalProperties);
      const at = loc || ctx.root || '(body)';
      if (bk === 'schema' && hk === 'schema') {
        this.schema(b.additionalProperties, h.additionalProperties, join(bptr, 'additionalProperties'), join(hptr, 'additionalProperties'), { ...ctx, alwaysPresent: false }, `${loc}/*`);
      } else if (bk !== hk) {
        const rank = { open: 2, schema: 1, closed: 0 } as const;
        const effect: Effect = rank[hk] < rank[bk] ? 'narrow' : 'widen';
        this.constraint(join('additionalProperties' in h ? hptr : bptr, 'additionalProperties'), where, ctx, 'additionalProperties', effect, `${at}: fields it does not list are ${hk === 'open' ? 'now accepted' : hk === 'closed' ? 'now rejected' : 'now limited by a schema'}`);
      }
    }
  }

  // ------------------------------------------------------------ reporting helpers

  /** A change to the set of values a schema allows, judged by the side it is on. */
  private constraint(pointer: string, where: string, ctx: SchemaCtx, kind: string, effect: Effect, detail: string, clientOverride?: string): void {
    const req = ctx.side === 'request';
    const narrow = effect !== 'widen';
    const widen = effect !== 'narrow';
    const client: Impact = req
      ? narrow
        ? { breaking: true, reason: `breaking for clients: requests that were valid may now be rejected (${detail})` }
        : { breaking: false, reason: `compatible for clients: every request that was valid stays valid (${detail})` }
      : widen
        ? { breaking: true, reason: clientOverride ?? `breaking for clients: ${ctx.message ? 'server messages' : 'responses'} may now carry values ${ctx.message ? 'receivers' : 'clients'} were not written for (${detail})` }
        : { breaking: false, reason: `compatible for clients: ${ctx.message ? 'server messages' : 'responses'} carry a subset of what ${ctx.message ? 'receivers' : 'clients'} already handle (${detail})` };
    const server: Impact = req
      ? widen
        ? { breaking: true, reason: 'breaking for servers: the implementation must accept values it could reject before' }
        : { breaking: false, reason: 'compatible for servers: an implementation that accepts the old, wider set still accepts every valid request' }
      : narrow
        ? { breaking: true, reason: 'breaking for servers: the implementation must stop sending values that are no longer allowed' }
        : { breaking: false, reason: 'compatible for servers: what the implementation sends today stays valid' };
    this.add({ pointer, where, kind, side: ctx.side, client, server });
  }

  private doc(pointer: string, where: string, side: Side, what: string, verb: 'changed' | 'added' | 'removed' = 'changed'): void {
    this.add({
      pointer, where, kind: 'documentation', side,
      client: { breaking: false, reason: `compatible for clients: ${what} ${verb} (documentation only)` },
      server: { breaking: false, reason: 'compatible for servers: documentation only' },
    });
  }

  private unclassified(pointer: string, where: string, side: Side, what: string): void {
    this.add({
      pointer, where, kind: 'unclassified', side,
      client: { breaking: true, reason: `breaking for clients (assumed): the checker does not interpret changes to "${what}"; review by hand, and raise the major version if clients are affected` },
      server: { breaking: true, reason: `breaking for servers (assumed): "${what}" changed and the checker cannot tell how` },
    });
  }

  /**
   * Components added or removed, placed at the operations and server messages
   * that use them (or said to be used by nothing), and components that changed
   * where the walk did not reach them. Use is followed through nested schemas: a schema
   * reached only through another schema counts as used.
   */
  private components(): void {
    const bc = this.base.components ?? {};
    const hc = this.head.components ?? {};
    const bUsers = componentUsers(this.base);
    const hUsers = componentUsers(this.head);
    for (const type of keysOf(bc, hc)) {
      const bt = isObject(bc[type]) ? bc[type] : {};
      const ht = isObject(hc[type]) ? hc[type] : {};
      for (const name of keysOf(bt, ht)) {
        const pointer = pointerOf('components', type, name);
        const added = !(name in bt);
        const removed = !(name in ht);
        // A changed component the walk reached has its changes reported where they are; an added or removed one is always listed.
        if ((!added && !removed && this.visited.has(pointer)) || this.same(bt[name], ht[name])) continue;
        const users = [...new Set([...(removed ? [] : (hUsers.get(pointer) ?? [])), ...(added ? [] : (bUsers.get(pointer) ?? []))])];
        if (!users.length) {
          this.add({
            pointer, where: 'components', kind: 'unreferenced-component', side: 'document',
            client: { breaking: false, reason: `compatible for clients: ${type}/${name} ${removed ? 'was removed' : added ? 'was added' : 'changed'}, and no operation or server message uses it` },
            server: { breaking: false, reason: 'compatible for servers: no operation or server message uses it' },
          });
          continue;
        }
        // One change, placed at every operation or message that uses it.
        for (const where of users) {
          this.add({
            pointer, where, kind: added ? 'component-added' : removed ? 'component-removed' : 'component-changed', side: 'document',
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

  // ------------------------------------------------------------ webhooks (server messages)

  /**
   * Server messages, OpenAPI `webhooks`: the platform (the implementation,
   * "servers" here) posts them to a receiver written by the API's user
   * ("clients" here). The data flows the other way from an operation's: a
   * message body is judged like a response (fewer fields, or a field that may
   * now be missing, breaks receivers; a wider set of values breaks strict
   * receivers; a narrower one asks the platform to stop sending values), and
   * what the receiver answers is judged like a request.
   */
  private webhooks(): void {
    const sites = (which: 'base' | 'head') => {
      const d = which === 'base' ? this.base : this.head;
      const map = new Map<string, OpSite>();
      for (const [name, rawItem] of Object.entries(isObject(d.webhooks) ? d.webhooks : {})) {
        const { node: item } = this.resolve(which, rawItem, pointerOf('webhooks', name));
        if (!isObject(item)) continue;
        for (const m of HTTP_METHODS) {
          if (isObject(item[m])) map.set(`${name} ${m}`, { path: name, method: m, op: item[m], item, ptr: pointerOf('webhooks', name, m) });
        }
      }
      return map;
    };
    const bw = sites('base');
    const hw = sites('head');
    for (const [key, b] of bw) {
      const h = hw.get(key);
      const label = `webhook ${b.path}`;
      if (!h) {
        this.add({
          pointer: b.ptr, where: label, kind: 'webhook-removed', side: 'operation',
          client: { breaking: true, reason: `breaking for clients: receivers written for ${b.path} messages no longer get them; whatever they did on that event stops happening` },
          server: { breaking: false, reason: `compatible for servers: the platform may stop sending ${b.path} messages` },
        });
        continue;
      }
      this.webhook(b, h, label);
    }
    for (const [key, h] of hw) {
      if (bw.has(key)) continue;
      this.add({
        pointer: h.ptr, where: `webhook ${h.path}`, kind: 'webhook-added', side: 'operation',
        client: { breaking: false, reason: `compatible for clients: ${h.path} is a new server message; receivers written for the released contract never asked for it` },
        server: { breaking: true, reason: `breaking for servers: the platform must send ${h.path} messages as described` },
      });
    }
  }

  private webhook(b: OpSite, h: OpSite, label: string): void {
    const bo = b.op;
    const ho = h.op;
    for (const key of keysOf(bo, ho)) {
      if (!this.differs(bo[key], ho[key])) continue;
      const ptr = join(key in ho ? h.ptr : b.ptr, key);
      if (key === 'operationId') {
        this.add({
          pointer: ptr, where: label, kind: 'operation-id', side: 'operation',
          client: { breaking: true, reason: `breaking for clients: generated receiver code names handlers and types after the operationId (${show(bo[key])} → ${show(ho[key])})` },
          server: { breaking: false, reason: 'compatible for servers: the wire format does not change' },
        });
      } else if (['summary', 'description', 'tags', 'externalDocs', 'deprecated'].includes(key) || key.startsWith('x-')) {
        this.doc(ptr, label, 'operation', key);
      } else if (key === 'security') {
        // Who authenticates whom on a webhook is not something this checker can tell.
        this.unclassified(ptr, label, 'operation', 'security of a server message');
      } else if (!['parameters', 'requestBody', 'responses'].includes(key)) {
        this.unclassified(ptr, label, 'operation', key);
      }
    }
    this.webhookParameters(b, h, label);
    this.webhookBody(bo.requestBody, ho.requestBody, join(b.ptr, 'requestBody'), join(h.ptr, 'requestBody'), label);
    this.webhookAnswers(bo.responses ?? {}, ho.responses ?? {}, join(b.ptr, 'responses'), join(h.ptr, 'responses'), label);
  }

  /** Parameters of a server message (headers the platform sends): judged like response headers. */
  private webhookParameters(b: OpSite, h: OpSite, label: string): void {
    const collect = (which: 'base' | 'head', site: OpSite) => {
      const map = new Map<string, Resolved>();
      const itemPtr = site.ptr.slice(0, site.ptr.lastIndexOf('/'));
      const add = (arr: unknown, ptr: string) => {
        if (!Array.isArray(arr)) return;
        arr.forEach((raw, i) => {
          const r = this.resolve(which, raw, join(ptr, i));
          if (!isObject(r.node)) return;
          const name = r.node.in === 'header' ? String(r.node.name).toLowerCase() : String(r.node.name);
          map.set(`${r.node.in}:${name}`, r);
        });
      };
      add(site.item.parameters, join(itemPtr, 'parameters'));
      add(site.op.parameters, join(site.ptr, 'parameters'));
      return map;
    };
    const bp = collect('base', b);
    const hp = collect('head', h);
    for (const [key, br] of bp) {
      const hr = hp.get(key);
      const name = `${br.node.in} parameter ${br.node.name}`;
      const where = `${label} › ${name}`;
      if (!hr) {
        this.add({
          pointer: br.pointer, where, kind: 'parameter-removed', side: 'response',
          client: { breaking: true, reason: `breaking for clients: receivers that read ${name} no longer get it` },
          server: { breaking: false, reason: `compatible for servers: the platform may stop sending ${name}` },
        });
        continue;
      }
      const bReq = br.node.required === true;
      const hReq = hr.node.required === true;
      if (bReq !== hReq) {
        this.add({
          pointer: join(hr.pointer, 'required'), where, kind: hReq ? 'parameter-required' : 'parameter-optional', side: 'response',
          client: hReq
            ? { breaking: false, reason: `compatible for clients: ${name} is now always sent` }
            : { breaking: true, reason: `breaking for clients: ${name} was always sent and may now be missing` },
          server: hReq
            ? { breaking: true, reason: `breaking for servers: the platform must always send ${name}` }
            : { breaking: false, reason: `compatible for servers: the platform may leave ${name} out` },
        });
      }
      for (const k of keysOf(br.node, hr.node)) {
        if (['name', 'in', 'required', 'schema'].includes(k) || !this.differs(br.node[k], hr.node[k])) continue;
        if (ANNOTATIONS.has(k) || k.startsWith('x-')) this.doc(join(hr.pointer, k), where, 'response', k);
        else this.unclassified(join(hr.pointer, k), where, 'response', k);
      }
      this.schema(br.node.schema, hr.node.schema, join(br.pointer, 'schema'), join(hr.pointer, 'schema'), { side: 'response', message: true, where, root: name }, '');
    }
    for (const [key, hr] of hp) {
      if (bp.has(key)) continue;
      const name = `${hr.node.in} parameter ${hr.node.name}`;
      const required = hr.node.required === true;
      this.add({
        pointer: hr.pointer, where: `${label} › ${name}`, kind: required ? 'parameter-added-required' : 'parameter-added', side: 'response',
        client: { breaking: false, reason: `compatible for clients: ${name} is new; receivers ignore what they do not read` },
        server: required
          ? { breaking: true, reason: `breaking for servers: the platform must always send ${name}` }
          : { breaking: false, reason: `compatible for servers: the platform may send ${name}` },
      });
    }
  }

  /** The body of a server message: what the platform posts, judged like a response. */
  private webhookBody(braw: any, hraw: any, bptr: string, hptr: string, label: string): void {
    const b = braw === undefined ? undefined : this.resolve('base', braw, bptr);
    const h = hraw === undefined ? undefined : this.resolve('head', hraw, hptr);
    const where = `${label} › message body`;
    if (!b && !h) return;
    if (!b || !h) {
      const added = !b;
      this.add({
        pointer: added ? h!.pointer : b!.pointer, where, kind: added ? 'message-body-added' : 'message-body-removed', side: 'response',
        client: added
          ? { breaking: false, reason: 'compatible for clients: the message now carries a body; receivers that ignore it keep working' }
          : { breaking: true, reason: 'breaking for clients: the message no longer carries the body receivers read' },
        server: added
          ? { breaking: true, reason: 'breaking for servers: the platform must send the new body' }
          : { breaking: false, reason: 'compatible for servers: the platform may stop sending the body' },
      });
      return;
    }
    const bn = b.node;
    const hn = h.node;
    if (bn.required === true && hn.required !== true) {
      this.add({
        pointer: join(h.pointer, 'required'), where, kind: 'message-body-optional', side: 'response',
        client: { breaking: true, reason: 'breaking for clients: the message may now come without a body' },
        server: { breaking: false, reason: 'compatible for servers: the platform may leave the body out' },
      });
    } else if (bn.required !== true && hn.required === true) {
      this.add({
        pointer: join(h.pointer, 'required'), where, kind: 'message-body-required', side: 'response',
        client: { breaking: false, reason: 'compatible for clients: the message now always carries a body' },
        server: { breaking: true, reason: 'breaking for servers: the platform must always send a body' },
      });
    }
    for (const k of keysOf(bn, hn)) {
      if (['required', 'content'].includes(k) || !this.differs(bn[k], hn[k])) continue;
      if (ANNOTATIONS.has(k) || k.startsWith('x-')) this.doc(join(h.pointer, k), where, 'response', k);
      else this.unclassified(join(h.pointer, k), where, 'response', k);
    }
    this.content(bn.content ?? {}, hn.content ?? {}, join(b.pointer, 'content'), join(h.pointer, 'content'), where, 'response', true);
  }

  /** What a receiver answers to a server message: judged like a request (the receiver sends it, the platform reads it). */
  private webhookAnswers(br: Record<string, any>, hr: Record<string, any>, bptr: string, hptr: string, label: string): void {
    for (const status of keysOf(br, hr)) {
      const where = `${label} › answer ${status}`;
      if (!(status in hr)) {
        this.add({
          pointer: join(bptr, status), where, kind: 'answer-removed', side: 'request',
          client: { breaking: true, reason: `breaking for clients: receivers that answer ${status} no longer give an answer the contract describes` },
          server: { breaking: false, reason: `compatible for servers: the platform no longer has to understand ${status}` },
        });
        continue;
      }
      if (!(status in br)) {
        this.add({
          pointer: join(hptr, status), where, kind: 'answer-added', side: 'request',
          client: { breaking: false, reason: `compatible for clients: receivers may also answer ${status}` },
          server: { breaking: true, reason: `breaking for servers: the platform must understand the answer ${status}` },
        });
        continue;
      }
      const b = this.resolve('base', br[status], join(bptr, status));
      const h = this.resolve('head', hr[status], join(hptr, status));
      const bn = b.node ?? {};
      const hn = h.node ?? {};
      for (const k of keysOf(bn, hn)) {
        if (k === 'content' || !this.differs(bn[k], hn[k])) continue;
        if (ANNOTATIONS.has(k) || k.startsWith('x-')) this.doc(join(h.pointer, k), where, 'request', k);
        else this.unclassified(join(h.pointer, k), where, 'request', k);
      }
      this.content(bn.content ?? {}, hn.content ?? {}, join(b.pointer, 'content'), join(h.pointer, 'content'), where, 'request');
    }
  }
}

/**
 * Who uses each component: for every operation (`METHOD /path`) and server
 * message (`webhook name`), every component it reaches through local `$ref`s,
 * followed transitively (a schema inside a schema inside a response), plus the
 * security schemes it names.
 */
export function componentUsers(doc: OpenApiDocument): Map<string, string[]> {
  const users = new Map<string, string[]>();
  const use = (ptr: string, label: string) => {
    const list = users.get(ptr) ?? [];
    if (!list.includes(label)) list.push(label);
    users.set(ptr, list);
  };
  const walk = (node: unknown, label: string, seen: Set<string>, depth: number): void => {
    if (depth > 256 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((x) => walk(x, label, seen, depth + 1));
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) {
        if (seen.has(v)) continue;
        seen.add(v);
        use('#' + v.slice(1), label);
        walk(lookup(doc, v), label, seen, depth + 1);
      } else walk(v, label, seen, depth + 1);
    }
  };
  const visit = (items: unknown, label: (key: string, method: string) => string) => {
    for (const [key, rawItem] of Object.entries(isObject(items) ? items : {})) {
      const seenItem = new Set<string>();
      let item: any = rawItem;
      if (isObject(rawItem) && typeof rawItem.$ref === 'string' && rawItem.$ref.startsWith('#/')) item = lookup(doc, rawItem.$ref);
      if (!isObject(item)) continue;
      for (const m of HTTP_METHODS) {
        if (!isObject(item[m])) continue;
        const l = label(key, m);
        if (isObject(rawItem) && typeof rawItem.$ref === 'string') use('#' + rawItem.$ref.slice(1), l);
        const seen = new Set(seenItem);
        walk(item.parameters, l, seen, 0);
        walk(item[m], l, seen, 0);
        const security = Array.isArray(item[m].security) ? item[m].security : Array.isArray(doc.security) ? doc.security : [];
        for (const req of security) for (const name of Object.keys(isObject(req) ? req : {})) use(pointerOf('components', 'securitySchemes', name), l);
      }
    }
  };
  visit(doc.paths, (p, m) => `${m.toUpperCase()} ${p}`);
  visit(doc.webhooks, (name) => `webhook ${name}`);
  return users;
}

function lookup(doc: unknown, ref: string): unknown {
  let target: any = doc;
  for (const seg of ref.slice(2).split('/')) target = target !== null && typeof target === 'object' ? target[unesc(seg)] : undefined;
  return target;
}

function keysOf(...objs: unknown[]): string[] {
  const keys = new Set<string>();
  for (const o of objs) if (isObject(o)) for (const k of Object.keys(o)) keys.add(k);
  return [...keys];
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
  if (same(withoutVersion(b), withoutVersion(h))) return [];
  const walker = new Walker(b, h);
  walker.document();
  const order: Record<Classification, number> = { breaking: 0, compatible: 1 };
  return walker.result().sort((x, y) => order[x.classification] - order[y.classification]);
}

// ---------------------------------------------------------------- versions

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  text: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;

/** Parses MAJOR.MINOR.PATCH[-prerelease] (no build metadata: versions name files). */
export function parseVersion(text: unknown, what = 'info.version', hint?: string): SemVer {
  const m = typeof text === 'string' ? SEMVER.exec(text) : null;
  if (!m) throw new DiffError(`${what} is ${JSON.stringify(text)}, not a semantic version MAJOR.MINOR.PATCH (e.g. 1.2.0)${hint ? `; ${hint}` : ''}`);
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split('.') : [], text: text as string };
}

/** Semantic-version precedence: negative when a < b. */
export function compareVersions(a: SemVer, b: SemVer): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] - b[k];
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) - Number(y);
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

// ---------------------------------------------------------------- the gate

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

// ---------------------------------------------------------------- output

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
