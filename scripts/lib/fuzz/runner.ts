/**
 * Running a batch: the cases of cases.ts, each judged by judges.ts, HTTP
 * cases sent to the mock at modest concurrency, bounded in count and time.
 * The mock must never answer 5xx nor stop answering; after the batch one
 * valid request per operation must still get a 200.
 */
import { askMock, clientVerdict, independentMessageValidators, independentVerdict, prismModel, type MockAnswer } from './judges.ts';
import { loadContractSchemas } from './contract-schemas.ts';
import type { CaseKind, CaseOptions, FuzzCase } from './case-types.ts';
import { generateCases, probeCases } from './cases.ts';

export interface Disagreement {
  index: number;
  target: string;
  kind: CaseKind;
  expected: FuzzCase['expected'];
  validator: string;
  mock: string;
  problem: string;
  request: string;
}

export interface Tally {
  sent: number;
  /** Both sides accepted (client and mock, or our validator and the independent Ajv). */
  accepted: number;
  /** Both sides rejected. */
  rejected: number;
  /** The client and the mock differed exactly as a modelling rule (judges.ts P1-P5) predicts. */
  modelled: number;
  disagreements: number;
}

export interface FuzzResult {
  seed: number;
  planned: number;
  sent: number;
  accepted: number;
  rejected: number;
  modelled: number;
  disagreements: Disagreement[];
  /** 400 answers whose body is not the contract's Problem (Prism's own "invalid_json" error). */
  nonProblem400: number;
  byTarget: Record<string, Tally>;
  byKind: Record<string, Tally>;
  /** How many modelled differences each rule explained. */
  byRule: Record<string, number>;
  stoppedBy: 'count' | 'time' | 'mock-down';
  /** The mock answered a valid request of every operation after the batch. */
  aliveAfter: boolean;
  elapsedMs: number;
  options: Pick<CaseOptions, 'includeKnownDefects' | 'target'>;
}

export interface FuzzOptions extends CaseOptions {
  url: string;
  seed: number;
  count: number;
  /** Stop sending after this many seconds (the cases not sent are not counted). */
  seconds: number;
  concurrency?: number;
  onProgress?: (sent: number, planned: number) => void;
}

const truncate = (s: string, n = 2000): string => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars in all)` : s);

export function describeRequest(c: FuzzCase): string {
  const head = c.channel === 'message' ? `server message ${c.target}` : `${c.method} ${truncate(c.url, 500)}\n    content-type: ${c.contentType ?? '(none)'}`;
  return `#${c.index} ${c.target} ${c.kind}: ${c.description}\n    ${head}${c.body === null ? '' : `\n    body: ${truncate(c.body)}`}`;
}

/** The mock still answers a valid request of every operation with 200. */
export async function mockAlive(url: string): Promise<boolean> {
  const probes = probeCases(loadContractSchemas());
  for (const c of probes) {
    try {
      const a = await askMock(url, c, 5000);
      if (a.status !== 200) return false;
    } catch {
      return false;
    }
  }
  return true;
}

const newTally = (): Tally => ({ sent: 0, accepted: 0, rejected: 0, modelled: 0, disagreements: 0 });

/** A seeded batch: the cases generateCases plans for the options, then runCases. */
export async function runFuzz(opts: FuzzOptions): Promise<FuzzResult> {
  const t0 = performance.now();
  const contract = loadContractSchemas();
  return runCases(generateCases(contract, opts.seed, opts.count, opts), opts, t0, contract);
}

/**
 * Judge the given cases (messages locally, HTTP cases against opts.url),
 * bounded by opts.seconds, then check the mock is still alive. The count,
 * seed and case options of `opts` only label the result.
 */
