/**
 * Small statistics for the benchmarks: quantiles, and the per-round ratio
 * summary every comparison is reported with (median and spread of the ratios
 * of rounds measured side by side, because the machines are shared and noisy).
 */

/** Linear-interpolated quantile (q in 0..1) of unsorted numbers. NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo]!;
  const b = s[hi]!;
  return a + (b - a) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export function sum(values: readonly number[]): number {
  let t = 0;
  for (const v of values) t += v;
  return t;
}

/** Median with spread: what every figure in the report is. */
export interface Spread {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  return {
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    n: values.length,
  };
}

/** Ratio of each round's B over its A (pairs measured back to back). */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`ratios: ${a.length} A rounds but ${b.length} B rounds`);
  return a.map((x, i) => b[i]! / x);
}

/**
 * "1.23x (min–max 1.18–1.30)" or, with many rounds, "1.23x (p25–p75 1.20–1.26)":
 * the median of per-round ratios and their spread.
 */
export function fmtRatio(s: Spread, digits = 2, mode: 'minmax' | 'iqr' = s.n >= 8 ? 'iqr' : 'minmax'): string {
  if (!Number.isFinite(s.median)) return 'n/a';
  const [lo, hi, name] = mode === 'iqr' ? [s.p25, s.p75, 'p25–p75'] : [s.min, s.max, 'min–max'];
  return `${s.median.toFixed(digits)}x (${name} ${lo.toFixed(digits)}–${hi.toFixed(digits)})`;
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  if (ms >= 0.01) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms >= 0.001) return `${(ms * 1000).toFixed(2)} µs`;
  return `${(ms * 1e6).toFixed(0)} ns`;
}

export function fmtSpreadMs(s: Spread): string {
  return `${fmtMs(s.median)} (min–max ${fmtMs(s.min)}–${fmtMs(s.max)})`;
}

export function fmtBytes(n: number): string {
  return n >= 1024 ? `${(n / 1024).toFixed(2)} kB` : `${n} B`;
}

export function fmtOps(opsPerSec: number): string {
  if (opsPerSec >= 1e6) return `${(opsPerSec / 1e6).toFixed(2)} M ops/s`;
  if (opsPerSec >= 1e3) return `${(opsPerSec / 1e3).toFixed(1)} k ops/s`;
  return `${opsPerSec.toFixed(0)} ops/s`;
}

/** Round a number for results.json: enough digits, no float noise. */
export function round(n: number, digits = 3): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function roundSpread(s: Spread, digits = 3): Spread {
  return {
    median: round(s.median, digits),
    p25: round(s.p25, digits),
    p75: round(s.p75, digits),
    min: round(s.min, digits),
    max: round(s.max, digits),
    n: s.n,
  };
}
