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
import { checkExchange, prismUnreachable, type Violation } from './check.ts';
import { probeUpstream, unreachableMessage, type ProbeOptions, type UpstreamProblem } from './reach.ts';
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

/** The upstream could not be reached: found by the probe before Prism started (nothing ran), or by the proxy during the run. */
export interface Unreachable extends UpstreamProblem {
  /** The scenario whose answer showed it (undefined: the probe found it before anything ran). */
  scenario?: string;
  /** Scenarios answered before that one. */
  checked: number;
}

export interface VerifyReport {
  upstream: string;
  /** The proxy's URL; undefined when the probe found the upstream unreachable and Prism was never started. */
  proxyUrl: string | undefined;
  /** Where the call ID of getCall/controlCall came from: "--call-id", a scenario's name, or undefined when there was none. */
  callIdFrom: string | undefined;
  results: ScenarioResult[];
  violations: Violation[];
  /** Set when the upstream could not be reached (verify exits 3): the results are then empty or incomplete. */
  unreachable?: Unreachable;
  ok: boolean;
}

export interface RunOptions {
  /** Bearer token sent in the authenticated scenarios. Default "test-token". */
  token?: string;
  /** Use this call for getCall/controlCall instead of the one Connect Call created (a real server's connect ID may not be gettable yet). */
  callId?: string;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
  /** Stop at the first answer in which the proxy says it could not reach the upstream (verifyUpstream sets it). */
  stopWhenUnreachable?: boolean;
}

export interface VerifyOptions extends RunOptions, ScenarioOptions {
  upstream: string;
  /** Contract to verify against. Default generated/openapi.yaml. */
  spec?: string;
  /** Default: contractScenarios(options). */
  scenarios?: Scenario[];
  /** The reachability probe made before Prism starts (timeout, lookup). */
  probe?: ProbeOptions;
}

/**
 * Send the scenarios to `baseUrl` in order (a page of List Calls is followed
 * by the next one), carrying the call ID along the chain, and check each
 * answer. verifyUpstream points this at the proxy.
 */
export async function runScenarios(baseUrl: string, scenarios: Scenario[], opts: RunOptions = {}): Promise<{ results: ScenarioResult[]; callIdFrom: string | undefined; unreachable?: Unreachable }> {
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
      res = await fetch(`${baseUrl}${target}`, {
        method,
        headers,
        ...(scenario.body === undefined ? {} : { body: JSON.stringify(scenario.body) }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      });
      text = await res.text();
    } catch (err) {
      fail('network', `no answer through the proxy: ${(err as Error).message}`, 'upstream', target);
      continue;
    }
    const result: ScenarioResult = {
      scenario,
      request: { method, path: target },
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      violations: checkExchange(scenario, res.status, res.headers, text),
    };
    results.push(result);
    const gone = opts.stopWhenUnreachable ? prismUnreachable(res.status, text) : undefined;
    if (gone) return { results, callIdFrom, unreachable: { ...gone, scenario: scenario.name, checked: results.length - 1 } };
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
    throw new TypeError(`verify: --upstream is not a valid URL: ${JSON.stringify(opts.upstream)}; pass an http(s) URL, e.g. http://127.0.0.1:4010`);
  }
  if (upstreamUrl.protocol !== 'http:' && upstreamUrl.protocol !== 'https:')
    throw new TypeError(`verify: --upstream must be an http(s) URL, got ${JSON.stringify(opts.upstream)}; pass one such as http://127.0.0.1:4010`);
  if (opts.callId !== undefined && !opts.callId) throw new TypeError('verify: --call-id must not be empty; pass the ID of a call the server knows, or leave it out');
  const scenarios = opts.scenarios ?? contractScenarios(opts);
  // A server that cannot be reached is reported as that, before seconds go into starting Prism.
  const probe = await probeUpstream(opts.upstream, opts.probe);
  if (!probe.reachable) {
    return {
      upstream: opts.upstream,
      proxyUrl: undefined,
      callIdFrom: opts.callId === undefined ? undefined : '--call-id',
      results: [],
      violations: [],
      unreachable: { ...probe.problem, checked: 0 },
      ok: false,
    };
  }
  let prism: PrismInstance | undefined;
  try {
    prism = await startPrism({ mode: 'proxy', upstream: opts.upstream, ...(opts.spec ? { spec: opts.spec } : {}) });
    const { results, callIdFrom, unreachable } = await runScenarios(prism.url, scenarios, { ...opts, stopWhenUnreachable: true });
    // The answer that showed the upstream gone is the reason the run stopped, not a contract violation.
    const violations = results.flatMap((r) => r.violations).filter((v) => !(unreachable && v.scenario === unreachable.scenario && v.code === 'unreachable'));
    return { upstream: opts.upstream, proxyUrl: prism.url, callIdFrom, results, violations, ...(unreachable ? { unreachable } : {}), ok: violations.length === 0 && !unreachable };
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
      const where =
        v.location === 'response.body' ? `body ${v.path || '(root)'}` : v.location === 'response.header' ? `header ${v.path}` : v.location === 'request' ? `request ${v.path || '(body)'}` : v.location;
      lines.push(`         ${where} [${v.code}, ${v.source}] ${v.message}`);
    }
    if (r.note) lines.push(`         note: ${r.note}`);
  }
  lines.push(`verify: call ID for getCall/controlCall from ${report.callIdFrom ?? 'nowhere (none was available)'}`);
  if (report.unreachable) {
    lines.push(`verify: ${report.violations.length} violation(s) in the ${report.unreachable.checked} scenario(s) answered before the upstream could no longer be reached`);
  } else if (report.ok) {
    lines.push(`verify: all ${report.results.length} scenarios keep the contract`);
  } else {
    const failed = report.results.filter((r) => r.violations.length).length;
    lines.push(
      `verify: ${report.violations.length} violation(s) in ${failed} of ${report.results.length} scenarios; each is listed above with its JSON path: fix the server (or the contract, if it is the one that is wrong) and run verify again`,
    );
  }
  return lines.join('\n');
}

/** The message for an unreachable upstream (verify exits 3), or undefined when it was reached. */
export function formatUnreachable(report: VerifyReport): string | undefined {
  const u = report.unreachable;
  if (!u) return undefined;
  return unreachableMessage(report.upstream, u, u.scenario === undefined ? undefined : { scenario: u.scenario, checked: u.checked });
}
