/**
 * Contract verification of a real server: Prism runs as a validating proxy in
 * front of it, the contract scenarios go through the proxy, and every
 * violation is reported with its JSON path.
 *
 * Why Prism runs WITHOUT --errors (measured with Prism 5.14.2): with --errors,
 * Prism answers invalid and unauthenticated requests itself (422/401 problems
 * of its own) without forwarding them, so the server's 400 and 401 answers
 * would never be checked, and a response violation is turned into a Prism 500
 * that hides the server's real status. Without it, every request is forwarded
 * and Prism lists request and response violations in the `sl-violations`
 * header, which is what this module reads.
 *
 * Prism misses some things, so verify adds its own checks: the status the
 * scenario expects, the declared media type (Prism accepts application/json
 * where application/problem+json is declared), and the precompiled Ajv
 * validators of the contract (generated/validators.js) on every body.
 */
import fs from 'node:fs';
import path from 'node:path';
import { operations } from '../../generated/operations.ts';
import * as validators from '../../generated/validators.js';
import { ROOT } from './paths.ts';
import { startPrism, type PrismInstance } from './prism.ts';
import { errorPointer, escapePointer } from '../../src/pointer.ts';

const op = operations.connectCall;
type DeclaredStatus = keyof typeof op.responses;

export interface Scenario {
  name: string;
  description: string;
  /** The status the contract requires for this request. */
  expectedStatus: DeclaredStatus;
  /** Send the bearer token? */
  auth: boolean;
  body: unknown;
  /** The request breaks the contract on purpose: Prism's request violations are expected, not failures. */
  invalidOnPurpose: boolean;
}

export interface Violation {
  scenario: string;
  /** Who found it: Prism (sl-violations), the contract's Ajv validators, or verify's own status/media-type checks. */
  source: 'prism' | 'validator' | 'verify';
  /** Where: response body, response header, response status/media type, or the request. */
  location: 'response.body' | 'response.header' | 'response' | 'request' | 'upstream';
  /** JSON Pointer inside the body (a missing required property at its own path), or the header name. */
  path: string;
  /** Validation keyword / code: enum, type, required, status, media-type, ... */
  code: string;
  message: string;
}

export interface ScenarioResult {
  scenario: Scenario;
  status: number;
  contentType: string;
  violations: Violation[];
}

export interface VerifyReport {
  upstream: string;
  proxyUrl: string;
  results: ScenarioResult[];
  violations: Violation[];
  ok: boolean;
}

const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures', name), 'utf8'));

/** The contract scenarios every server must pass. */
/** Real values for a real server: the fixtures carry the reference's placeholders. */
export interface ScenarioOverrides {
  /** A phoneNumberId of the team behind the token (replaces the reference's placeholder). */
  phoneNumberId?: string;
  /** The number to dial (replaces the reference's "<string>" / the fixture's test number). */
  customerNumber?: string;
}

function withOverrides<T>(body: T, o: ScenarioOverrides): T {
  const b = structuredClone(body) as Record<string, any>;
  if (o.phoneNumberId !== undefined) b['phoneNumberId'] = o.phoneNumberId;
  if (o.customerNumber !== undefined) b['customer'] = { ...(b['customer'] ?? {}), number: o.customerNumber };
  return b as T;
}

export function contractScenarios(overrides: ScenarioOverrides = {}): Scenario[] {
  const minimal = withOverrides(fixture('minimal-request.json') as Record<string, unknown>, overrides);
  return [
    { name: 'reference request', description: "the published reference's full example request", expectedStatus: '200', auth: true, body: withOverrides(fixture('reference-request.json'), overrides), invalidOnPurpose: false },
    { name: 'minimal request', description: 'only the required fields', expectedStatus: '200', auth: true, body: minimal, invalidOnPurpose: false },
    { name: 'invalid request', description: 'direction is not one of inbound|outbound', expectedStatus: '400', auth: true, body: { ...minimal, direction: 'sideways' }, invalidOnPurpose: true },
    { name: 'no token', description: 'no Authorization header', expectedStatus: '401', auth: false, body: minimal, invalidOnPurpose: true },
  ];
}


interface PrismViolation {
  location?: unknown[];
  severity?: string;
  code?: unknown;
  message?: string;
}

