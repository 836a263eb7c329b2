/** What every suite hands back, and the options they all take. */

export type Status = 'met' | 'missed' | 'info' | 'not measured';

export interface Row {
  /** What was measured, e.g. "Pipeline: one process vs chained CLIs". */
  metric: string;
  /** The figure as printed: median and spread, with units. */
  figure: string;
  /** The target, in words ("≥ 3x faster"), when there is one. */
  target?: string;
  status: Status;
}

export interface SuiteResult {
  id: string;
  title: string;
  wallMs: number;
  rows: Row[];
  /** Markdown paragraphs/tables for docs/benchmarks.md (method, breakdowns, findings). */
  details: string[];
  /** For targets missed: what limits the figure and what would change it, from this run's data. */
  analysis?: string[];
  /** Raw figures for bench/results.json. */
  data: Record<string, unknown>;
  /** Set when the suite could not run to the end. */
  error?: string;
}

export interface SuiteContext {
  /** Multiplies round counts (1 normally; --quick makes it smaller). */
  scale: number;
  log: (line: string) => void;
  /** A private temp directory for this suite (removed afterwards). */
  tmp: string;
}

export function rounds(ctx: SuiteContext, normal: number, min = 2): number {
  return Math.max(min, Math.round(normal * ctx.scale));
}

/** Markdown table from a header and rows of cells. */
export function mdTable(header: string[], rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [`| ${header.map(esc).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}
