/**
 * npm run fuzz [-- --seed N] [--count N] [--seconds N] [--concurrency N] [--operation <id>] [--max-depth N]
 *              [--known-prism-defects] [--prism-log-level info|warn|error] [--help]
 *
 * Differential fuzzing (scripts/lib/fuzz/): starts its own Prism mock, runs
 * one seeded batch covering every operation and server message, prints the
 * counts per target and the seed, exits 1 on any disagreement.
 */
import type { PrismLogLevel } from './lib/prism.ts';
import { targetIds } from './lib/fuzz/targets.ts';
import { parseFlags, reportUsage, runMain, UsageError, type CommandHelp } from './lib/cli.ts';

export interface FuzzArgs {
  seed: number;
  count: number;
  seconds: number;
  concurrency: number;
  maxDepth: number;
  operation: string | undefined;
  includeKnownDefects: boolean;
  prismLogLevel: PrismLogLevel;
  /** 'validators' (default): Prism against our validators; 'msw': Prism against the MSW handlers, case by case. */
  against: 'validators' | 'msw';
}

export const DEFAULT_COUNT = 14_000;
const LEVELS = ['info', 'warn', 'error'] as const;

export const FUZZ_HELP: CommandHelp = {
  usage: 'npm run fuzz -- [--seed N] [--count N] [--seconds N] [--concurrency N] [--operation <id>] [--max-depth N] [--known-prism-defects] [--prism-log-level info|warn|error]',
  summary: [
    'Differential fuzzing. Starts its own Prism mock on 127.0.0.1 and sends it seeded random requests for every operation of',
    "the contract (bodies, path and query parameters), each also judged by the client's validators; fuzzes every server",
    'message against an independent Ajv compile of the bundled contract. Prints counts per operation and server message',
    '(sent / accepted by both / rejected by both / modelled / disagreements) and the seed to replay the run.',
  ].join('\n'),
  flags: {
    '--seed N': 'random seed (default: a random one, printed); the same seed and flags give the same cases',
    '--count N': `cases in the batch, 1-200000 (default ${DEFAULT_COUNT}; about 82% are HTTP requests)`,
    '--seconds N': 'stop sending after N seconds, 1-3600 (default 300)',
    '--concurrency N': 'requests in flight, 1-32 (default 4)',
    '--operation <id>': `only this operation or server message: ${targetIds().join(', ')}`,
    '--max-depth N': 'deepest body nesting generated, 2-100000 (default 10000)',
    '--known-prism-defects': 'add the cases that trip Prism defects (scripts/lib/fuzz/known-issues.ts): the run then fails',
    '--prism-log-level L': "Prism's log level (default warn; at info Prism 5.14.2 crashes on some valid bodies)",
    '--against msw': 'send the seeded HTTP cases to Prism and, in-process, to the MSW handlers (@interactly/connect-call/msw): every case must get the same accept/reject verdict',
  },
  exitCodes: { 0: 'no disagreement, and the mock still answers', 1: 'a disagreement, a 5xx, or the mock stopped answering (printed)', 2: 'bad command line (the flag is named)' },
};

