/**
 * The house rules of the tree, read from the import graph (static imports,
 * re-exports and dynamic `import('…')` with a literal path):
 * - src/ (the package runtime) imports nothing of scripts/ or bench/;
 * - an entry script (scripts/*.ts) never imports another entry script;
 * - scripts/lib/ never imports an entry script;
 * - bench/ imports scripts/lib/, never an entry script;
 * - nothing under scripts/, src/ or bench/ imports test/ or reads its fixtures
 *   at run time (the bench's bodies are the contract's own examples).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE = /\.(ts|mts|js|mjs)$/;

function files(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && SOURCE.test(d.name))
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)));
}

/** Every relative module a file imports, as a path from the project root. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), s)));
}

const isEntry = (f: string) => /^scripts\/[^/]+\.ts$/.test(f);
const graph = new Map<string, string[]>([...files('src'), ...files('scripts'), ...files('bench')].map((f) => [f, importsOf(f)]));

function violations(from: (f: string) => boolean, to: (target: string) => boolean): string[] {
  return [...graph].flatMap(([f, deps]) => (from(f) ? deps.filter(to).map((d) => `${f} → ${d}`) : []));
}

describe('house rules (import graph)', () => {
  it('reads a real graph', () => {
    expect(graph.size).toBeGreaterThan(20);
    expect(graph.get('src/client.ts')).toContain('generated/operations.ts');
  });
  it('src/ imports nothing of scripts/ or bench/', () => {
    expect(
      violations(
        (f) => f.startsWith('src/'),
        (d) => d.startsWith('scripts/') || d.startsWith('bench/'),
      ),
    ).toEqual([]);
  });
  it('no entry script imports another entry script', () => {
    expect(violations(isEntry, isEntry)).toEqual([]);
  });
  it('scripts/lib/ never imports an entry script', () => {
    expect(violations((f) => f.startsWith('scripts/lib/'), isEntry)).toEqual([]);
  });
  it('bench/ never imports an entry script', () => {
    expect(violations((f) => f.startsWith('bench/'), isEntry)).toEqual([]);
  });
  it('npm start loads nothing of generated/ before its pipeline has run (only through an import made after it)', () => {
    // Static imports only: what is loaded when scripts/start.ts starts.
    const staticImports = (file: string) =>
      [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^(?:import|export)\s(?!type\s)[^'"`]*?from\s*['"](\.[^'"]+)['"]/gm)].map((m) =>
        path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), m[1]!)),
      );
    const loaded = new Set<string>();
    const visit = (f: string) => {
      if (loaded.has(f) || !/\.[cm]?[jt]s$/.test(f)) return;
      loaded.add(f);
      for (const d of staticImports(f)) visit(d);
    };
    visit('scripts/start.ts');
    expect(loaded.has('scripts/lib/mock-args.ts')).toBe(true);
    expect([...loaded].filter((f) => f.startsWith('generated/'))).toEqual([]);
    // The mock, which does load generated/, is imported by start after the pipeline.
    expect(staticImports('scripts/lib/mock.ts')).toContain('generated/operations.ts');
    expect(importsOf('scripts/start.ts')).toContain('scripts/lib/mock.ts');
  });
  it('the tools, the bench and the package import nothing of test/ and read none of its fixtures', () => {
    const tool = (f: string) => f.startsWith('scripts/') || f.startsWith('src/') || f.startsWith('bench/');
    expect(violations(tool, (d) => d.startsWith('test/'))).toEqual([]);
    // A path written whole ('test/fixtures/x.json') or joined from its segments ('test', 'fixtures').
    const readsFixtures = (text: string) => /['"`][^'"`]*\btest\/(fixtures|helpers)\//.test(text) || /['"`]test['"`]\s*,\s*['"`](fixtures|helpers)['"`]/.test(text);
    expect(readsFixtures("path.join(ROOT, 'test', 'fixtures', 'x.json')")).toBe(true);
    expect(readsFixtures("path.join(ROOT, 'test/fixtures/x.json')")).toBe(true);
    // Code only: a comment may name the fixtures. Dropped: block comments that start a line
    // (a "/*" inside a string, such as an Accept header's, does not start a comment) and // lines.
    const stripComments = (text: string) => text.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');
    const code = (f: string) => stripComments(fs.readFileSync(path.join(ROOT, f), 'utf8'));
    expect(stripComments("const accept = '*/*';\nconst a = 'x/*';\nfs.readFileSync('test/fixtures/x.json');\n")).toContain('test/fixtures/x.json');
    expect(stripComments('/**\n * test/fixtures/x.json\n */\n// test/fixtures/y.json\n')).not.toMatch(/fixtures/);
    const reads = [...graph.keys()].filter(tool).filter((f) => readsFixtures(code(f)));
    expect(reads).toEqual([]);
  });
});
