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
 * Exit code: 0 all scenarios keep the contract, 1 violations, 2 bad usage.
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
    'Check a server against the contract through a Prism validating proxy: Connect Call, then Get Call on the call it created (or --call-id), List Calls page by page over a window around now, Control Call `say` on that call, then each operation with an invalid request (400), no token (401) and an unknown call ID (404). Every violation is printed with its JSON path. The scenarios place real calls: use a test environment.',
  flags: {
    '--upstream <url>': 'the server to check (required)',
    '--token <token>': 'bearer token (default: $CONNECT_CALL_TOKEN, else "test-token"); never printed',
    '--call-id <id>': 'a call the server knows, for Get Call and Control Call (default: $CONNECT_CALL_CALL_ID, else the id Connect Call answers with, which a real server may not serve yet)',
    '--phone-number-id <id>': "a phone number ID of the token's team (default: $CONNECT_CALL_PHONE_NUMBER_ID, else the reference's placeholder)",
    '--customer-number <n>': "the number to dial, e.g. a test line (default: $CONNECT_CALL_CUSTOMER_NUMBER, else the examples' placeholders)",
    '--json': 'print the report as JSON',
  },
  exitCodes: { 0: 'every scenario keeps the contract', 1: 'violations (each printed with its JSON path)', 2: 'bad command line (the flag is named)' },
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
  if (!upstream) throw new UsageError(`verify: --upstream is required\n${usage}`);
  let u: URL;
  try {
    u = new URL(upstream);
  } catch {
    throw new UsageError(`verify: --upstream is not a valid URL: ${JSON.stringify(upstream)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`verify: --upstream must be an http(s) URL, got ${JSON.stringify(upstream)}`);
  if (f['call-id'] !== undefined && !f['call-id'].trim()) throw new UsageError('verify: --call-id must not be empty');
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
  const { formatReport, verifyUpstream } = await import('./lib/verify/run.ts');
  const report = await verifyUpstream({ upstream: args.upstream, token: args.token, overrides: args.overrides, ...(args.callId ? { callId: args.callId } : {}) });
  if (args.json) {
    const results = report.results.map((r) => ({ scenario: r.scenario.name, operationId: r.scenario.operationId, request: r.request, expectedStatus: Number(r.scenario.expectedStatus), status: r.status, ...(r.note ? { note: r.note } : {}) }));
    console.log(JSON.stringify({ upstream: report.upstream, ok: report.ok, callIdFrom: report.callIdFrom ?? null, results, violations: report.violations }, null, 2));
  } else {
    console.log(formatReport(report));
  }
  return report.ok ? 0 : 1;
}

runMain(import.meta.url, main);
