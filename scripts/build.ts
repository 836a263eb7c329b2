/**
 * npm run build: compile the client (src/ and generated/operations.ts) to ESM
 * JavaScript and declarations in dist/, and copy the generated files that are
 * already JavaScript or declarations (validators, schema types, the bundled
 * contract). Built into a temp folder and swapped in, so a failed build never
 * leaves a half-written dist/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, GENERATED_DIR } from './lib/paths.ts';
import { parseFlags, reportUsage, runMain, type CommandHelp } from './lib/cli.ts';

const require = createRequire(import.meta.url);
const COPIED = ['schema.d.ts', 'validators.js', 'validators.d.ts', 'validators', 'openapi.json', 'openapi.yaml'];

export function build(outDir = path.join(ROOT, 'dist')): void {
  const tmp = `${outDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const tsc = require.resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', tmp], { stdio: 'inherit', cwd: ROOT });
    for (const f of COPIED) fs.cpSync(path.join(GENERATED_DIR, f), path.join(tmp, 'generated', f), { recursive: true });
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.renameSync(tmp, outDir);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

export const HELP: CommandHelp = {
  usage: 'npm run build',
  summary: 'Compile the client (src/ and generated/operations.ts) to ESM and declarations in dist/, and copy the generated validators, types and bundled contract beside it. Built in a temp folder and swapped in, so a failed build leaves the old dist/.',
  exitCodes: { 0: 'dist/ written', 1: 'the compiler failed (its errors are above)', 2: 'bad command line' },
};

runMain(import.meta.url, async (argv) => {
  try {
    parseFlags('build', argv, {}, HELP);
  } catch (err) {
    return reportUsage(err);
  }
  const t0 = performance.now();
  try {
    build();
    console.log(`build: dist/ written in ${(performance.now() - t0).toFixed(0)} ms`);
    return 0;
  } catch (err) {
    console.error(`build: failed, dist/ left as it was: ${err instanceof Error ? err.message : err}`);
    return 1;
  }
});
