/**
 * Can the upstream be reached at all? verify asks before it starts Prism, so
 * that a server that is down, a host name that does not resolve, a
 * certificate Node does not trust or a server that never answers is reported
 * as what it is ("cannot reach the upstream", exit 3), not as every scenario
 * failing with Prism's "500 FetchError" counted as contract violations.
 *
 * The probe is one bounded GET of the upstream URL as given, without the
 * token (it goes nowhere but the upstream, and the probe needs no
 * authorisation). Any HTTP answer at all, a 404 included, means reachable:
 * whether the answers keep the contract is what the scenarios find out.
 *
 * The same classifier reads the reason Prism gives when it could not reach
 * the upstream during the run (the title of its FetchError answer).
 */
import http from 'node:http';
import https from 'node:https';

/** Why the upstream could not be reached. */
export type UnreachableKind = 'refused' | 'dns' | 'tls' | 'timeout' | 'reset' | 'network';

export interface UpstreamProblem {
  kind: UnreachableKind;
  /** The error code when there is one (ECONNREFUSED, ENOTFOUND, DEPTH_ZERO_SELF_SIGNED_CERT, ...). */
  code?: string;
  /** What the network layer said, e.g. "connect ECONNREFUSED 127.0.0.1:1". */
  detail: string;
}

/** Node's TLS error codes for a certificate or handshake it refused. */
const TLS_CODES = /^(?:ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(?:VERIFY|GET)_|HOSTNAME_MISMATCH|EPROTO)/;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/**
 * Classify a network error (a node:http error, fetch's `cause`, or a bare
 * message such as Prism's FetchError title): connection refused, DNS
 * (ENOTFOUND, EAI_AGAIN), TLS (certificate or handshake errors), timeout,
 * reset. Undefined when it is none of these (e.g. "invalid json response
 * body": the server answered, badly, and that is a contract matter).
 */
export function classifyNetworkError(err: unknown): UpstreamProblem | undefined {
  const e = (typeof err === 'string' ? { message: err } : (err ?? {})) as ErrorLike;
  if (e.cause && typeof e.cause === 'object') {
    const inner = classifyNetworkError(e.cause);
    if (inner) return inner;
  }
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message = typeof e.message === 'string' ? e.message : String(err);
  const detail = code && !message.includes(code) ? `${code} ${message}` : message;
  const withCode = (kind: UnreachableKind, found?: string): UpstreamProblem => ({ kind, ...((code ?? found) ? { code: code ?? found } : {}), detail });
  const inText = (re: RegExp): string | undefined => re.exec(message)?.[0];
  if (code === 'ECONNREFUSED' || inText(/\bECONNREFUSED\b/)) return withCode('refused', 'ECONNREFUSED');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL') return withCode('dns');
  const dnsText = inText(/\b(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)\b/);
  if (dnsText) return withCode('dns', dnsText);
  if ((code && TLS_CODES.test(code)) || /certificate|\bssl\b|\btls\b|handshake/i.test(message)) return withCode('tls', inText(/\b[A-Z_]*CERT[A-Z_]*\b/));
  if (e.name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || inText(/\bETIMEDOUT\b/))
    return withCode('timeout', inText(/\bETIMEDOUT\b/));
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || inText(/\bECONNRESET\b|socket hang up/)) return withCode('reset', inText(/\bECONNRESET\b/));
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL' || inText(/\bE(?:HOST|NET)UNREACH\b/)) return withCode('network', inText(/\bE(?:HOST|NET)UNREACH\b/));
  return undefined;
}

export type ProbeResult = { reachable: true; status: number } | { reachable: false; problem: UpstreamProblem };

export interface ProbeOptions {
  /** The whole probe (DNS, connect, TLS, the answer's status line) must finish within this. Default 5000 ms. */
  timeoutMs?: number;
  /** Host name lookup (node:dns lookup's signature); tests pass one that fails, so no DNS query leaves the machine. */
  lookup?: http.RequestOptions['lookup'];
}

export const DEFAULT_PROBE_TIMEOUT_MS = 5000;

/** One bounded GET of `upstream`: reachable as soon as any HTTP status line arrives. Never throws. */
export function probeUpstream(upstream: string, opts: ProbeOptions = {}): Promise<ProbeResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  return new Promise<ProbeResult>((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const done = (r: ProbeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(r);
    };
    let url: URL;
    try {
      url = new URL(upstream);
    } catch {
      resolve({ reachable: false, problem: { kind: 'network', detail: `not a URL: ${upstream}` } });
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, { method: 'GET', headers: { accept: '*/*', 'user-agent': 'connect-call-verify (reachability probe)' }, ...(opts.lookup ? { lookup: opts.lookup } : {}) });
    timer = setTimeout(() => done({ reachable: false, problem: { kind: 'timeout', detail: `no answer within ${timeoutMs} ms` } }), timeoutMs);
    req.on('response', (res) => {
      res.resume();
      done({ reachable: true, status: res.statusCode ?? 0 });
    });
    req.on('error', (err) => {
      done({
        reachable: false,
        problem: classifyNetworkError(err) ?? { kind: 'network', ...((err as NodeJS.ErrnoException).code ? { code: (err as NodeJS.ErrnoException).code! } : {}), detail: err.message },
      });
    });
    req.end();
  });
}

const WHAT: Record<UnreachableKind, string> = {
  refused: 'connection refused',
  dns: 'DNS: the host name does not resolve',
  tls: 'TLS: the certificate or handshake was refused',
  timeout: 'timeout',
  reset: 'the connection was closed before an answer',
  network: 'network error',
};

const NEXT: Record<UnreachableKind, string> = {
  refused: 'Is the server running? Check --upstream.',
  dns: 'Check the host name in --upstream (and your network or VPN).',
  tls: "Node does not trust the server's certificate: use the server's http:// URL, or start verify with NODE_EXTRA_CA_CERTS=<its CA .pem>. Check --upstream.",
  timeout: 'Is the server up and answering (a firewall can swallow connections)? Check --upstream.',
  reset: 'Is it still running, is it an HTTP(S) server, and does the scheme in --upstream (http or https) match it? Check --upstream.',
  network: 'Check --upstream and your network.',
};

/** What happened, in words: "connection refused: connect ECONNREFUSED 127.0.0.1:1". */
export function describeProblem(p: UpstreamProblem): string {
  return `${WHAT[p.kind]}: ${p.detail}`;
}

/**
 * The one-paragraph report: `verify: cannot reach the upstream <url> (<why>);
 * <what was checked>. <what to do>`. `during` names the scenario at which the
 * proxy found the upstream gone (undefined: found by the probe, nothing ran).
 */
export function unreachableMessage(upstream: string, p: UpstreamProblem, during?: { scenario: string; checked: number }): string {
  const checked = during ? `the run stopped at "${during.scenario}" after ${during.checked} scenario(s) were answered; the report above is incomplete` : 'nothing was checked';
  return `verify: cannot reach the upstream ${upstream} (${describeProblem(p)}); ${checked}. ${NEXT[p.kind]}`;
}