export function parseFuzzArgs(argv: string[]): FuzzArgs {
  const args: FuzzArgs = {
    seed: Math.floor(Math.random() * 2 ** 31),
    count: DEFAULT_COUNT,
    seconds: 300,
    concurrency: 4,
    maxDepth: 10_000,
    operation: undefined,
    includeKnownDefects: false,
    prismLogLevel: 'warn',
    against: 'validators',
  };
  const f = parseFlags(
    'fuzz',
    argv,
    {
      seed: { type: 'string' },
      count: { type: 'string' },
      seconds: { type: 'string' },
      concurrency: { type: 'string' },
      operation: { type: 'string' },
      'max-depth': { type: 'string' },
      'known-prism-defects': { type: 'boolean' },
      'prism-log-level': { type: 'string' },
      against: { type: 'string' },
    },
    FUZZ_HELP,
  );
  const ints: Array<[keyof typeof f, keyof FuzzArgs, number, number]> = [
    ['seed', 'seed', -(2 ** 31), 2 ** 31 - 1],
    ['count', 'count', 1, 200_000],
    ['seconds', 'seconds', 1, 3600],
    ['concurrency', 'concurrency', 1, 32],
    ['max-depth', 'maxDepth', 2, 100_000],
  ];
  for (const [flag, key, min, max] of ints) {
    const raw = f[flag];
    if (raw === undefined) continue;
    if (typeof raw !== 'string' || !/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
      throw new UsageError(`fuzz: --${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    (args as unknown as Record<string, number>)[key] = Number(raw);
  }
  if (f.operation !== undefined) {
    if (!targetIds().includes(f.operation)) throw new UsageError(`fuzz: --operation must be one of ${targetIds().join(', ')}, got ${JSON.stringify(f.operation)}`);
    args.operation = f.operation;
  }
  if (f['known-prism-defects']) args.includeKnownDefects = true;
  const level = f['prism-log-level'];
  if (level !== undefined) {
    if (!LEVELS.includes(level as (typeof LEVELS)[number])) throw new UsageError(`fuzz: --prism-log-level must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
    args.prismLogLevel = level as PrismLogLevel;
  }
  if (f.against !== undefined) {
    if (f.against !== 'msw' && f.against !== 'validators') throw new UsageError(`fuzz: --against must be msw or validators, got ${JSON.stringify(f.against)}`);
    if (f.against === 'msw' && (args.operation || args.includeKnownDefects)) throw new UsageError('fuzz: --against msw runs the whole seeded corpus; it takes no --operation or --known-prism-defects');
    args.against = f.against;
  }
  return args;
}

export async function main(argv: string[]): Promise<number> {
  let args: FuzzArgs;
  try {
    args = parseFuzzArgs(argv);
  } catch (err) {
    return reportUsage(err);
  }
  console.log(
    `fuzz: seed ${args.seed}, up to ${args.count} cases or ${args.seconds} s, concurrency ${args.concurrency}${args.operation ? `, only ${args.operation}` : ''}, nesting up to ${args.maxDepth}, Prism log level ${args.prismLogLevel}${args.includeKnownDefects ? ', WITH known Prism defects' : ''}`,
  );
  // The fuzzer's libraries (fast-check, Ajv, the validators) load after the flags: `--help` stays quick.
  const [{ startPrism }, { runFuzz }, { formatFuzzResult, fuzzOk }] = await Promise.all([import('./lib/prism.ts'), import('./lib/fuzz/runner.ts'), import('./lib/fuzz/report.ts')]);
  const prism = await startPrism({ mode: 'mock', maxLogLines: 200, logLevel: args.prismLogLevel });
  try {
    if (args.against === 'msw') {
      const { compareMswWithPrism } = await import('./lib/fuzz/msw.ts');
      const r = await compareMswWithPrism({ prismUrl: prism.url, seed: args.seed, count: args.count, concurrency: args.concurrency, seconds: args.seconds });
      console.log(
        `fuzz --against msw: seed ${r.seed}, ${r.sent} HTTP cases, ${r.accepted} accepted by both, ${r.rejected} rejected by both, ${r.disagreements.length} disagreements, ${(r.elapsedMs / 1000).toFixed(1)} s`,
      );
      for (const d of r.disagreements.slice(0, 20)) console.log(`  #${d.index} ${d.kind}: ${d.request} → Prism ${d.prism}, MSW ${d.msw}`);
      if (r.disagreements.length) console.log(`fuzz: ${r.disagreements.length} disagreement(s); replay with --seed ${r.seed} --count ${args.count} --against msw`);
      return r.disagreements.length || prism.exited ? 1 : 0;
    }
    let lastPrint = 0;
    const result = await runFuzz({
      url: prism.url,
      seed: args.seed,
      count: args.count,
      seconds: args.seconds,
      concurrency: args.concurrency,
      maxDepth: args.maxDepth,
      includeKnownDefects: args.includeKnownDefects,
      target: args.operation,
      onProgress: (sent, planned) => {
        if (process.stdout.isTTY && Date.now() - lastPrint > 1000) {
          lastPrint = Date.now();
          process.stdout.write(`\r  ${sent}/${planned}`);
        }
      },
    });
    if (process.stdout.isTTY) process.stdout.write('\r');
    console.log(formatFuzzResult(result));
    if (prism.exited) console.log(`fuzz: Prism exited during the run; its last lines:\n${prism.logs().split('\n').slice(-15).join('\n')}`);
    return fuzzOk(result) ? 0 : 1;
  } finally {
    await prism.stop();
  }
}

runMain(import.meta.url, main);
