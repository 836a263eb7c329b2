/**
 * npm run generate          regenerate every target in generated/ (atomically, all or nothing)
 * npm run generate:check    regenerate in memory and list every stale file; exit 1 if any
 */
import fs from 'node:fs';
import { bundleContract, ContractError } from './lib/contract.ts';
import { generateTargets } from './lib/generate.ts';
import { writeFilesAtomic } from './lib/atomic.ts';
import { rel } from './lib/paths.ts';

export async function computeTargets(): Promise<Map<string, string>> {
  const { doc, files } = await bundleContract();
  return generateTargets(doc, files);
}

/** Files whose bytes on disk differ from what the contract generates now. */
export function staleFiles(targets: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [file, content] of targets) {
    const onDisk = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (onDisk !== content) stale.push(`${rel(file)}${onDisk === undefined ? ' (missing)' : ''}`);
  }
  return stale;
}

export async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`generate: unknown flag ${unknown.join(', ')} (expected: --check)`);
    return 2;
  }
  const t0 = performance.now();
  let targets: Map<string, string>;
  try {
    targets = await computeTargets();
  } catch (err) {
    if (err instanceof ContractError) {
      console.error(`generate: the contract is broken; generated/ was left untouched.\n${err.message}`);
      return 1;
    }
    throw err;
  }
  if (argv.includes('--check')) {
    const stale = staleFiles(targets);
    if (stale.length) {
      console.error(`generate:check: ${stale.length} generated file(s) are stale; run \`npm run generate\` and commit:\n${stale.map((s) => `  ${s}`).join('\n')}`);
      return 1;
    }
    console.log(`generate:check: all ${targets.size} generated files are up to date (${(performance.now() - t0).toFixed(0)} ms)`);
    return 0;
  }
  const written = writeFilesAtomic(targets);
  console.log(`generate: ${targets.size} targets, ${written.length} changed, in ${(performance.now() - t0).toFixed(0)} ms${written.length ? `:\n${written.map((f) => `  ${rel(f)}`).join('\n')}` : ''}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(1);
    },
  );
}
