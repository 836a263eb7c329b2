/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`) by where the time went:
 * self time per package (node_modules/<pkg>), Node internals, the project's own
 * code, GC and idle, optionally split at a point in time (e.g. "modules
 * loaded" vs "work").
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Total sampled time in ms. */
  totalMs: number;
  /** Self time per category, ms, largest first. */
  byCategory: Array<{ category: string; ms: number }>;
  /** Hottest functions by self time. */
  topFunctions: Array<{ fn: string; ms: number }>;
}

export function categoryOf(url: string, functionName: string, root: string): string {
  if (!url) {
    if (functionName === '(garbage collector)') return '(garbage collector)';
    if (functionName === '(idle)') return '(idle)';
    // (program) is V8 itself: parsing and compiling JS, among other things.
    if (functionName === '(program)') return '(program: V8 parse/compile and other native work)';
    return `(native: ${functionName || 'anonymous'})`;
  }
  if (url.startsWith('node:')) return url.startsWith('node:internal/modules') ? 'node: module loader' : 'node: internals';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + '/node_modules/'.length).split('/');
    const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    return name;
  }
  if (clean.startsWith(root)) return `project: ${clean.slice(root.length + 1).split('/')[0]}/`;
  return 'other';
}

function summarise(profile: CpuProfile, root: string, from: number, to: number): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byId.set(n.id, n);
  const cat = new Map<string, number>();
  const fns = new Map<string, number>();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    if (t < from || t >= to) continue;
    const node = byId.get(profile.samples[i]!);
    if (!node) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    const c = categoryOf(url, functionName, root);
    cat.set(c, (cat.get(c) ?? 0) + dt);
    total += dt;
    if (url) {
      const key = `${functionName || '(anonymous)'} ${url.replace(/^file:\/\//, '').replace(`${root}/`, '')}:${lineNumber + 1}`;
      fns.set(key, (fns.get(key) ?? 0) + dt);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total / 1000,
    byCategory: sorted(cat).map(([category, us]) => ({ category, ms: us / 1000 })),
    topFunctions: sorted(fns)
      .slice(0, 12)
      .map(([fn, us]) => ({ fn, ms: us / 1000 })),
  };
}

/** Summaries of the whole profile and, when splitAtUs is given, of before/after that profile timestamp (µs). */
export function summariseProfile(file: string, root: string, splitAtUs?: number): { all: ProfileSummary; before?: ProfileSummary; after?: ProfileSummary } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const all = summarise(profile, root, -Infinity, Infinity);
  if (splitAtUs === undefined) return { all };
  return { all, before: summarise(profile, root, -Infinity, splitAtUs), after: summarise(profile, root, splitAtUs, Infinity) };
}
