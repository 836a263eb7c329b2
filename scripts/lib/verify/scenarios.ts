/**
 * The scenarios verify sends through the validating proxy, for every
 * operation of the contract, chained the way a user works:
 *
 *   connectCall (reference request, minimal request)  → learns the call's id
 *   getCall     that id (or --call-id)
 *   listCalls   a window around now, page after page up to a bound
 *   controlCall say, on that id
 *
 * followed by the negative checks: an invalid request (400), no token (401)
 * and, where the operation declares it, an unknown call ID (404).
 *
 * The request bodies are the contract's own named request examples, read from
 * the bundled contract (generated/openapi.json) at run time: Connect Call's
 * `full` (the published reference's example request) and `minimal`, Control
 * Call's `say`. Nothing verify sends is kept under test/.
 */
import { operations, type OperationId } from '../../../generated/operations.ts';
import { requestExample } from '../examples.ts';
import type { ExchangeExpectation } from './check.ts';

/** Real values for a real server: the contract's examples carry the reference's placeholders. */
export interface ScenarioOverrides {
  /** A phoneNumberId of the team behind the token (replaces the reference's placeholder). */
  phoneNumberId?: string;
  /** The number to dial (replaces the reference's "<string>" / the minimal example's test number). */
  customerNumber?: string;
}

export interface ScenarioOptions {
  overrides?: ScenarioOverrides;
  /** The moment the List Calls window is centred on. Default: now. */
  now?: Date;
  /** List Calls page size. Default 10. */
  pageSize?: number;
  /** At most this many List Calls pages are fetched. Default 10. */
  maxPages?: number;
}

export interface Scenario extends ExchangeExpectation {
  /** Send the bearer token? */
  auth: boolean;
  /** Path parameters, by name (percent-encoded when sent). */
  path?: Record<string, string>;
  /** Query parameters, sent as given (strings: a scenario may send a value of the wrong type on purpose). */
  query?: Record<string, string>;
  /** JSON body (operations with a request body). */
  body?: unknown;
  /** The path parameter `id` is the chain's call ID: --call-id, else the id Connect Call answered with. */
  usesCallId?: boolean;
  /** A 2xx answer's `id` becomes the chain's call ID (unless --call-id gave one). */
  providesCallId?: boolean;
  /** Paging: the scenario for the next page given this page's body, a note when paging stopped early, or undefined when this was the last page. */
  nextPage?(body: unknown): Scenario | string | undefined;
}

/** The ID the 404 scenarios ask for: the contract's own NotFound example names it. */
export const UNKNOWN_CALL_ID = 'CC-00000000-0000-0000-0000-000000000000';
export const DEFAULT_PAGE_SIZE = 10;
export const DEFAULT_MAX_PAGES = 10;
const HOUR = 3_600_000;

function withOverrides<T>(body: T, o: ScenarioOverrides): T {
  const b = structuredClone(body) as Record<string, any>;
  if (o.phoneNumberId !== undefined) b['phoneNumberId'] = o.phoneNumberId;
  if (o.customerNumber !== undefined) b['customer'] = { ...(b['customer'] ?? {}), number: o.customerNumber };
  return b as T;
}

function listPage(page: number, window: { startDate: string; endDate: string }, size: number, maxPages: number): Scenario {
  return {
    name: `listCalls page ${page}`,
    description: `calls from ${window.startDate} to ${window.endDate}, page ${page}, size ${size}`,
    operationId: 'listCalls',
    expectedStatus: '200',
    auth: true,
    invalidOnPurpose: false,
    query: { ...window, page: String(page), size: String(size) },
    nextPage(body) {
      const b = body as { conversations?: unknown; totalCount?: unknown } | undefined;
      const count = Array.isArray(b?.conversations) ? b.conversations.length : 0;
      // The contract's rule: the last page holds fewer than `size` calls, or page * size reaches totalCount.
      if (count < size) return undefined;
      if (typeof b?.totalCount === 'number' && page * size >= b.totalCount) return undefined;
      if (page >= maxPages) return `stopped after ${maxPages} pages; more calls match`;
      return listPage(page + 1, window, size, maxPages);
    },
  };
}

