/**
 * The step thread (scripts/lib/step-thread.ts), through the lint thread that
 * uses it: a message is cloned when it is sent, one that cannot be cloned
 * fails its own ask and nothing else, and asks and tells reach the worker in
 * the order they were made.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { startLintThread } from '../scripts/lib/lint-thread.ts';
import { BUNDLE_YAML } from '../scripts/lib/paths.ts';

const tiny = { openapi: '3.1.0', info: { title: 't', version: '1', description: 'd' }, paths: {} };

describe('the step thread', () => {
  it('a message that cannot be cloned fails its ask, starting or warm, and leaves nothing pending: the thread still answers and closes cleanly', async () => {
    const thread = startLintThread();
    const unclonable = { ...tiny, notData: () => undefined } as never;
    // While the thread starts (the message is copied until it is up), then on the running thread.
    await expect(thread.lint(unclonable, BUNDLE_YAML, 'bundle')).rejects.toThrow(/could not be cloned/);
    expect(Array.isArray(await thread.lint(tiny as never, BUNDLE_YAML, 'bundle'))).toBe(true);
    await expect(thread.lint(unclonable, BUNDLE_YAML, 'bundle')).rejects.toThrow(/could not be cloned/);
    expect(Array.isArray(await thread.lint(tiny as never, BUNDLE_YAML, 'bundle'))).toBe(true);
    // Closing rejects nothing left behind (an unhandled rejection would fail this run).
    await thread.close();
  }, 60_000);

  it('asks and tells reach the worker in the order they were made (a reset before a lint is done before it)', async () => {
    const thread = startLintThread();
    const sent: string[] = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, m: unknown, ...rest: never[]) {
      sent.push('reset' in (m as object) ? 'reset' : 'lint');
      return post.call(this, m, ...rest);
    };
    try {
      await thread.lint(tiny as never, BUNDLE_YAML, 'bundle');
      sent.length = 0;
      thread.reset('spectral');
      const answer = thread.lint(tiny as never, BUNDLE_YAML, 'bundle');
      await answer;
      expect(sent).toEqual(['reset', 'lint']);
    } finally {
      Worker.prototype.postMessage = post;
      await thread.close();
    }
  }, 60_000);
});
