/**
 * The judges of a case, and the rules that model where they may legitimately differ.
 *
 * Operations (HTTP), three opinions:
 *   the client   what the client checks before sending: transport rules, then
 *                the generated validators (generated/validators/<operationId>.js:
 *                validate<Op>Path, validate<Op>Query, validate<Op>Request) on
 *                the request decoded from the wire the contract's way (C1-C6).
 *   the model    what Prism 5.14.2 should answer: the same validators on the
 *                request decoded Prism's way (P1-P5, each measured and read in
 *                Prism's source). Where the model differs from the client, the
 *                rule that makes the difference is named: a "modelled difference".
 *   the mock     the real Prism: 200 = accepted, 400 = rejected (404/405 also
 *                count as rejected where P5 says the request reaches another route).
 * The client must say what the case was built to be; the mock must say what
 * the model says. Anything else is a disagreement.
 *
 * Server messages: our per-event validator (generated/validators/<operationId>.js)
 * against an independent Ajv 2020-12 compile of the bundled generated/openapi.json
 * (ajv-formats, refs resolved by Ajv with the bundle registered under an $id).
 * No Prism: it does not serve webhooks. Same verdict and same error pointers.
 *
 * Contract decoding (the client side):
 *   C1  The query is split and percent-decoded as application/x-www-form-urlencoded
 *       (URLSearchParams), which is what encodeURIComponent output round-trips through.
 *   C2  Query names match exactly (OpenAPI: parameter names are case-sensitive
 *       outside headers); unknown names reach the validator as they are.
 *   C3  A name given more than once is an array of its values: every parameter
 *       here has a scalar schema (form style), so the validator rejects it.
 *   C4  A value for an integer or number parameter is decoded when it is a JSON
 *       number literal, else it stays a string ("must be integer"); "true" and
 *       "false" for a boolean; everything else is a string, "" included.
 *   C5  A path value that cannot be one path segment is refused before sending
 *       (src/client.ts does the same): "" (the template collapses), "." and
 *       ".." (URL parsers resolve dot segments, even written %2E%2E).
 *   C6  A path segment that is not UTF-8 percent-encoding is refused: no client
 *       produces one (encodeURIComponent throws on a lone surrogate instead).
 *   Bodies: the media type (parameters ignored, case-insensitive) must be the
 *   contract's request media type, the body non-empty, and JSON.parse must accept it.
 *
 * Prism's decoding (the model), from prism-http-server's searchParamsToNameValues
 * and prism-http's validateParams/deserializers:
 *   P1  Query names match case-insensitively: Prism lower-cases every name
 *       (when two spellings of one name are sent, the one sent first-seen last wins).
 *   P2  An empty query value ("name=" or a bare "name") counts as absent, so an
 *       optional parameter takes its default and a required one is "missing".
 *   P3  Integers are coerced by Ajv's coerceTypes: any text Number() reads as a
 *       whole number (" 1", "+1", "0x10", "1e3", "01") or as ±Infinity (not
 *       re-checked after coercion) is accepted.
 *   P4  Unknown query parameters are not looked at (the contract's validators ignore them too).
 *   P5  The URL is normalised first (WHATWG URL, as fetch does): a dot segment
 *       ("." or "..", %2E included) is resolved, so the request reaches another
 *       path: 400 when the template still matches with an empty value, else
 *       404 (no path) or 405 (another path's method).
 * Not modelled, because they are defects (known-issues.ts): raw commas and
 * malformed percent-encoding in paths, lenient media types, a media type with
 * an empty parameter. Date-time values need no rule: the validators' check
 * is a port of Prism's own (date-times.ts DATE_TIME_EDGES walks its edges).
 */
import { operations, routes, serverMessages, validatorModules, type OperationId } from '../../../generated/operations.ts';
import { errorPointer, escapePointer, type AjvErrorLike } from '../../../src/pointer.ts';
import { parameterNames, parseSlViolations, prismViolationPath } from '../verify/check.ts';
import type { ContractSchemas } from './contract-schemas.ts';
import type { FuzzCase } from './case-types.ts';
import { isOperation } from './targets.ts';
import { bundleAjv } from '../bundle-ajv.ts';

export type Validator = ((data: unknown) => boolean) & { errors?: AjvErrorLike[] | null };

export interface Verdict {
  verdict: 'accept' | 'reject';
  reason: string;
  /** JSON Pointers the judge named (a missing property at its own path; `/query/<name>`, `/path/<name>` for parameters). */
  pointers: string[];
}

