/**
 * npm run mock: serve the contract on 127.0.0.1:4010 with a real Prism mock,
 * or with --stateful the in-memory reference server. The work is in
 * scripts/lib/mock.ts and its flags in scripts/lib/mock-args.ts (both shared
 * with npm start).
 */
import { reportUsage, runMain } from './lib/cli.ts';
import { parseMockArgs, type MockOptions } from './lib/mock-args.ts';
import { serveMock } from './lib/mock.ts';

runMain(import.meta.url, async (argv) => {
  let opts: MockOptions;
  try {
    opts = parseMockArgs(argv);
  } catch (err) {
    return reportUsage(err);
  }
  return serveMock(opts);
});