/** The contract scenarios every server must pass, in the order they are sent. */
export function contractScenarios(options: ScenarioOptions = {}): Scenario[] {
  const overrides = options.overrides ?? {};
  const size = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`verify: pageSize must be an integer >= 1, got ${String(size)}; pass a whole number of 1 or more`);
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`verify: maxPages must be an integer >= 1, got ${String(maxPages)}; pass a whole number of 1 or more`);
  const now = (options.now ?? new Date()).getTime();
  const window = { startDate: new Date(now - 24 * HOUR).toISOString(), endDate: new Date(now + HOUR).toISOString() };
  const full = withOverrides(requestExample('connectCall', 'full'), overrides);
  const minimal = withOverrides(requestExample('connectCall', 'minimal'), overrides) as Record<string, unknown>;
  const say = requestExample('controlCall', 'say') as Record<string, unknown>;
  const valid = { expectedStatus: '200', auth: true, invalidOnPurpose: false } as const;
  const noToken = { expectedStatus: '401', auth: false, invalidOnPurpose: true } as const;
  const invalid = { expectedStatus: '400', auth: true, invalidOnPurpose: true } as const;
  const { startDate: _dropped, ...withoutStart } = window;
  return [
    // The chain, as a user would go.
    { name: 'connectCall reference request', description: "the published reference's full example request", operationId: 'connectCall', ...valid, body: full, providesCallId: true },
    { name: 'connectCall minimal request', description: 'only the required fields', operationId: 'connectCall', ...valid, body: minimal, providesCallId: true },
    { name: 'getCall the call', description: 'the call Connect Call created (or --call-id)', operationId: 'getCall', ...valid, usesCallId: true },
    listPage(1, window, size, maxPages),
    { name: 'controlCall say', description: 'make the assistant say something on that call', operationId: 'controlCall', ...valid, usesCallId: true, body: say },
    // What each operation answers to a request that is wrong.
    { name: 'connectCall invalid request', description: 'direction is not one of inbound|outbound', operationId: 'connectCall', ...invalid, body: { ...minimal, direction: 'sideways' } },
    { name: 'connectCall no token', description: 'no Authorization header', operationId: 'connectCall', ...noToken, body: minimal },
    {
      name: 'getCall unknown id',
      description: `an ID no call has (${UNKNOWN_CALL_ID})`,
      operationId: 'getCall',
      expectedStatus: '404',
      auth: true,
      invalidOnPurpose: false,
      path: { id: UNKNOWN_CALL_ID },
    },
    { name: 'getCall no token', description: 'no Authorization header', operationId: 'getCall', ...noToken, usesCallId: true },
    { name: 'listCalls without startDate', description: 'the required startDate is missing', operationId: 'listCalls', ...invalid, query: withoutStart },
    { name: 'listCalls no token', description: 'no Authorization header', operationId: 'listCalls', ...noToken, query: window },
    { name: 'controlCall invalid request', description: 'type is not one of say|end|forward|dtmf|sms', operationId: 'controlCall', ...invalid, usesCallId: true, body: { ...say, type: 'shout' } },
    {
      name: 'controlCall unknown id',
      description: `an ID no call has (${UNKNOWN_CALL_ID})`,
      operationId: 'controlCall',
      expectedStatus: '404',
      auth: true,
      invalidOnPurpose: false,
      path: { id: UNKNOWN_CALL_ID },
      body: say,
    },
    { name: 'controlCall no token', description: 'no Authorization header', operationId: 'controlCall', ...noToken, usesCallId: true, body: say },
  ];
}

/** The request path of an operation with its path parameters percent-encoded in. Throws naming a missing one. */
export function requestPath(operationId: OperationId, params: Record<string, string>): string {
  return operations[operationId].path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`verify: no value for the path parameter ${name} of ${operationId}; give it in the scenario's \`path\` (or set usesCallId for \`id\`)`);
    return encodeURIComponent(value);
  });
}