export interface ModelVerdict extends Verdict {
  /** The modelling rules (P1-P5) that changed the decoded request from the contract's decoding. */
  rules: string[];
  /** Statuses that count as the mock rejecting (400, or 404/405 under P5). */
  rejectStatuses: number[];
}

// ---------------------------------------------------------------------------
// Our validators, loaded once (the same modules the client loads)

type Op = (typeof operations)[OperationId];
interface Param {
  name: string;
  required: boolean;
  schema: Record<string, any>;
}

const opValidators = Object.fromEntries(
  await Promise.all(
    (Object.keys(operations) as OperationId[]).map(async (id) => {
      const mod = (await validatorModules[id]()) as unknown as Record<string, Validator | undefined>;
      const names = routes[id].validators as { path?: string; query?: string; body?: string };
      const pick = (name: string | undefined): Validator | undefined => {
        if (name === undefined) return undefined;
        const v = mod[name];
        if (typeof v !== 'function') throw new Error(`generated/validators/${id}.js has no ${name}: regenerate (npm run generate)`);
        return v;
      };
      return [id, { path: pick(names.path), query: pick(names.query), body: pick(names.body) }] as const;
    }),
  ),
) as Record<OperationId, { path?: Validator; query?: Validator; body?: Validator }>;

const messageValidators = Object.fromEntries(
  await Promise.all(
    Object.values(serverMessages).map(async (m) => {
      const mod = (await import(new URL(`../../../generated/validators/${m.operationId}.js`, import.meta.url).href)) as Record<string, Validator | undefined>;
      const v = mod[m.validator];
      if (typeof v !== 'function') throw new Error(`generated/validators/${m.operationId}.js has no ${m.validator}: regenerate (npm run generate)`);
      return [m.operationId, v] as const;
    }),
  ),
) as Record<string, Validator>;

const BUNDLE_ID = 'https://connect-call.fuzz/openapi.json';

/** Independent validators of the server messages: Ajv 2020-12 + ajv-formats over the bundled document. */
export function independentMessageValidators(contract: ContractSchemas): Record<string, Validator> {
  const ajv = bundleAjv(contract.doc, BUNDLE_ID);
  return Object.fromEntries(
    Object.values(serverMessages).map((m) => {
      const v = ajv.at(`/components/schemas/${m.schema}`);
      if (!v) throw new Error(`generated/openapi.json has no components.schemas.${m.schema}`);
      return [m.operationId, v as unknown as Validator];
    }),
  );
}

const describeErrors = (v: Validator, prefix = ''): { reason: string; pointers: string[] } => {
  const errors = v.errors ?? [];
  return { reason: errors.map((e) => `${prefix}${e.instancePath || ''} ${e.message ?? e.keyword}`.trim()).join('; '), pointers: errors.map((e) => prefix + errorPointer(e)) };
};

// ---------------------------------------------------------------------------
// Decoding the wire

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** C4: one query text as the contract's parameter schema reads it. */
export function decodeParam(schema: Record<string, any>, text: string): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && JSON_NUMBER.test(text)) return Number(text);
  if (schema.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** C1-C3: the query as the contract reads it. */
export function decodeQueryContract(params: readonly Param[], search: string): Record<string, unknown> {
  const grouped = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(search)) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  const out: Record<string, unknown> = {};
  for (const [name, values] of grouped) {
    const p = params.find((q) => q.name === name);
    const decoded = values.map((v) => (p ? decodeParam(p.schema, v) : v));
    out[name] = decoded.length > 1 ? decoded : decoded[0];
  }
  return out;
}

