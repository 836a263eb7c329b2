/**
 * Contract verification of a real server: Prism runs as a validating proxy in
 * front of it, the chained contract scenarios (scenarios.ts) go through the
 * proxy, and every violation is reported with its JSON path (check.ts).
 *
 * Why Prism runs WITHOUT --errors (measured with Prism 5.14.2): with --errors,
 * Prism answers invalid and unauthenticated requests itself (422/401 problems
 * of its own) without forwarding them, so the server's 400 and 401 answers
 * would never be checked, and a response violation is turned into a Prism 500
 * that hides the server's real status. Without it, every request is forwarded
 * and Prism lists request and response violations in the `sl-violations`
 * header.
 */
import { operations } from '../../../generated/operations.ts';
import { startPrism, type PrismInstance } from '../prism.ts';
import { checkExchange, type Violation } from './check.ts';
import { contractScenarios, requestPath, type Scenario, type ScenarioOptions } from './scenarios.ts';

export interface ScenarioResult {
  scenario: Scenario;
  /** What was sent: method and path with its query (never a header, so never the token). */
  request: { method: string; path: string };
  /** 0 when there was no answer, or the scenario could not be sent. */
  status: number;
  contentType: string;
  violations: Violation[];
  /** Something worth knowing that is not a violation (e.g. paging stopped at its bound). */
  note?: string;
}

export interface VerifyReport {
  upstream: string;
  proxyUrl: string;
  /** Where the call ID of getCall/controlCall came from: "--call-id", a scenario's name, or undefined when there was none. */
  callIdFrom: string | undefined;
  results: ScenarioResult[];
  violations: Violation[];
  ok: boolean;
}

export interface RunOptions {
  /** Bearer token sent in the authenticated scenarios. Default "test-token". */
  token?: string;
  /** Use this call for getCall/controlCall instead of the one Connect Call created (a real server's connect ID may not be gettable yet). */
  callId?: string;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
}

export interface VerifyOptions extends RunOptions, ScenarioOptions {
  upstream: string;
  /** Contract to verify against. Default generated/openapi.yaml. */
  spec?: string;
  /** Default: contractScenarios(options). */
  scenarios?: Scenario[];
}

/**
 * Send the scenarios to `baseUrl` in order (a page of List Calls is followed
 * by the next one), carrying the call ID along the chain, and check each
 * answer. verifyUpstream points this at the proxy.
 */
export async function runScenarios(baseUrl: string, scenarios: Scenario[], opts: RunOptions = {}): Promise<{ results: ScenarioResult[]; callIdFrom: string | undefined }> {
  const token = opts.token ?? 'test-token';
  let callId = opts.callId;
  let callIdFrom: string | undefined = callId === undefined ? undefined : '--call-id';
  const results: ScenarioResult[] = [];
  const queue = [...scenarios];
  for (let scenario = queue.shift(); scenario; scenario = queue.shift()) {
    const op = operations[scenario.operationId];
    const method = op.method.toUpperCase();
    const fail = (code: string, message: string, location: Violation['location'] = 'upstream', p: string = op.path): void => {
      results.push({ scenario: scenario!, request: { method, path: p }, status: 0, contentType: '', violations: [{ scenario: scenario!.name, source: 'verify', location, path: '', code, message }] });
    };
    const params = { ...(scenario.path ?? {}) };
    if (scenario.usesCallId) {
      if (callId === undefined) {
        fail('chain', 'not sent: there is no call ID to use (Connect Call answered with none); pass --call-id <id> of a call the server knows', 'request');
        continue;
      }
      params['id'] = callId;
    }
    const query = scenario.query ? `?${new URLSearchParams(scenario.query).toString()}` : '';
    const target = `${requestPath(scenario.operationId, params)}${query}`;
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (scenario.body !== undefined) headers['content-type'] = (op as { requestContentType?: string }).requestContentType ?? 'application/json';
    if (scenario.auth) headers['authorization'] = `Bearer ${token}`;
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${baseUrl}${target}`, { method, headers, ...(scenario.body === undefined ? {} : { body: JSON.stringify(scenario.body) }), signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
      text = await res.text();
    } catch (err) {
      fail('network', `no answer through the proxy: ${(err as Error).message}`, 'upstream', target);
      continue;
    }
    const result: ScenarioResult = { scenario, request: { method, path: target }, status: res.status, contentType: res.headers.get('content-type') ?? '', violations: checkExchange(scenario, res.status, res.headers, text) };
    results.push(result);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (res.ok && scenario.providesCallId && callId === undefined) {
      const id = (body as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && id) {
        callId = id;
        callIdFrom = scenario.name;
      }
    }
    if (res.ok && scenario.nextPage) {
      const next = scenario.nextPage(body);
      if (typeof next === 'string') result.note = next;
      else if (next) queue.unshift(next);
    }
  }
  return { results, callIdFrom };
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
  if (opts.callId !== undefined && !opts.callId) throw new TypeError('verify: --call-id must not be empty');
  const scenarios = opts.scenarios ?? contractScenarios(opts);
  let prism: PrismInstance | undefined;
  try {
    prism = await startPrism({ mode: 'proxy', upstream: opts.upstream, ...(opts.spec ? { spec: opts.spec } : {}) });
    const { results, callIdFrom } = await runScenarios(prism.url, scenarios, opts);
    const violations = results.flatMap((r) => r.violations);
    return { upstream: opts.upstream, proxyUrl: prism.url, callIdFrom, results, violations, ok: violations.length === 0 };
  } finally {
    await prism?.stop();
  }
}

export function formatReport(report: VerifyReport): string {
  const lines = [`verify: ${report.upstream} through a Prism validating proxy`];
  for (const r of report.results) {
    const mark = r.violations.length ? 'FAIL' : 'ok  ';
    lines.push(`  ${mark} ${r.scenario.name} (${r.scenario.description}): ${r.request.method} ${r.request.path}, expected ${r.scenario.expectedStatus}, got ${r.status || 'no answer'}`);
    for (const v of r.violations) {
      const where = v.location === 'response.body' ? `body ${v.path || '(root)'}` : v.location === 'response.header' ? `header ${v.path}` : v.location === 'request' ? `request ${v.path || '(body)'}` : v.location;
      lines.push(`         ${where} [${v.code}, ${v.source}] ${v.message}`);
    }
    if (r.note) lines.push(`         note: ${r.note}`);
  }
  lines.push(`verify: call ID for getCall/controlCall from ${report.callIdFrom ?? 'nowhere (none was available)'}`);
  lines.push(report.ok ? `verify: all ${report.results.length} scenarios keep the contract` : `verify: ${report.violations.length} violation(s) in ${report.results.filter((r) => r.violations.length).length} of ${report.results.length} scenarios`);
  return lines.join('\n');
}
