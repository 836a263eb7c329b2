/**
 * A synthetic contract of any size, made from the real one: the scale suite
 * (bench/suites/scale.ts) measures the chain at 1, 10 and 100 operations, and
 * tests use it where a bigger contract than the real four operations matters.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Rewrite the copy's contract to `n` operations: operation k is a copy of the
 * real path item k mod 4 (connectCall first), under `/calls/v1/s<k>/…` with
 * operationId `<id>S<k>`; the first four keep their real path and id.
 */
export function synthesize(openapiDir: string, n: number): void {
  const pathsDir = path.join(openapiDir, 'paths');
  const root = path.join(openapiDir, 'openapi.yaml');
  const text = fs.readFileSync(root, 'utf8');
  const m = /^paths:\n((?: {2}.*\n)+)/m.exec(text);
  if (!m) throw new Error('openapi.yaml: no paths section to rewrite');
  const real = [...m[1]!.matchAll(/^ {2}(\S+):\n {4}\$ref: (\S+)\n/gm)].map((x) => ({ path: x[1]!, file: x[2]! }));
  real.sort((a, b) => Number(b.path.endsWith('/connect')) - Number(a.path.endsWith('/connect')));
  const templates = real.map((r) => ({ ...r, text: fs.readFileSync(path.join(openapiDir, r.file), 'utf8') }));
  for (const r of real) fs.rmSync(path.join(openapiDir, r.file));
  const entries: string[] = [];
  for (let k = 0; k < n; k++) {
    const t = templates[k % templates.length]!;
    const keep = k < templates.length;
    const file = keep ? t.file : `paths/synthetic_${k}.yaml`;
    const p = keep ? t.path : t.path.replace('/calls/v1/', `/calls/v1/s${k}/`);
    fs.writeFileSync(path.join(openapiDir, file), keep ? t.text : t.text.replace(/operationId: (\w+)/, `operationId: $1S${k}`));
    entries.push(`  ${p}:\n    $ref: ${file}\n`);
  }
  fs.writeFileSync(root, text.replace(m[0], `paths:\n${entries.join('')}`));
  if (!fs.readdirSync(pathsDir).some((f) => f.endsWith('.yaml'))) throw new Error('synthesize: no path files written');
}
