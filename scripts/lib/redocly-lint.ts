/**
 * Redocly's pass: its recommended ruleset plus the rules in redocly.yaml,
 * over the multi-file source, with each finding at its file and line. Run on
 * this thread by scripts/lib/lint.ts, or in the dev watcher's source lint
 * thread (scripts/lib/source-lint-worker.ts).
 */
import { lint as redoclyLint } from '@redocly/openapi-core';
import { redoclyConfig, redoclyFinding, sourceResolver, type Finding, type SourceFiles } from './contract.ts';
import { installRedoclyAjvCache } from './redocly-ajv.ts';

/** Redocly on the multi-file source; `sources`: the files as this run's bundle read them. */
export async function redoclySourceLint(root: string, sources?: SourceFiles): Promise<Finding[]> {
  // Example validators whose schemas did not change are not compiled again (scripts/lib/redocly-ajv.ts).
  installRedoclyAjvCache();
  const config = await redoclyConfig();
  return (await redoclyLint({ ref: root, config, externalRefResolver: sourceResolver(config, sources) })).map((p) => redoclyFinding(p, 'source'));
}