/** Parse the sl-violations header; a header that is not a JSON array is itself reported. */
export function parseSlViolations(header: string | null): PrismViolation[] {
  if (!header) return [];
  const parsed: unknown = JSON.parse(header);
  if (!Array.isArray(parsed)) throw new Error(`sl-violations is not a JSON array: ${header.slice(0, 200)}`);
  return parsed as PrismViolation[];
}

/**
 * Turn one Prism violation into a JSON Pointer relative to the body (or the
 * header name). Prism reports a missing required property at its parent, with
 * the name in the message; it is moved to its own path, as the client does.
 */
export function prismViolationPath(v: PrismViolation): { location: Violation['location']; path: string } {
  const loc = (v.location ?? []).map(String);
  const [where, part, ...rest] = loc;
  let segments = rest;
  if (v.code === 'required') {
    const m = /required property '([^']+)'/.exec(v.message ?? '');
    if (m) segments = [...rest, m[1]!];
  }
  const pointer = segments.length ? `/${segments.map(escapePointer).join('/')}` : '';
  if (where === 'request') return { location: 'request', path: part === 'body' ? pointer : `${part ?? ''}${pointer}` };
  if (part === 'body') return { location: 'response.body', path: pointer };
  if (part === 'header' || part === 'headers') return { location: 'response.header', path: rest.join('.') };
  return { location: 'response', path: pointer };
}

