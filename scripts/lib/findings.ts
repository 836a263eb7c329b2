/**
 * The contract's document type, a lint finding, and the error that stops the
 * pipeline: what commands print and test for, in a module that loads nothing
 * heavy (so a command's `--help` and its error handling do not load the
 * bundler). scripts/lib/contract.ts does the bundling.
 */
import { ToolError } from './errors.ts';
import { BUNDLE_YAML, rel } from './paths.ts';

export type OpenApiDocument = Record<string, any> & {
  openapi: string;
  info: { title: string; version: string; [k: string]: unknown };
  paths: Record<string, Record<string, any>>;
  components: Record<string, Record<string, any>>;
};

export interface Finding {
  /** 'project' for this repository's own checks (e.g. orphan files). */
  tool: 'redocly' | 'spectral' | 'project';
  target: 'source' | 'bundle';
  severity: 'error' | 'warning' | 'info' | 'hint';
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
  /** JSON path inside the file, when the tool reports one. */
  pointer?: string;
  /** The same path as segments (Spectral): a key may contain a dot. */
  segments?: Array<string | number>;
}

/**
 * An error found by one of this project's own checks of the bundle
 * (lint-values.ts, lint-keys.ts), at a bundle path the pipeline places in
 * the source, as it places Spectral's.
 */
export function bundleError(rule: string, message: string, at: string[]): Finding {
  return { tool: 'project', target: 'bundle', severity: 'error', rule, file: rel(BUNDLE_YAML), line: 1, column: 1, message, pointer: at.join('.'), segments: at };
}

/** A problem that stops the pipeline: it has a file, a line and a reason. */
export class ContractError extends ToolError {
  constructor(readonly findings: Finding[]) {
    super(findings.map(formatFinding).join('\n'));
  }
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} [${f.tool} ${f.rule}] ${f.message}${f.pointer ? ` (at ${f.pointer})` : ''}`;
}
