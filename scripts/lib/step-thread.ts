/**
 * A pipeline step on another core: a worker thread running the compiled build
 * of one scripts/lib/*-worker.ts module (scripts/lib/compiled.mjs), so it
 * loads plain JavaScript whether the caller runs under tsx, vitest or
 * compiled. The caller asks with a message and gets the worker's answer back
 * as a promise; the thread keeps the process alive only while an answer is
 * pending. The worker side is `serveSteps` below.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { compiledFile } from './compiled.mjs';

type Reply = { id: number; value?: unknown; error?: string };

export interface StepThread {
  /** Send `message` (structured-cloned) and wait for the worker's answer. */
  ask<T>(message: Record<string, unknown>): Promise<T>;
  /** A message that expects no answer. */
  tell(message: Record<string, unknown>): void;
  /** Stop the thread; pending answers reject. */
  close(): Promise<void>;
}

/** Start the worker `entry` (a COMPILED_ENTRIES module); `name` is how its errors are labelled. */
export function startStepThread(entry: string, name: string): StepThread {
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let current: Worker | undefined;
  const settle = () => {
    if (!pending.size) current?.unref();
  };
  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    settle();
  };
  let closed = false;
  // A thread that died (an uncaught error in a library, out of memory) is
  // started again by the next ask, so a long-lived caller (the dev watcher)
  // recovers on its next save instead of waiting for an answer forever.
  let worker: Promise<Worker> | undefined;
  /** The running worker once `worker` has resolved: a message to it is posted (and cloned) at once. */
  let ready: Worker | undefined;
  const start = (): Promise<Worker> =>
    compiledFile(entry).then((file) => {
      const w = new Worker(file, { stdout: false, stderr: false });
      current = w;
      ready = w;
      w.unref();
      w.on('message', (m: Reply) => {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        settle();
        if (m.error !== undefined) p.reject(new Error(`${name}: ${m.error}`));
        else p.resolve(m.value);
      });
      w.on('error', (err) => failAll(err));
      w.on('exit', (code) => {
        worker = undefined;
        if (ready === w) ready = undefined;
        failAll(new Error(`the ${name} exited (code ${code})`));
      });
      return w;
    });
  const alive = (): Promise<Worker> => {
    if (closed) return Promise.reject(new Error(`the ${name} was closed`));
    worker ??= start();
    return worker;
  };
  // Start loading at once: the thread warms up while the caller does other work.
  alive().catch(() => undefined);
  return {
    async ask<T>(message: Record<string, unknown>): Promise<T> {
      const id = nextId++;
      // The message is cloned now, whatever the caller does with it next:
      // posted at once to a running worker, else copied until one is up. A
      // message that cannot be cloned fails the ask here, leaving nothing
      // pending.
      const running = closed ? undefined : ready;
      const copy = running ? undefined : structuredClone({ id, ...message });
      const w = running ?? (await alive());
      return new Promise<T>((resolve, reject) => {
        w.postMessage(copy ?? { id, ...message });
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        w.ref();
      });
    },
    tell(message) {
      // In order with asks: at once to a running worker, as they are.
      if (!closed && ready) return void ready.postMessage(message);
      void alive().then(
        (w) => w.postMessage(message),
        () => undefined,
      );
    },
    async close() {
      closed = true;
      const w = await worker?.catch(() => undefined);
      failAll(new Error(`the ${name} was closed`));
      await w?.terminate();
    },
  };
}

/**
 * The worker side: answer each message that carries an `id` with what
 * `handle` resolves to (or its error); messages without an id go to `handle`
 * too, unanswered.
 */
export function serveSteps(file: string, handle: (message: Record<string, unknown>) => unknown): void {
  if (!parentPort) throw new Error(`${file} runs as a worker thread (see scripts/lib/step-thread.ts)`);
  const port = parentPort;
  port.on('message', (m: Record<string, unknown>) => {
    if (typeof m['id'] !== 'number') return void handle(m);
    const id = m['id'];
    Promise.resolve()
      .then(() => handle(m))
      .then(
        (value) => port.postMessage({ id, value }),
        (err: unknown) => port.postMessage({ id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
      );
  });
}
