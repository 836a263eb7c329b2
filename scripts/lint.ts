/**
 * npm run lint: Redocly on the multi-file source, Spectral on the bundle with
 * each finding placed in its source file, in one process. Prints every finding as file:line:col severity [tool rule] message
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
  const [{ bundleYamlText, sourceHash }, { bundleContract, ContractError, formatFinding }, { lintContract, summarize }] = await Promise.all([
    import('./lib/bundle-text.ts'),
    import('./lib/contract.ts'),
    import('./lib/lint.ts'),
  ]);
  const t0 = performance.now();
  let bundleYaml: string | undefined;
  let bundledFiles: string[] | undefined;
  try {
    const { doc, files } = await bundleContract(root);
    bundleYaml = bundleYamlText(doc, sourceHash(files));
    bundledFiles = files;
  } catch (err) {
    if (!(err instanceof ContractError)) throw err;
    // A spec that cannot be bundled is still linted at source: that names the file and line.
  }
  const { findings, timings } = await lintContract({ bundleYaml, ...(bundledFiles ? { bundledFiles } : {}), ...(root ? { root } : {}) });
  for (const f of findings) log(formatFinding(f));
  const { errors, warnings } = summarize(findings);
  const ms = (performance.now() - t0).toFixed(0);
  const parts = Object.entries(timings)
    .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
    .join(', ');
  log(`lint: ${errors} error(s), ${warnings} warning(s) from ${bundleYaml ? 'Redocly (source) and Spectral (bundle)' : 'Redocly (source only: the bundle failed)'} in ${ms} ms [${parts}]`);
  return errors + warnings > 0 || bundleYaml === undefined ? 1 : 0;
}

export function parseLintArgs(argv: string[]): { root?: string } {
  // `npm run lint -- path/to/openapi.yaml` (a bare path) still works, as before.
  const bare = argv.length === 1 && !argv[0]!.startsWith('-') ? argv[0] : undefined;
  const f = bare ? {} : parseFlags('lint', argv, { root: { type: 'string' } }, HELP);
  const root = bare ?? f.root;
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
