/**
 * npm run verify -- --upstream <url> [--token <token>] [--call-id <id>] [--phone-number-id <id>] [--customer-number <number>] [--json]
 *
 * Checks a real server against the contract: Prism runs as a validating proxy
 * in front of it and the contract scenarios go through it, chained as a user
 * would: Connect Call (the reference request and the minimal request), Get
 * Call on the call it created (or --call-id), List Calls over a window around
 * now page by page, Control Call `say` on that call; then, for each
 * operation, an invalid request (400), no token (401) and an unknown call ID
 * (404). Every violation is printed with its JSON path.
 * Before Prism starts, one bounded request checks that the upstream answers
 * at all: a server that is down, a host that does not resolve, a certificate
 * Node refuses or no answer in time is reported as such, not as violations.
 * Exit code: 0 all scenarios keep the contract, 1 violations, 2 bad usage,
 * 3 the upstream cannot be reached, 4 verify itself could not run (Prism did
 * not start).
 *
 * Careful: the Connect Call scenarios ask the server to place phone calls and
 * Control Call makes the assistant speak. Point this at a test environment or
 * a local server, not at production.
 * The token defaults to $CONNECT_CALL_TOKEN, else "test-token"; it is never printed.
 */
import type { ScenarioOverrides } from './lib/verify/scenarios.ts';
import { parseFlags, reportUsage, runMain, UsageError, type CommandHelp } from './lib/cli.ts';

// Prism, the validators and the contract load only once the flags are known
// to be good: a bad flag or --help answers at once.

export const HELP: CommandHelp = {
  usage: 'npm run verify -- --upstream <http(s) URL> [--token <token>] [--call-id <id>] [--phone-number-id <id>] [--customer-number <number>] [--json]',
  summary:
    'Check a server against the contract through a Prism validating proxy: Connect Call, then Get Call on the call it created (or --call-id), List Calls page by page over a window around now, Control Call `say` on that call, then each operation with an invalid request (400), no token (401) and an unknown call ID (404). Every violation is printed with its JSON path. First, one bounded request (5 s) checks that the upstream answers at all: an upstream that cannot be reached (connection refused, DNS, TLS, timeout) is reported as that, with exit code 3, and nothing is checked. The scenarios place real calls: use a test environment.',
  flags: {
    '--upstream <url>': 'the server to check (required)',
    '--token <token>': 'bearer token (default: $CONNECT_CALL_TOKEN, else "test-token"); never printed',
    '--call-id <id>': 'a call the server knows, for Get Call and Control Call (default: $CONNECT_CALL_CALL_ID, else the id Connect Call answers with, which a real server may not serve yet)',
    '--phone-number-id <id>': "a phone number ID of the token's team (default: $CONNECT_CALL_PHONE_NUMBER_ID, else the reference's placeholder)",
    '--customer-number <n>': "the number to dial, e.g. a test line (default: $CONNECT_CALL_CUSTOMER_NUMBER, else the examples' placeholders)",
    '--json': 'print the report as JSON',
  },
  exitCodes: {
    0: 'every scenario keeps the contract',
    1: 'violations (each printed with its JSON path)',
    2: 'bad command line (the flag is named)',
    3: 'the upstream cannot be reached: connection refused, DNS, TLS or timeout (nothing, or not everything, was checked)',
    4: 'verify itself could not run: Prism did not start (its last output is printed)',
  },
};

export interface VerifyArgs {
  upstream: string;
  token: string;
  json: boolean;
  callId: string | undefined;
  overrides: ScenarioOverrides;
}

export function parseVerifyArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): VerifyArgs {
  const f = parseFlags(
    'verify',
    argv,
    { upstream: { type: 'string' }, token: { type: 'string' }, 'call-id': { type: 'string' }, 'phone-number-id': { type: 'string' }, 'customer-number': { type: 'string' }, json: { type: 'boolean' } },
    HELP,
  );
  const usage = `usage: ${HELP.usage} (--help for more)`;
  const upstream = f.upstream;
  if (!upstream) throw new UsageError(`verify: --upstream is required; pass the server to check, e.g. --upstream http://127.0.0.1:4010\n${usage}`);
  let u: URL;
  try {
    u = new URL(upstream);
  } catch {
    throw new UsageError(`verify: --upstream is not a valid URL: ${JSON.stringify(upstream)}; pass an http(s) URL, e.g. --upstream http://127.0.0.1:4010`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`verify: --upstream must be an http(s) URL, got ${JSON.stringify(upstream)}; pass one such as http://127.0.0.1:4010`);
  if (f['call-id'] !== undefined && !f['call-id'].trim()) throw new UsageError('verify: --call-id must not be empty; pass the ID of a call the server knows, or leave the flag out');
  const callId = f['call-id'] ?? (env['CONNECT_CALL_CALL_ID'] || undefined);
  const phoneNumberId = f['phone-number-id'] ?? env['CONNECT_CALL_PHONE_NUMBER_ID'];
  const customerNumber = f['customer-number'] ?? env['CONNECT_CALL_CUSTOMER_NUMBER'];
  const overrides: ScenarioOverrides = {
    ...(phoneNumberId ? { phoneNumberId } : {}),
    ...(customerNumber ? { customerNumber } : {}),
  };
  return { upstream, token: f.token ?? env['CONNECT_CALL_TOKEN'] ?? 'test-token', json: Boolean(f.json), callId, overrides };
}

export async function main(argv: string[]): Promise<number> {
  let args: VerifyArgs;
  try {
    args = parseVerifyArgs(argv);
  } catch (err) {
    return reportUsage(err);
  }
  const [{ formatReport, formatUnreachable, verifyUpstream }, { PrismStartError }] = await Promise.all([import('./lib/verify/run.ts'), import('./lib/prism.ts')]);
  let report: Awaited<ReturnType<typeof verifyUpstream>>;
  try {
    report = await verifyUpstream({ upstream: args.upstream, token: args.token, overrides: args.overrides, ...(args.callId ? { callId: args.callId } : {}) });
  } catch (err) {
    if (!(err instanceof PrismStartError)) throw err;
    console.error(
      `verify: the Prism validating proxy did not start, so nothing was checked; see Prism's output below, then run verify again (PRISM_READY_TIMEOUT_MS=<ms> allows a slow machine more time).\n${err.message}`,
    );
    return 4;
  }
  const unreachable = formatUnreachable(report);
  if (args.json) {
    const results = report.results.map((r) => ({
      scenario: r.scenario.name,
      operationId: r.scenario.operationId,
      request: r.request,
      expectedStatus: Number(r.scenario.expectedStatus),
      status: r.status,
      ...(r.note ? { note: r.note } : {}),
    }));
    const u = report.unreachable ? { unreachable: { ...report.unreachable, message: unreachable } } : {};
    console.log(JSON.stringify({ upstream: report.upstream, ok: report.ok, callIdFrom: report.callIdFrom ?? null, results, violations: report.violations, ...u }, null, 2));
  } else if (report.results.length || !unreachable) {
    console.log(formatReport(report));
  }
  if (unreachable) {
    console.error(unreachable);
    return 3;
  }
  return report.ok ? 0 : 1;
}

runMain(import.meta.url, main, 4);
