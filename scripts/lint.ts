/**
 * npm run lint: Redocly and Spectral, on the source and on the bundle, in one
 * process. Prints every finding as file:line:col severity [tool rule] message
 * and exits 1 on any error or warning (the contract is kept at zero findings).
 */
import YAML from 'yaml';
import { bundleContract, ContractError, formatFinding } from './lib/contract.ts';
import { lintContract, summarize } from './lib/lint.ts';

export async function runLint(): Promise<number> {
  const t0 = performance.now();
  let bundleYaml: string | undefined;
  try {
    bundleYaml = YAML.stringify((await bundleContract()).doc);
  } catch (err) {
    if (!(err instanceof ContractError)) throw err;
    // A spec that cannot be bundled is still linted at source: that names the file and line.
  }
  const { findings, timings } = await lintContract({ bundleYaml });
  for (const f of findings) console.log(formatFinding(f));
  const { errors, warnings } = summarize(findings);
  const ms = (performance.now() - t0).toFixed(0);
  const parts = Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
  console.log(`lint: ${errors} error(s), ${warnings} warning(s) from Redocly and Spectral (source${bundleYaml ? ' and bundle' : ' only: the bundle failed'}) in ${ms} ms [${parts}]`);
  return errors + warnings > 0 || bundleYaml === undefined ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runLint().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