export async function runCases(cases: FuzzCase[], opts: Omit<FuzzOptions, 'count'>, t0 = performance.now(), contract = loadContractSchemas()): Promise<FuzzResult> {
  // Compiled only when a server message is among the cases.
  let independent: ReturnType<typeof independentMessageValidators> | undefined;
  const deadline = t0 + opts.seconds * 1000;
  const result: FuzzResult = {
    seed: opts.seed,
    planned: cases.length,
    sent: 0,
    accepted: 0,
    rejected: 0,
    modelled: 0,
    disagreements: [],
    nonProblem400: 0,
    byTarget: {},
    byKind: {},
    byRule: {},
    stoppedBy: 'count',
    aliveAfter: false,
    elapsedMs: 0,
    options: { includeKnownDefects: opts.includeKnownDefects, target: opts.target },
  };
  let next = 0;
  let consecutiveFailures = 0;

  const record = (c: FuzzCase, outcome: 'accepted' | 'rejected' | 'modelled' | 'disagreement', d?: Omit<Disagreement, 'index' | 'target' | 'kind' | 'expected' | 'request'>) => {
    result.sent++;
    const t = (result.byTarget[c.target] ??= newTally());
    const k = (result.byKind[c.kind] ??= newTally());
    for (const x of [t, k]) {
      x.sent++;
      if (outcome === 'disagreement') x.disagreements++;
      else x[outcome]++;
    }
    if (outcome === 'disagreement') result.disagreements.push({ index: c.index, target: c.target, kind: c.kind, expected: c.expected, request: describeRequest(c), ...d! });
    else result[outcome]++;
    opts.onProgress?.(result.sent, cases.length);
  };

  const judgeMessage = (c: FuzzCase): void => {
    const ours = clientVerdict(c);
    const theirs = independentVerdict((independent ??= independentMessageValidators(contract)), c);
    const problems: string[] = [];
    if (ours.verdict !== c.expected) problems.push(`our validator ${ours.verdict}ed (${ours.reason}) but the case was built to be ${c.expected}ed`);
    if (ours.verdict !== theirs.verdict) problems.push(`our validator ${ours.verdict}ed (${ours.reason}) but the independent Ajv ${theirs.verdict}ed (${theirs.reason})`);
    else if (ours.verdict === 'reject') {
      const a = [...new Set(ours.pointers)].sort();
      const b = [...new Set(theirs.pointers)].sort();
      if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`the two validators name different pointers: ours ${JSON.stringify(a)}, independent ${JSON.stringify(b)}`);
      if (c.pointer !== undefined && !a.includes(c.pointer)) problems.push(`neither validator named ${c.pointer || '(body)'}: ${JSON.stringify(a)}`);
    }
    if (problems.length) record(c, 'disagreement', { validator: `${ours.verdict}: ${ours.reason}`, mock: `independent Ajv ${theirs.verdict}: ${theirs.reason}`, problem: problems.join('; ') });
    else record(c, ours.verdict === 'accept' ? 'accepted' : 'rejected');
  };

  const judgeHttp = async (c: FuzzCase): Promise<void> => {
    const v = clientVerdict(c);
    const model = prismModel(c);
    let answer: MockAnswer | undefined;
    let failure: string | undefined;
    try {
      answer = await askMock(opts.url, c);
      consecutiveFailures = 0;
    } catch (err) {
      failure = `no answer: ${(err as Error).message}${(err as { cause?: { code?: string } }).cause?.code ? ` (${(err as { cause: { code: string } }).cause.code})` : ''}`;
      consecutiveFailures++;
    }
    const status = answer?.status;
    const mockVerdict = status === 200 ? 'accept' : status !== undefined && model.rejectStatuses.includes(status) ? 'reject' : undefined;
    const rules = model.rules.length ? ` (${model.rules.join(', ')})` : '';
    const problems: string[] = [];
    if (failure) problems.push(`the mock gave ${failure}`);
    else if (status! >= 500) problems.push(`the mock answered ${status}: ${answer!.bodySnippet}`);
    else if (!mockVerdict) problems.push(`the mock answered ${status}, not 200 nor ${model.rejectStatuses.join('/')}: ${answer!.bodySnippet}`);
    if (v.verdict !== c.expected) problems.push(`the client ${v.verdict}ed (${v.reason}) but the case was built to be ${c.expected}ed`);
    if (mockVerdict && mockVerdict !== model.verdict) {
      problems.push(
        model.verdict === v.verdict
          ? `the mock ${mockVerdict}ed (${status}) but the validator ${v.verdict}ed (${v.reason})`
          : `the mock ${mockVerdict}ed (${status}) but the model of Prism${rules} says ${model.verdict} (${model.reason})`,
      );
    }
    if (c.pointer !== undefined && c.expected === 'reject' && v.verdict === 'reject' && mockVerdict === 'reject' && model.verdict === 'reject' && !model.rules.length) {
      if (!v.pointers.includes(c.pointer)) problems.push(`the validator did not name ${c.pointer || '(body)'}: ${JSON.stringify(v.pointers)}`);
      if (status === 400 && !answer!.violations.includes(c.pointer)) problems.push(`Prism's sl-violations did not name ${c.pointer || '(body)'}: ${JSON.stringify(answer!.violations)}`);
    }
    if (status === 400 && !answer!.problemBody) result.nonProblem400++;
    if (problems.length) {
      record(c, 'disagreement', {
        validator: `${v.verdict}: ${v.reason}`,
        mock: failure ?? `${status} ${JSON.stringify(answer!.violations)}; model: ${model.verdict}${rules}`,
        problem: problems.join('; '),
      });
    } else if (mockVerdict !== v.verdict) {
      record(c, 'modelled');
      for (const r of model.rules) result.byRule[r] = (result.byRule[r] ?? 0) + 1;
    } else record(c, v.verdict === 'accept' ? 'accepted' : 'rejected');
  };

  const workers = Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, async () => {
    while (next < cases.length) {
      if (performance.now() > deadline) {
        result.stoppedBy = 'time';
        return;
      }
      if (consecutiveFailures >= 3) {
        result.stoppedBy = 'mock-down';
        return;
      }
      const c = cases[next++]!;
      if (c.channel === 'message') judgeMessage(c);
      else await judgeHttp(c);
    }
  });
  await Promise.all(workers);
  result.aliveAfter = await mockAlive(opts.url);
  result.elapsedMs = Math.round(performance.now() - t0);
  return result;
}
