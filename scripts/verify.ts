/**
 * npm run verify -- --upstream <url> [--token <token>] [--json]
 *
 * Checks a real server against the contract: Prism runs as a validating proxy
 * in front of it, the contract scenarios (reference request, minimal request,
 * an invalid request expecting 400, a request without a token expecting 401)
 * go through it, and every violation is printed with its JSON path.
 * Exit code: 0 all scenarios keep the contract, 1 violations, 2 bad usage.
 *
 * Careful: the two valid scenarios ask the server to place a phone call. Point
 * this at a test environment or a local server, not at production.
 * The token defaults to $CONNECT_CALL_TOKEN, else "test-token"; it is never printed.
 */
import { formatReport, verifyUpstream, type ScenarioOverrides } from './lib/verify.ts';
import { parseFlags, runMain } from './lib/cli.ts';

const USAGE = `usage: npm run verify -- --upstream <http(s) URL> [--token <token>] [--phone-number-id <id>] [--customer-number <number>] [--json]
  --token            bearer token (default: $CONNECT_CALL_TOKEN, else "test-token"); never printed
  --phone-number-id  a phone number ID of the token's team (default: $CONNECT_CALL_PHONE_NUMBER_ID, else the reference's placeholder)
  --customer-number  the number to dial, e.g. a test line (default: $CONNECT_CALL_CUSTOMER_NUMBER, else the fixtures' placeholders)
  --json             print the report as JSON`;

export interface VerifyArgs {
  upstream: string;
  token: string;
  json: boolean;
  overrides: ScenarioOverrides;
}

export function parseVerifyArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): VerifyArgs {
  const f = parseFlags(
    'verify',
    argv,
    { upstream: { type: 'string' }, token: { type: 'string' }, 'phone-number-id': { type: 'string' }, 'customer-number': { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
  );
  const upstream = f.upstream;
  if (!upstream) throw new Error(`verify: --upstream is required\n${USAGE}`);
  let u: URL;
  try {
    u = new URL(upstream);
  } catch {
    throw new Error(`verify: --upstream is not a valid URL: ${JSON.stringify(upstream)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`verify: --upstream must be an http(s) URL, got ${JSON.stringify(upstream)}`);
  const phoneNumberId = f['phone-number-id'] ?? env['CONNECT_CALL_PHONE_NUMBER_ID'];
  const customerNumber = f['customer-number'] ?? env['CONNECT_CALL_CUSTOMER_NUMBER'];
  const overrides: ScenarioOverrides = {
    ...(phoneNumberId ? { phoneNumberId } : {}),
    ...(customerNumber ? { customerNumber } : {}),
  };
  return { upstream, token: f.token ?? env['CONNECT_CALL_TOKEN'] ?? 'test-token', json: Boolean(f.json), overrides };
}

export async function main(argv: string[]): Promise<number> {
  let args: VerifyArgs;
  try {
    args = parseVerifyArgs(argv);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const report = await verifyUpstream({ upstream: args.upstream, token: args.token, overrides: args.overrides });
  if (args.json) {
    console.log(JSON.stringify({ upstream: report.upstream, ok: report.ok, results: report.results.map((r) => ({ scenario: r.scenario.name, expectedStatus: Number(r.scenario.expectedStatus), status: r.status })), violations: report.violations }, null, 2));
  } else {
    console.log(formatReport(report));
  }
  return report.ok ? 0 : 1;
}

runMain(import.meta.url, main);
