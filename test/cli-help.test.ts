/**
 * Every npm script that runs one of our entry scripts answers `--help` with
 * its usage, its flags and its exit codes, on stdout, and exits 0 — without
 * doing its job (the help is printed before any heavy library loads).
 *
 * Speed: a `tsx` start compiles on the fly (about a second of CPU each, 14
 * of them). The scripts that package.json runs with tsx are run here as one
 * esbuild bundle of all their entries (scripts/lib/compiled.mjs's
 * bundleScripts, the build `npm run pipeline` and `npm run dev` use), built
 * once for this file: the same code, the same argv, the same process exit,
 * without the loader. Those that package.json already runs compiled
 * (`node scripts/lib/compiled.mjs …`) are run by that exact command. That tsx
 * itself starts the entries is shown by test/prism.test.ts, which spawns
 * `tsx scripts/start.ts` and `tsx scripts/mock.ts`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleScripts } from '../scripts/lib/compiled.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
/** `tsx scripts/x.ts --flag` (or the compiled runner, `node scripts/lib/compiled.mjs scripts/x.ts`) → the entry file and its fixed arguments. */
const entries = Object.entries(scripts)
  .map(([name, cmd]) => [name, /^(tsx|node scripts\/lib\/compiled\.mjs) (\S+\.ts)(.*)$/.exec(cmd)] as const)
  .filter((e): e is readonly [string, RegExpExecArray] => e[1] !== null)
  .map(([name, m]) => ({ name, compiled: m[1] !== 'tsx', file: m[2]!, args: m[3]!.trim().split(/\s+/).filter(Boolean) }));

// Inside the project, so that the bundles' package imports resolve to its node_modules.
let outDir: string;
let bundles: Record<string, string>;
beforeAll(async () => {
  const cache = path.join(ROOT, 'node_modules', '.cache', 'calls-api-contract');
  fs.mkdirSync(cache, { recursive: true });
  outDir = fs.mkdtempSync(path.join(cache, 'cli-help-'));
  bundles = await bundleScripts([...new Set(entries.filter((e) => !e.compiled).map((e) => e.file))], outDir, { inlinePackages: false });
});
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

/**
 * The command package.json gives, with `--help`: the compiled runner as
 * written, or the entry's bundle, imported by a Node whose argv[1] is the
 * entry's .ts path, as under tsx (the script's runMain checks it).
 */
function command(e: (typeof entries)[number]): string[] {
  if (e.compiled) return ['scripts/lib/compiled.mjs', e.file, ...e.args, '--help'];
  return ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(bundles[e.file]!).href)})`, path.join(ROOT, e.file), ...e.args, '--help'];
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('every script answers --help', () => {
  it('finds the scripts', () => {
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['start', 'lint', 'generate', 'generate:check', 'dev', 'docs', 'mock', 'verify', 'fuzz', 'diff', 'release', 'pipeline', 'build', 'bench']),
    );
    expect(entries.filter((e) => e.compiled).map((e) => e.name)).toEqual(expect.arrayContaining(['dev', 'pipeline']));
  });
  it('prints usage, flags and exit codes on stdout and exits 0', async () => {
    // Three at a time: each is a Node process.
    const results: Array<{ name: string; code: number | null; stdout: string; stderr: string }> = [];
    const queue = [...entries];
    await Promise.all(
      [0, 1, 2].map(async () => {
        for (let e = queue.shift(); e; e = queue.shift()) results.push({ name: e.name, ...(await run(command(e))) });
      }),
    );
    expect(results.map((r) => r.name).sort()).toEqual(entries.map((e) => e.name).sort());
    const bad = results
      .filter((r) => r.code !== 0 || !/^usage: npm /m.test(r.stdout) || !/exit codes:\n\s+0 /.test(r.stdout))
      .map((r) => `${r.name}: exit ${r.code}\n${r.stdout}${r.stderr}`.slice(0, 600));
    expect(bad).toEqual([]);
  }, 120_000);
});
