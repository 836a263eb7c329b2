/**
 * npm run fuzz [-- --seed N] [-- --count N] [-- --seconds N] [-- --concurrency N] [-- --max-depth N]
 *              [-- --known-prism-defects] [-- --prism-log-level info]
 *
 * Differential fuzzing (scripts/lib/fuzz.ts): starts its own Prism mock,
 * sends it requests generated from the contract (valid ones and mutated
 * ones), compares its verdicts with the client's validators, checks the mock
 * never answers 5xx and still answers afterwards, prints the counts and the
 * seed, and exits 1 on any disagreement (printing the requests that caused it).
 * Defaults: a random seed, 2000 requests, at most 120 s, nesting up to 10 000
 * levels, Prism at log level warn. `--known-prism-defects` adds the mutations
 * that trip KNOWN_PRISM_DEFECTS (scripts/lib/fuzz.ts), and `--prism-log-level
 * info` runs Prism as it runs by default, which some bodies crash.
 */
import { startPrism, type PrismLogLevel } from './lib/prism.ts';
import { formatFuzzResult, fuzzOk, runFuzz } from './lib/fuzz.ts';
import { parseFlags, runMain } from './lib/cli.ts';

export interface FuzzArgs {
  seed: number;
  count: number;
  seconds: number;
  concurrency: number;
  maxDepth: number;
  includeKnownDefects: boolean;
  prismLogLevel: PrismLogLevel;
}

const USAGE = 'usage: npm run fuzz -- [--seed N] [--count N (1-100000)] [--seconds N (1-3600)] [--concurrency N (1-32)] [--max-depth N (2-100000)] [--known-prism-defects] [--prism-log-level info|warn|error]';
const LEVELS = ['info', 'warn', 'error'] as const;

export function parseFuzzArgs(argv: string[]): FuzzArgs {
  const args: FuzzArgs = { seed: Math.floor(Math.random() * 2 ** 31), count: 2000, seconds: 120, concurrency: 4, maxDepth: 10_000, includeKnownDefects: false, prismLogLevel: 'warn' };
  const f = parseFlags(
    'fuzz',
    argv,
    {
      seed: { type: 'string' },
      count: { type: 'string' },
      seconds: { type: 'string' },
      concurrency: { type: 'string' },
      'max-depth': { type: 'string' },
      'known-prism-defects': { type: 'boolean' },
      'prism-log-level': { type: 'string' },
    },
    USAGE,
  );
  const ints: Array<[keyof typeof f, keyof FuzzArgs, number, number]> = [
    ['seed', 'seed', -(2 ** 31), 2 ** 31 - 1],
    ['count', 'count', 1, 100_000],
    ['seconds', 'seconds', 1, 3600],
    ['concurrency', 'concurrency', 1, 32],
    ['max-depth', 'maxDepth', 2, 100_000],
  ];
  for (const [flag, key, min, max] of ints) {
    const raw = f[flag];
    if (raw === undefined) continue;
    if (typeof raw !== 'string' || !/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new Error(`fuzz: --${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    (args as unknown as Record<string, number>)[key] = Number(raw);
  }
  if (f['known-prism-defects']) args.includeKnownDefects = true;
  const level = f['prism-log-level'];
  if (level !== undefined) {
    if (!LEVELS.includes(level as (typeof LEVELS)[number])) throw new Error(`fuzz: --prism-log-level must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
    args.prismLogLevel = level as PrismLogLevel;
  }
  return args;
}

export async function main(argv: string[]): Promise<number> {
  let args: FuzzArgs;
  try {
    args = parseFuzzArgs(argv);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  console.log(`fuzz: seed ${args.seed}, up to ${args.count} requests or ${args.seconds} s, concurrency ${args.concurrency}, nesting up to ${args.maxDepth}, Prism log level ${args.prismLogLevel}${args.includeKnownDefects ? ', WITH known Prism defects' : ''}`);
  const prism = await startPrism({ mode: 'mock', maxLogLines: 200, logLevel: args.prismLogLevel });
  try {
    let lastPrint = 0;
    const result = await runFuzz({
      url: prism.url,
      seed: args.seed,
      count: args.count,
      seconds: args.seconds,
      concurrency: args.concurrency,
      maxDepth: args.maxDepth,
      includeKnownDefects: args.includeKnownDefects,
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
