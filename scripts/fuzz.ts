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
import { runMain } from './lib/cli.ts';

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
  const ints: Record<string, [keyof FuzzArgs, number, number]> = {
    '--seed': ['seed', -(2 ** 31), 2 ** 31 - 1],
    '--count': ['count', 1, 100_000],
    '--seconds': ['seconds', 1, 3600],
    '--concurrency': ['concurrency', 1, 32],
    '--max-depth': ['maxDepth', 2, 100_000],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--known-prism-defects' && eq < 0) {
      args.includeKnownDefects = true;
      continue;
    }
    if (flag === '--prism-log-level') {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (!LEVELS.includes(v as (typeof LEVELS)[number])) throw new Error(`fuzz: --prism-log-level must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(v)}`);
      args.prismLogLevel = v as PrismLogLevel;
      continue;
    }
    const spec = ints[flag];
    if (!spec) throw new Error(`fuzz: unknown flag ${JSON.stringify(arg)}\n${USAGE}`);
    const raw = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined) throw new Error(`fuzz: ${flag} needs a value\n${USAGE}`);
    const [key, min, max] = spec;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new Error(`fuzz: ${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    (args as unknown as Record<string, number>)[key] = Number(raw);
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
