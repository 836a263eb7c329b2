/**
 * npm start: the main job. Lint both ways, generate every target and render
 * the docs (one process, nothing written unless all of it succeeds), then
 * start the Prism mock on 127.0.0.1 and print where everything is.
 *
 *   npm start                 mock on 127.0.0.1:4010
 *   npm start -- --port 4011  another port
 *   npm start -- --dynamic    schema-generated responses instead of the named examples
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPipeline } from './lib/pipeline.ts';
import { startPrism } from './lib/prism.ts';
import { ROOT, rel } from './lib/paths.ts';
import { DOCS_INDEX } from './lib/docs.ts';
import { isMain } from './lib/cli.ts';

export interface StartOptions {
  port: number;
  dynamic: boolean;
}

export function parseStartArgs(argv: string[]): StartOptions {
  const opts: StartOptions = { port: 4010, dynamic: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dynamic') opts.dynamic = true;
    else if (a === '--port') {
      const v = argv[++i];
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`start: --port needs a port number from 1 to 65535, got ${JSON.stringify(v ?? '')}`);
      opts.port = n;
    } else throw new Error(`start: unknown flag ${a} (expected --port <n>, --dynamic)`);
  }
  return opts;
}

async function main(): Promise<number> {
  let opts: StartOptions;
  try {
    opts = parseStartArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const result = await runPipeline();
  const t = Object.entries(result.timings).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
  if (!result.ok) {
    console.error(`start: the pipeline failed (${t}); fix the findings above. The mock was not started.`);
    return 1;
  }
  console.log(`pipeline: ${result.targets.length} targets, ${result.written.length} changed (${t})`);
  const prism = await startPrism({ mode: 'mock', host: '127.0.0.1', port: opts.port, dynamic: opts.dynamic });
  const minimal = fs.readFileSync(path.join(ROOT, 'test/fixtures/minimal-request.json'), 'utf8').replace(/\s+/g, ' ').trim();
  const url = `${prism.url}/calls/v1/conversations/connect`;
  console.log(`
Connect Call contract is ready.

  source      ${rel(path.join(ROOT, 'openapi'))}/openapi.yaml (edit here; \`npm run dev\` regenerates on save)
  generated   ${result.targets.filter((f) => f.startsWith('generated/')).join(', ')}
  docs        ${pathToFileURL(DOCS_INDEX).href}
  mock        ${prism.url} (Prism, ${opts.dynamic ? 'dynamic responses' : 'responses from the named examples'}, ready in ${prism.readyMs.toFixed(0)} ms)

Try it:

  curl -sS -X POST '${url}' \\
    -H 'Authorization: Bearer test-token' \\
    -H 'Content-Type: application/json' \\
    -d '${minimal}'

Ctrl-C stops the mock.`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await prism.stop();
  console.log('\nstart: mock stopped');
  return 0;
}

if (isMain(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