type AjvValidator = ((d: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[] | null };

function validatorFor(status: string): AjvValidator | undefined {
  return (validators as unknown as Record<string, AjvValidator | undefined>)[`validateConnectCallResponse${status}`];
}

const mediaType = (ct: string): string => ct.split(';')[0]!.trim().toLowerCase();

/** Check one exchange that went through the proxy. Exported so tests can feed it canned answers. */
export function checkExchange(scenario: Scenario, status: number, headers: Headers, bodyText: string): Violation[] {
  const out: Violation[] = [];
  const add = (v: Omit<Violation, 'scenario'>): void => {
    if (!out.some((o) => o.location === v.location && o.path === v.path && o.code === v.code)) out.push({ scenario: scenario.name, ...v });
  };
  const contentType = headers.get('content-type') ?? '';
  let body: unknown;
  let parsed = false;
  try {
    body = bodyText ? JSON.parse(bodyText) : undefined;
    parsed = bodyText.length > 0;
  } catch {
    parsed = false;
  }
  // Prism could not read the upstream's answer (connection refused, invalid JSON): it answers 500 FetchError itself.
  if (status === 500 && parsed && (body as { type?: unknown })?.type === 'FetchError') {
    add({ source: 'verify', location: 'upstream', path: '', code: 'upstream', message: `Prism could not get a usable answer from the server: ${String((body as { title?: unknown }).title)}` });
    return out;
  }
  let prismViolations: PrismViolation[] = [];
  try {
    prismViolations = parseSlViolations(headers.get('sl-violations'));
  } catch (err) {
    add({ source: 'verify', location: 'response', path: '', code: 'sl-violations', message: (err as Error).message });
  }
  for (const v of prismViolations) {
    const { location, path: p } = prismViolationPath(v);
    if (location === 'request') {
      // Deliberately broken requests are expected to be flagged; a valid scenario flagged means the fixture is stale.
      if (!scenario.invalidOnPurpose) add({ source: 'prism', location, path: p, code: String(v.code ?? 'invalid'), message: `the scenario's own request breaks the contract: ${v.message ?? ''}` });
      continue;
    }
    add({ source: 'prism', location, path: p, code: String(v.code ?? (v.severity === 'Warning' ? 'warning' : 'invalid')), message: v.message ?? '' });
  }
  const declared = (op.responses as Record<string, { contentType: string; schema: string } | undefined>)[String(status)];
  if (String(status) !== scenario.expectedStatus) {
    add({ source: 'verify', location: 'response', path: '', code: 'status', message: `expected HTTP ${scenario.expectedStatus} (${scenario.description}), got ${status}${declared ? '' : ' (a status the contract does not declare)'}` });
  }
  if (declared) {
    if (mediaType(contentType) !== declared.contentType) {
      add({ source: 'verify', location: 'response.header', path: 'content-type', code: 'media-type', message: `HTTP ${status} must be ${declared.contentType}, got ${JSON.stringify(contentType)}` });
    }
    if (!parsed) {
      add({ source: 'verify', location: 'response.body', path: '', code: 'json', message: `HTTP ${status} body is not JSON: ${JSON.stringify(bodyText.slice(0, 120))}` });
    } else {
      const validate = validatorFor(String(status));
      if (validate && !validate(body)) {
        for (const e of validate.errors ?? []) {
          const p = errorPointer(e);
          const allowed = Array.isArray(e.params['allowedValues']) ? `: ${(e.params['allowedValues'] as unknown[]).join(', ')}` : '';
          add({ source: 'validator', location: 'response.body', path: p, code: e.keyword, message: `${e.message ?? 'is invalid'}${allowed}` });
        }
      }
    }
  }
  return out;
}

export interface VerifyOptions {
  upstream: string;
  /** Bearer token sent in the authenticated scenarios. Default "test-token". */
  token?: string;
  /** Contract to verify against. Default generated/openapi.yaml. */
  spec?: string;
  scenarios?: Scenario[];
  /** Real phoneNumberId / customer number for the default scenarios. */
  overrides?: ScenarioOverrides;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
}

/** Start a validating proxy in front of `upstream`, run the scenarios through it, stop it. */
export async function verifyUpstream(opts: VerifyOptions): Promise<VerifyReport> {
  let upstreamUrl: URL;
  try {
    upstreamUrl = new URL(opts.upstream);
  } catch {
    throw new TypeError(`verify: --upstream is not a valid URL: ${JSON.stringify(opts.upstream)}`);
  }
  if (upstreamUrl.protocol !== 'http:' && upstreamUrl.protocol !== 'https:') throw new TypeError(`verify: --upstream must be an http(s) URL, got ${opts.upstream}`);
  const token = opts.token ?? 'test-token';
  const scenarios = opts.scenarios ?? contractScenarios(opts.overrides);
  let prism: PrismInstance | undefined;
  try {
    prism = await startPrism({ mode: 'proxy', upstream: opts.upstream, ...(opts.spec ? { spec: opts.spec } : {}) });
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const headers: Record<string, string> = { 'content-type': op.requestContentType, accept: 'application/json, application/problem+json' };
      if (scenario.auth) headers['authorization'] = `Bearer ${token}`;
      let res: Response;
      try {
        res = await fetch(`${prism.url}${op.path}`, { method: op.method.toUpperCase(), headers, body: JSON.stringify(scenario.body), signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
      } catch (err) {
        const v: Violation = { scenario: scenario.name, source: 'verify', location: 'upstream', path: '', code: 'network', message: `no answer through the proxy: ${(err as Error).message}` };
        results.push({ scenario, status: 0, contentType: '', violations: [v] });
        continue;
      }
      const text = await res.text();
      results.push({ scenario, status: res.status, contentType: res.headers.get('content-type') ?? '', violations: checkExchange(scenario, res.status, res.headers, text) });
    }
    const violations = results.flatMap((r) => r.violations);
    return { upstream: opts.upstream, proxyUrl: prism.url, results, violations, ok: violations.length === 0 };
  } finally {
    await prism?.stop();
  }
}

export function formatReport(report: VerifyReport): string {
  const lines = [`verify: ${report.upstream} through a Prism validating proxy`];
  for (const r of report.results) {
    const mark = r.violations.length ? 'FAIL' : 'ok  ';
    lines.push(`  ${mark} ${r.scenario.name} (${r.scenario.description}): expected ${r.scenario.expectedStatus}, got ${r.status || 'no answer'}`);
    for (const v of r.violations) {
      const where = v.location === 'response.body' ? `body ${v.path || '(root)'}` : v.location === 'response.header' ? `header ${v.path}` : v.location === 'request' ? `request ${v.path || '(body)'}` : v.location;
      lines.push(`         ${where} [${v.code}, ${v.source}] ${v.message}`);
    }
  }
  lines.push(report.ok ? `verify: all ${report.results.length} scenarios keep the contract` : `verify: ${report.violations.length} violation(s) in ${report.results.filter((r) => r.violations.length).length} of ${report.results.length} scenarios`);
  return lines.join('\n');
}
