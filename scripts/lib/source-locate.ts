/**
 * Where a node of the bundled contract comes from in the multi-file source.
 *
 * Spectral lints the bundle (one document, every `$ref` internal, so every
 * rule sees what a consumer sees and reports exact positions). An author edits
 * openapi/, so each finding is located back in the source: the bundle path is
 * walked from the root file, following each `$ref` into the file it names;
 * a hoisted component (`components.<type>.<Name>`, which the root does not
 * list) is the bundled file Redocly named it after (`<Name>.yaml`, as in
 * openapi/components/<type>/<Name>.yaml), and one hoisted from a fragment
 * (`./shared.yaml#/Name`) is found in the file whose top level holds that
 * name. The deepest node the walk reaches gives the file, line and column;
 * when not even the first step is found, the caller names the root file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { unescapePointer } from '../../src/pointer.ts';

export interface SourceLocation {
  /** Absolute path of the source file. */
  file: string;
  line: number;
  column: number;
}

interface Parsed {
  contents: YamlNode | null;
  lines: LineCounter;
}

/**
 * A locator for one bundle run: files are parsed once, on first use, from the
 * bytes the run's bundle read (`sources`) where there are some, else from disk.
 */
export function sourceLocator(root: string, bundledFiles: string[], sources?: ReadonlyMap<string, Buffer>): (bundlePath: Array<string | number>) => SourceLocation | undefined {
  const parsed = new Map<string, Parsed | null>();
  const load = (file: string): Parsed | null => {
    let p = parsed.get(file);
    if (p === undefined) {
      try {
        const lines = new LineCounter();
        const doc = parseDocument((sources?.get(file) ?? fs.readFileSync(file)).toString('utf8'), { lineCounter: lines, keepSourceTokens: false });
        p = { contents: doc.contents as YamlNode | null, lines };
      } catch {
        p = null;
      }
      parsed.set(file, p);
    }
    return p;
  };
  // Redocly names a component hoisted from a file after the file: Customer.yaml → Customer.
  const byName = new Map<string, string[]>();
  for (const f of bundledFiles) {
    const name = path.basename(f).replace(/\.(ya?ml|json)$/, '');
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  const componentFile = (type: string, name: string): string | undefined => {
    const candidates = byName.get(name) ?? [];
    return candidates.find((f) => path.basename(path.dirname(f)) === type) ?? (candidates.length === 1 ? candidates[0] : undefined);
  };

  /** The value under `key` and, in a map, the key itself (findings point at the key, as the linters do). */
  const entry = (node: YamlNode | null, key: string): { value: YamlNode | null; at: YamlNode } | undefined => {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
      if (!pair) return undefined;
      const value = (pair.value as YamlNode | null) ?? null;
      return { value, at: (isScalar(pair.key) ? pair.key : value) ?? (pair.key as YamlNode) };
    }
    if (isSeq(node) && /^\d+$/.test(key)) {
      const value = (node.items[Number(key)] as YamlNode | undefined) ?? null;
      return value ? { value, at: value } : undefined;
    }
    return undefined;
  };
  const child = (node: YamlNode | null, key: string): YamlNode | null => entry(node, key)?.value ?? null;
  /** A `$ref` to another file (`./x.yaml` or `./x.yaml#/a/b`): the file and the node it names. */
  const follow = (node: YamlNode | null, file: string): { file: string; node: YamlNode | null } | undefined => {
    const ref = child(node, '$ref');
    if (!isScalar(ref) || typeof ref.value !== 'string' || ref.value.startsWith('#')) return undefined;
    const [target = '', fragment = ''] = ref.value.split('#');
    const next = path.resolve(path.dirname(file), target);
    let n: YamlNode | null = load(next)?.contents ?? null;
    for (const seg of fragment.split('/').filter(Boolean)) n = child(n, unescapePointer(seg));
    return n ? { file: next, node: n } : undefined;
  };
  const position = (file: string, node: YamlNode): SourceLocation | undefined => {
    const p = load(file);
    const offset = node.range?.[0];
    if (!p || offset === undefined) return undefined;
    const { line, col } = p.lines.linePos(offset);
    return { file, line, column: col };
  };

  return (bundlePath) => {
    let file = root;
    let node = load(root)?.contents ?? null;
    let segs = bundlePath.map(String);
    let best: SourceLocation | undefined;
    // A component the root does not declare was hoisted from a file: start there.
    if (segs[0] === 'components' && segs.length >= 3 && !child(child(child(node, 'components'), segs[1]!), segs[2]!)) {
      const f = componentFile(segs[1]!, segs[2]!);
      const contents = f ? (load(f)?.contents ?? null) : null;
      if (f && contents) {
        file = f;
        node = contents;
      } else {
        // Hoisted from a fragment (`./shared.yaml#/Name`): the file whose top level holds that name.
        const holder = bundledFiles.find((b) => child(load(b)?.contents ?? null, segs[2]!));
        if (!holder) return undefined;
        file = holder;
        node = child(load(holder)?.contents ?? null, segs[2]!);
      }
      segs = segs.slice(3);
      best = node ? position(file, node) : undefined;
    }
    for (const seg of segs) {
      const via = follow(node, file);
      if (via) ({ file, node } = via);
      const next = entry(node, seg);
      if (!next) break;
      best = position(file, next.at) ?? best;
      node = next.value;
    }
    return best;
  };
}
