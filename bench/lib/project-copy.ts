/**
 * A throw-away copy of the project for benchmarks that run the real commands
 * (`npm run pipeline`, the dev watcher, a synthetic contract): the contract,
 * the lint configs, scripts/, src/, generated/, docs/ and the package files
 * are copied; node_modules is a folder of symlinks to the project's packages
 * WITHOUT its .cache, so the copy's stamps, compiled scripts and ruleset cache
 * are its own and the real tree is never written or read stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './proc.ts';

const COPIED = ['openapi', 'scripts', 'src', 'generated', 'docs', 'redocly.yaml', '.spectral.yaml', 'package.json', 'package-lock.json', 'tsconfig.json'];

export interface ProjectCopy {
  dir: string;
  /** Empty node_modules/.cache (a first run after a fresh clone). */
  clearCaches(): void;
  /** Set a package.json script in the copy (e.g. the proposed compiled `pipeline`). */
  setScript(name: string, command: string): void;
}

export function copyProject(dir: string): ProjectCopy {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of COPIED) {
    const from = path.join(ROOT, name);
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(dir, name), { recursive: true, filter: (src) => !src.includes(`${path.sep}.cache`) });
  }
  const nm = path.join(dir, 'node_modules');
  fs.mkdirSync(nm, { recursive: true });
  for (const e of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (e === '.cache') continue;
    fs.symlinkSync(path.join(ROOT, 'node_modules', e), path.join(nm, e));
  }
  return {
    dir,
    clearCaches() {
      fs.rmSync(path.join(nm, '.cache'), { recursive: true, force: true });
    },
    setScript(name, command) {
      const file = path.join(dir, 'package.json');
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { scripts: Record<string, string> };
      pkg.scripts[name] = command;
      fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
    },
  };
}
