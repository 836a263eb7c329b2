/**
 * A bounded closed-loop load generator: `concurrency` workers each send one
 * request after another until `maxRequests` have been started in total or
 * `maxMs` has passed, whichever comes first. Every request's latency is kept.
 */
import http from 'node:http';

export interface LoadResult {
  /** Latency of every completed request, in ms. */
  latencies: number[];
  /** Wall time from the first send to the last completion, in ms. */
  wallMs: number;
  count: number;
  errors: number;
  firstError?: string;
  /** Requests per second over the segment. */
  rps: number;
  /** True when the time limit, not the request count, ended the segment. */
  hitTimeLimit: boolean;
}

export async function runLoad(send: () => Promise<unknown>, opts: { concurrency: number; maxRequests: number; maxMs: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  let firstError: string | undefined;
  let hitTimeLimit = false;
  const t0 = performance.now();
  const deadline = t0 + opts.maxMs;
  const worker = async () => {
    for (;;) {
      if (started >= opts.maxRequests) return;
      if (performance.now() >= deadline) {
        hitTimeLimit = true;
        return;
      }
      started++;
      const s = performance.now();
      try {
        await send();
        latencies.push(performance.now() - s);
      } catch (err) {
        errors++;
        firstError ??= err instanceof Error ? err.message : String(err);
        // A failing target must not spin: stop this worker after many errors.
        if (errors > 50) return;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const wallMs = performance.now() - t0;
  return { latencies, wallMs, count: latencies.length, errors, firstError, rps: (latencies.length / wallMs) * 1000, hitTimeLimit };
}

/**
 * A minimal keep-alive POST over node:http (cheaper per request than fetch),
 * for measuring servers rather than clients. Resolves with the status code
 * once the whole response has been read.
 */
export function httpPoster(url: string, body: string, headers: Record<string, string>, maxSockets: number): { post: () => Promise<number>; close: () => void } {
  const u = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets, keepAliveMsecs: 30_000 });
  const payload = Buffer.from(body);
  const allHeaders = { ...headers, 'content-length': String(payload.length) };
  const post = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: 'POST', agent, headers: allHeaders }, (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(status);
          else reject(new Error(`HTTP ${status} from ${url}`));
        });
        res.on('error', reject);
      });
      req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url} within 10 s`)));
      req.on('error', reject);
      req.end(payload);
    });
  return { post, close: () => agent.destroy() };
}
