/**
 * npm run lint: Redocly on the multi-file source, Spectral on the bundle with
 * each finding placed in its source file, in one process: the one chain
 * (scripts/lib/pipeline.ts) asked for lint alone. Prints every finding as file:line:col severity [tool rule] message
 * and exits 1 on any error or warning (the contract is kept at zero findings).
 */
import path from 'node:path';
import { parseFlags, reportUsage, runMain, UsageError, type CommandHelp } from './lib/cli.ts';

export const HELP: CommandHelp = {
  usage: 'npm run lint [-- --root <openapi.yaml>]',
  summary:
    'Lint the contract with Redocly (recommended + project rules, redocly.yaml) on the multi-file source, and Spectral (spectral:oas, OWASP and project rules, .spectral.yaml) on the bundle, each Spectral finding placed in the source file and line it comes from. Every finding prints as file:line:col severity [tool rule] message.',
  flags: { '--root <file>': 'the contract root (default openapi/openapi.yaml)' },
  exitCodes: { 0: 'zero findings', 1: 'findings (fix them: every one names its file and line), or the bundle failed', 2: 'bad command line' },
};

export async function runLint(root?: string, log: (line: string) => void = console.log): Promise<number> {
  // Loaded after the flags: Spectral and openapi-core take seconds to import.
  // Lint is the one chain with lint as its only step: bundle, then both
  // linters (Spectral in the lint thread, loading from the first moment), nothing written.
  const [{ runPipeline }, { summarize }] = await Promise.all([import('./lib/pipeline.ts'), import('./lib/lint.ts')]);
  const r = await runPipeline({ generate: false, docsFile: false, check: true, log, ...(root ? { root } : {}) });
  const ms = (r.timings['total'] ?? 0).toFixed(0);
  if (r.broken !== undefined) {
    log(r.broken);
    log(`lint: the contract does not bundle (above); fix that first, then lint again (${ms} ms)`);
    return 1;
  }
  const { errors, warnings } = summarize(r.findings);
  log(
    `lint: ${errors} error(s), ${warnings} warning(s) from Redocly (source), Spectral (bundle) and the project checks (values, keys) in ${ms} ms [bundle ${(r.timings['bundle'] ?? 0).toFixed(0)} ms, lint ${(r.timings['lint'] ?? 0).toFixed(0)} ms]`,
  );
  return errors + warnings > 0 ? 1 : 0;
}

export function parseLintArgs(argv: string[]): { root?: string } {
  const root = parseFlags('lint', argv, { root: { type: 'string' } }, HELP).root;
  if (root !== undefined && !root.trim()) throw new UsageError('lint: --root needs a file path');
  return root ? { root: path.resolve(root) } : {};
}

runMain(import.meta.url, async (argv) => {
  let opts: { root?: string };
  try {
    opts = parseLintArgs(argv);
  } catch (err) {
    return reportUsage(err);
  }
  return runLint(opts.root);
});
