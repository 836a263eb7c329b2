/**
 * npm run lint: Redocly and Spectral, on the source and on the bundle, in one
 * process. Prints every finding as file:line:col severity [tool rule] message
 * and exits 1 on any error or warning (the contract is kept at zero findings).
 */
import path from 'node:path';
import { bundleYamlText, sourceHash } from './lib/generate.ts';
import { bundleContract, ContractError, formatFinding } from './lib/contract.ts';
import { lintContract, summarize } from './lib/lint.ts';
import { isMain } from './lib/cli.ts';

export async function runLint(root?: string, log: (line: string) => void = console.log): Promise<number> {
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
  const parts = Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
  log(`lint: ${errors} error(s), ${warnings} warning(s) from Redocly and Spectral (source${bundleYaml ? ' and bundle' : ' only: the bundle failed'}) in ${ms} ms [${parts}]`);
  return errors + warnings > 0 || bundleYaml === undefined ? 1 : 0;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const bad = args.filter((a) => a.startsWith('-'));
  if (bad.length || args.length > 1) {
    console.error(`lint: unexpected argument(s) ${args.join(' ')}; usage: npm run lint [-- path/to/openapi.yaml]`);
    process.exit(2);
  }
  runLint(args[0] ? path.resolve(args[0]) : undefined).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
