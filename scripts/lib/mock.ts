/**
 * Serving the contract as a mock on this machine: the Prism mock (answers
 * from the named examples, or generated with dynamic), or the stateful
 * reference server: the curl to paste and the serve-until-Ctrl-C loop,
 * shared by `npm run mock` and `npm start` (their flags and the port check:
 * scripts/lib/mock-args.ts).
 */
import { operations } from '../../generated/operations.ts';
import { shellQuote } from './cli.ts';
import { requestExample } from './examples.ts';
import { isLoopback, portProblem, type MockOptions } from './mock-args.ts';
import { startPrism, type PrismInstance } from './prism.ts';
import { startReferenceServer, type ReferenceServer } from './reference-server.ts';

/** A ready-to-paste curl for Connect Call's minimal request example against the mock at `url`. */
export function curlExample(url: string): string {
  const op = operations.connectCall;
  const body = JSON.stringify(requestExample('connectCall', 'minimal'));
  return [
    `curl -sS -X ${op.method.toUpperCase()} ${shellQuote(url + op.path)} \\`,
    `  -H 'Authorization: Bearer test-token' \\`,
    `  -H 'Content-Type: ${op.requestContentType}' \\`,
    `  -d ${shellQuote(body)}`,
  ].join('\n');
}

/** Serve until SIGINT/SIGTERM (or Prism dies); returns the exit code. */
export async function serveMock(opts: MockOptions): Promise<number> {
  if (!isLoopback(opts.host)) console.warn(`mock: warning: listening on ${opts.host}, reachable from other machines`);
  const busy = await portProblem(opts);
  if (busy) {
    console.error(`mock: ${busy}`);
    return 1;
  }
  if (opts.stateful) return serveStateful(opts);
  let ready = false;
  let prism: PrismInstance;
  try {
    prism = await startPrism({
      mode: 'mock',
      host: opts.host,
      port: opts.port,
      dynamic: opts.dynamic,
      logLevel: opts.verbose ? 'info' : 'warn',
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      onLog: (line) => {
        if (ready && !opts.quiet) console.log(line);
      },
    });
  } catch (err) {
    console.error(`mock: could not start Prism: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  ready = true;
  console.log(`Prism mock (pid ${prism.pid}) is listening on ${prism.url} (ready in ${prism.readyMs} ms)`);
  console.log(
    `responses: ${opts.dynamic ? `generated from the schemas${opts.seed !== undefined ? ` (seed ${opts.seed})` : ''}` : 'the named examples'}; select one with a Prefer header, e.g. "Prefer: code=429" or "Prefer: example=queued"`,
  );
  console.log(`try it:\n\n${curlExample(prism.url)}\n\nCtrl-C to stop.`);
  return untilSignal(
    'Prism',
    () => prism.stop(),
    () => (prism.exited ? `Prism exited unexpectedly\n${prism.logs().split('\n').slice(-20).join('\n')}` : undefined),
  );
}

/** --stateful: the reference server until SIGINT/SIGTERM. */
async function serveStateful(opts: MockOptions): Promise<number> {
  let server: ReferenceServer;
  try {
    server = await startReferenceServer({ host: opts.host, port: opts.port, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) });
  } catch (err) {
    console.error(`mock: could not start the reference server: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  console.log(`Stateful reference server is listening on ${server.url}${opts.seed !== undefined ? ` (seed ${opts.seed})` : ''}`);
  console.log('responses: from an in-memory store; calls you connect can be got, listed and ended (any bearer token is accepted)');
  console.log(`try it:\n\n${curlExample(server.url)}\n\nCtrl-C to stop.`);
  return untilSignal(
    'the reference server',
    () => server.close(),
    () => undefined,
  );
}

/** Resolve on SIGINT/SIGTERM after stopping `what` (0), or when `died` reports a reason (1). */
function untilSignal(what: string, stop: () => Promise<void>, died: () => string | undefined): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      console.log(`\nmock: ${signal} received, stopping ${what}…`);
      stop().then(
        () => {
          console.log(`mock: ${what} stopped`);
          resolve(0);
        },
        (err: unknown) => {
          console.error(`mock: ${err instanceof Error ? err.message : String(err)}`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    const watch = setInterval(() => {
      const why = stopping ? undefined : died();
      if (why) {
        clearInterval(watch);
        console.error(`mock: ${why}`);
        resolve(1);
      }
    }, 250);
    watch.unref();
  });
}
