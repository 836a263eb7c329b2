/**
 * Every npm script that runs one of our entry scripts answers `--help` with
 * its usage, its flags and its exit codes, on stdout, and exits 0 — without
 * doing its job (the help is printed before any heavy library loads).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
/** `tsx scripts/x.ts --flag` (or the compiled runner, `node scripts/lib/compiled.mjs scripts/x.ts`) → the entry file and its fixed arguments. */
const entries = Object.entries(scripts)
  .map(([name, cmd]) => [name, /^(?:tsx|node scripts\/lib\/compiled\.mjs) (\S+\.ts)(.*)$/.exec(cmd)] as const)
  .filter((e): e is readonly [string, RegExpExecArray] => e[1] !== null)
  .map(([name, m]) => ({ name, file: m[1]!, args: m[2]!.trim().split(/\s+/).filter(Boolean) }));

function run(file: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

describe('every script answers --help', () => {
  it('finds the scripts', () => {
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['start', 'lint', 'generate', 'generate:check', 'dev', 'docs', 'mock', 'verify', 'fuzz', 'diff', 'release', 'pipeline', 'build', 'bench']),
    );
  });
  it('prints usage, flags and exit codes on stdout and exits 0', async () => {
    // Three at a time: each is a Node process starting tsx.
    const results: Array<{ name: string; code: number | null; stdout: string; stderr: string; ms: number }> = [];
    const queue = [...entries];
    await Promise.all(
      [0, 1, 2].map(async () => {
        for (let e = queue.shift(); e; e = queue.shift()) results.push({ name: e.name, ...(await run(e.file, [...e.args, '--help'])) });
      }),
    );
    const bad = results
      .filter((r) => r.code !== 0 || !/^usage: npm /m.test(r.stdout) || !/exit codes:\n\s+0 /.test(r.stdout))
      .map((r) => `${r.name}: exit ${r.code}\n${r.stdout}${r.stderr}`.slice(0, 600));
    expect(bad).toEqual([]);
  }, 120_000);
});
