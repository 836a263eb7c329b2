/**
 * Suite 3: the precompiled Ajv validators on the reference bodies, in ops/s,
 * beside JSON.stringify of the same body (tinybench, in rounds that alternate
 * the tasks).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Bench } from 'tinybench';
import { validateConnectCallRequest, validateConnectCallResponse200 } from '../../generated/validators.js';
import { ROOT } from '../lib/proc.ts';
import { requestExample, responseExample } from '../../scripts/lib/examples.ts';
import { fmtOps, fmtRatio, fmtMs, median, roundSpread, spread } from '../lib/stats.ts';
import { mdTable, rounds, type Row, type SuiteContext, type SuiteResult } from '../lib/report.ts';

/** Each sample runs the operation this many times, so the timer's own cost does not dominate. */
const BATCH = 50;

export async function validatorsSuite(ctx: SuiteContext): Promise<SuiteResult> {
  const t0 = performance.now();
  const request = requestExample('connectCall', 'full');
  const response = responseExample('connectCall', '200', 'queued');
  if (!validateConnectCallRequest(request)) throw new Error(`the reference request does not validate: ${JSON.stringify(validateConnectCallRequest.errors)}`);
  if (!validateConnectCallResponse200(response)) throw new Error(`the reference response does not validate: ${JSON.stringify(validateConnectCallResponse200.errors)}`);

  // Results go to a sink so no call can be optimised away.
  let sink = 0;
  const tasks: Record<string, () => void> = {
    'validate request': () => {
      for (let i = 0; i < BATCH; i++) sink += validateConnectCallRequest(request) ? 1 : 0;
    },
    'JSON.stringify request': () => {
      for (let i = 0; i < BATCH; i++) sink += JSON.stringify(request).length;
    },
    'validate response (200)': () => {
      for (let i = 0; i < BATCH; i++) sink += validateConnectCallResponse200(response) ? 1 : 0;
    },
    'JSON.stringify response': () => {
      for (let i = 0; i < BATCH; i++) sink += JSON.stringify(response).length;
    },
  };
  const names = Object.keys(tasks);
  const perOp: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const n = rounds(ctx, 10, 4);
  for (let r = 0; r < n; r++) {
    const bench = new Bench({ time: 150, iterations: 20, warmupTime: 50, warmupIterations: 10, throws: true });
    // Rotate the order every round.
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + r) % names.length]!;
      bench.add(name, tasks[name]!);
    }
    await bench.run();
    for (const task of bench.tasks) {
      const res = task.result;
      if (res.state !== 'completed') throw new Error(`tinybench task ${task.name} ended ${res.state}`);
      // Median sample time, per operation, in ms.
      perOp[task.name]!.push(res.latency.p50 / BATCH);
    }
  }
  if (sink === 0) throw new Error('no operation ran');
  const ratio = (a: string, b: string) => spread(perOp[a]!.map((x, i) => x / perOp[b]![i]!));
  const rReq = ratio('validate request', 'JSON.stringify request');
  const rRes = ratio('validate response (200)', 'JSON.stringify response');
  const ops = (name: string) => 1000 / median(perOp[name]!);
  const rows: Row[] = [
    {
      metric: 'Request validator ÷ JSON.stringify, time per op (reference request)',
      figure: `${fmtRatio(rReq)}; ${fmtOps(ops('validate request'))} vs ${fmtOps(ops('JSON.stringify request'))}`,
      target: '≤ 1.00x',
      status: rReq.median <= 1 ? 'met' : 'missed',
    },
    {
      metric: 'Response validator ÷ JSON.stringify, time per op (reference 200 body)',
      figure: `${fmtRatio(rRes)}; ${fmtOps(ops('validate response (200)'))} vs ${fmtOps(ops('JSON.stringify response'))}`,
      target: '≤ 1.00x',
      status: rRes.median <= 1 ? 'met' : 'missed',
    },
  ];
  const details = [
    `tinybench ${tinybenchVersion()}, ${n} rounds; each round runs the four tasks (their order rotated every round) for 150 ms each after a 50 ms warm-up; a sample is ${BATCH} calls, and the figure per task is its median sample ÷ ${BATCH}. The ratio is validator time ÷ stringify time of the same round. Bodies: Connect Call's \`full\` request example (${JSON.stringify(request).length} bytes as JSON) and its \`queued\` 200 example (${JSON.stringify(response).length} bytes). Validators: generated/validators.js (Ajv standalone, precompiled; no Ajv at run time).`,
    mdTable(
      ['task', 'time per op (median of rounds)', 'ops/s'],
      names.map((name) => [name, fmtMs(median(perOp[name]!)), fmtOps(ops(name))]),
    ),
  ];
  const data = {
    rounds: n,
    batch: BATCH,
    opsPerSecond: Object.fromEntries(names.map((name) => [name, Math.round(ops(name))])),
    ratioRequest: roundSpread(rReq),
    ratioResponse: roundSpread(rRes),
  };
  return { id: 'validators', title: 'Validators', wallMs: performance.now() - t0, rows, details, data };
}

function tinybenchVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'tinybench', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '(version unknown)';
  }
}