/** P1-P4: the declared query parameters as Prism reads them, and which rules changed something. */
export function decodeQueryPrism(params: readonly Param[], search: string): { value: Record<string, unknown>; rules: Set<string> } {
  const contract = decodeQueryContract(params, search);
  // searchParamsToNameValues: one entry per spelling, first-seen order; then lodash mapKeys to lower case (later spellings overwrite).
  const bySpelling = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(search)) bySpelling.set(k, [...(bySpelling.get(k) ?? []), v]);
  const lower = new Map<string, { spelling: string; value: string | string[] }>();
  for (const [k, values] of bySpelling) lower.set(k.toLowerCase(), { spelling: k, value: values.length === 1 ? values[0]! : values });
  const value: Record<string, unknown> = {};
  const rules = new Set<string>();
  for (const p of params) {
    const got = lower.get(p.name.toLowerCase());
    let v: unknown;
    const fired: string[] = [];
    if (got && got.spelling !== p.name) fired.push('P1 query names are case-insensitive');
    if (got && got.value === '') fired.push('P2 an empty query value is absent');
    else if (got) {
      v = got.value;
      if (typeof v === 'string' && (p.schema.type === 'integer' || p.schema.type === 'number')) {
        const n = Number(v);
        if (!Number.isNaN(n) && (p.schema.type === 'number' || !(n % 1))) {
          if (!JSON_NUMBER.test(v) || !Number.isFinite(n)) fired.push('P3 integers are coerced with Number()');
          // Ajv does not re-check a coerced value: ±Infinity passes as an integer. Stand in a finite one for our validator.
          v = Number.isFinite(n) ? n : 0;
        }
      } else if (typeof v === 'string') v = decodeParam(p.schema, v);
    }
    if (v !== undefined) value[p.name] = v;
    if (JSON.stringify(v) !== JSON.stringify(contract[p.name]) || (v === undefined) !== (contract[p.name] === undefined)) fired.forEach((r) => rules.add(r));
  }
  // P4: unknown names are dropped; the validators ignore them too, but if the contract's decoding kept a misspelt declared name, P1 explains it.
  return { value, rules };
}

const templateRegex = (template: string): { re: RegExp; names: string[] } => {
  const names: string[] = [];
  const source = template
    .split(/(\{[^{}]+\})/)
    .map((piece) => {
      const m = /^\{([^{}]+)\}$/.exec(piece);
      if (!m) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]!);
      return '([^/]*)';
    })
    .join('');
  return { re: new RegExp(`^${source}$`), names };
};

const splitUrl = (url: string): { path: string; search: string } => {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, search: '' } : { path: url.slice(0, q), search: url.slice(q + 1) };
};

// ---------------------------------------------------------------------------
// The client's verdict

