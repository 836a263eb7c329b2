/** Shared command-line plumbing for scripts/*.ts. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** True when the module at `metaUrl` is the script node was asked to run (works for paths with spaces too). */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  return Boolean(entry) && metaUrl === pathToFileURL(path.resolve(entry!)).href;
}

/**
 * Run `main(argv)` when this module is the entry script, and exit with the
 * code it returns; an unexpected error prints its stack and exits `failCode`.
 */
export function runMain(metaUrl: string, main: (argv: string[]) => Promise<number>, failCode = 1): void {
  if (!isMain(metaUrl)) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(failCode);
    },
  );
}