function bodyIssues(op: Op, c: FuzzCase): { reason: string; pointers: string[] } | undefined {
  if (!op.hasBody || !('requestContentType' in op)) return undefined;
  const media = (c.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (media !== op.requestContentType) return { reason: `transport: media type ${JSON.stringify(c.contentType)} is not ${op.requestContentType}`, pointers: [] };
  if (!c.body) return { reason: 'transport: empty body', pointers: [] };
  let data: unknown;
  try {
    data = JSON.parse(c.body);
  } catch (err) {
    return { reason: `transport: JSON.parse failed (${(err as Error).message})`, pointers: [] };
  }
  const v = opValidators[op.operationId as OperationId].body!;
  return v(data) ? undefined : describeErrors(v);
}

function messageVerdictWith(v: Validator, c: Pick<FuzzCase, 'body'>): Verdict {
  let data: unknown;
  try {
    data = JSON.parse(c.body ?? '');
  } catch (err) {
    return { verdict: 'reject', reason: `JSON.parse failed (${(err as Error).message})`, pointers: [] };
  }
  if (v(data)) return { verdict: 'accept', reason: 'valid', pointers: [] };
  return { verdict: 'reject', ...describeErrors(v) };
}

/** The reasons and JSON Pointers a judge gathers from one case's checks. */
function issueList() {
  const reasons: string[] = [];
  const pointers: string[] = [];
  const add = (d: { reason: string; pointers: string[] } | undefined): void => {
    if (!d) return;
    reasons.push(d.reason);
    pointers.push(...d.pointers);
  };
  return {
    reasons,
    pointers,
    add,
    /** Run a validator (when the operation has one) on a decoded value; its errors under `prefix`. */
    check(validate: Validator | undefined, value: unknown, prefix: string): void {
      if (validate && !validate(value)) add(describeErrors(validate, prefix));
    },
  };
}

/** What the client (transport rules, C1-C6, our validators) says of a case. */
export function clientVerdict(c: FuzzCase): Verdict {
  if (c.channel === 'message') return messageVerdictWith(messageValidators[c.target]!, c);
  if (!isOperation(c.target)) throw new Error(`unknown operation ${c.target}`);
  const op = operations[c.target] as Op;
  const validators = opValidators[c.target];
  const found = issueList();
  const { reasons, pointers } = found;
  const { path, search } = splitUrl(c.url);
  const { re, names } = templateRegex(op.path);
  const m = re.exec(path);
  if (!m) return { verdict: 'reject', reason: `the path ${path} does not fit ${op.path}`, pointers: [] };
  const pathValues: Record<string, string> = {};
  names.forEach((name, i) => {
    const raw = m[i + 1]!;
    const at = `/path/${escapePointer(name)}`;
    let text: string;
    try {
      text = decodeURIComponent(raw);
    } catch {
      reasons.push(`${at} is not UTF-8 percent-encoding (C6)`);
      pointers.push(at);
      return;
    }
    if (text === '' || text === '.' || text === '..') {
      reasons.push(`${at} ${JSON.stringify(text)} cannot be a path segment (C5)`);
      pointers.push(at);
      return;
    }
    pathValues[name] = text;
  });
  // The segment rules above already name a bad path value: the validator runs on a well-formed path only.
  if (!reasons.length) found.check(validators.path, pathValues, '/path');
  if (validators.query) found.check(validators.query, decodeQueryContract(op.queryParams as readonly Param[], search), '/query');
  found.add(bodyIssues(op, c));
  return reasons.length ? { verdict: 'reject', reason: reasons.join('; '), pointers } : { verdict: 'accept', reason: 'valid', pointers: [] };
}

/** What Prism should answer (P1-P5 over our validators), for an operation's case. */
export function prismModel(c: FuzzCase): ModelVerdict {
  if (!isOperation(c.target)) throw new Error(`prismModel: ${c.target} is not an operation`);
  const op = operations[c.target] as Op;
  const validators = opValidators[c.target];
  const rules = new Set<string>();
  const found = issueList();
  const { reasons, pointers } = found;
  let rejectStatuses = [400];
  const { path: rawPath, search } = splitUrl(c.url);
  const path = new URL(rawPath, 'http://fuzz.invalid').pathname;
  if (path !== rawPath && /(^|\/)(\.|%2e){1,2}(\/|$)/i.test(rawPath)) rules.add('P5 dot segments are resolved');
  const { re, names } = templateRegex(op.path);
  const m = re.exec(path);
  if (!m) {
    rules.add('P5 dot segments are resolved');
    return { verdict: 'reject', reason: `after URL normalisation the path is ${path}, another route`, pointers: [], rules: [...rules], rejectStatuses: [400, 404, 405] };
  }
  const values: Record<string, string> = {};
  names.forEach((name, i) => {
    // decodeURIComponent: malformed encoding crashes Prism (known-issues.ts); the model does not predict crashes.
    let text: string;
    try {
      text = decodeURIComponent(m[i + 1]!);
    } catch {
      text = m[i + 1]!;
    }
    if (text) values[name] = text; // pickBy: an empty value is absent
  });
  found.check(validators.path, values, '/path');
  if (validators.query) {
    const q = decodeQueryPrism(op.queryParams as readonly Param[], search);
    q.rules.forEach((r) => rules.add(r));
    found.check(validators.query, q.value, '/query');
  }
  found.add(bodyIssues(op, c));
  if (rules.has('P5 dot segments are resolved')) rejectStatuses = [400, 404, 405];
  return { verdict: reasons.length ? 'reject' : 'accept', reason: reasons.join('; ') || 'valid', pointers, rules: [...rules], rejectStatuses };
}

/** The independent Ajv's verdict on a server message case. */
export function independentVerdict(independent: Record<string, Validator>, c: FuzzCase): Verdict {
  const v = independent[c.target];
  if (!v) throw new Error(`no independent validator for ${c.target}`);
  return messageVerdictWith(v, c);
}

// ---------------------------------------------------------------------------
// The mock

export interface MockAnswer {
  status: number;
  violations: string[];
  bodySnippet: string;
  problemBody: boolean;
}

export async function askMock(url: string, c: FuzzCase, timeoutMs = 30_000): Promise<MockAnswer> {
  const headers: Record<string, string> = { authorization: 'Bearer fuzz-token' };
  if (c.contentType !== null) headers['content-type'] = c.contentType;
  const res = await fetch(`${url}${c.url}`, {
    method: c.method,
    headers,
    ...(c.body === null ? {} : { body: c.contentType === null ? new Blob([c.body]) : c.body }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let violations: string[] = [];
  try {
    const names = isOperation(c.target) ? parameterNames(c.target) : [];
    violations = parseSlViolations(res.headers.get('sl-violations'))
      .map((v) => prismViolationPath(v, names))
      .filter((v) => v.location === 'request')
      .map((v) => v.path);
  } catch {
    violations = ['(unparseable sl-violations)'];
  }
  return { status: res.status, violations, bodySnippet: text.slice(0, 300), problemBody: (res.headers.get('content-type') ?? '').startsWith('application/problem+json') };
}
