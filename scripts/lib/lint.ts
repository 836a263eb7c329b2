/**
 * Lint, two ways, in this process, each linter once, on the form it reads
 * exactly: Redocly (recommended ruleset plus the rules in redocly.yaml) on
 * the multi-file source, and Spectral (spectral:oas, OWASP and the project
 * rules in .spectral.yaml) on the bundle, each of its findings located back
 * in the source file an author edits.
 *
 * Redocly resolves a multi-file document itself and reports exact source
 * positions; its pass over the bundle repeated every source finding at the
 * bundle's lines and found nothing else (the bundler's own problems already
 * fail the bundle step). Spectral 1.24 does not read a multi-file source
 * well: it misreports a `$ref`'d path item (oas3-schema "unevaluated
 * properties") and, once many path items share components (measured with the
 * bench's 100-operation contract), attributes findings to the wrong node
 * (oas3-valid-media-example at "value.value", missing descriptions that are
 * there). On the bundle every rule sees exactly what a consumer gets (the
 * bundled document itself, which generated/openapi.yaml and openapi.json are
 * printed from), and each finding's path is exact;
 * scripts/lib/source-locate.ts maps each path to its source file and line
 * and keeps it as the pointer. One pass per linter instead of two also
 * halves lint's time.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding, OpenApiDocument, SourceFiles } from './contract.ts';
import { checkKeys } from './lint-keys.ts';
import { checkValues } from './lint-values.ts';
import { redoclySourceLint } from './redocly-lint.ts';
import { spectralLint } from './spectral-lint.ts';
import { sourceLocator } from './source-locate.ts';
import { BUNDLE_YAML, SPEC_ROOT, rel } from './paths.ts';

/**
 * Files under the contract folder that the root never reaches through a
 * `$ref`. Neither linter sees them (they are not part of the document), so a
 * stray or misspelt file would otherwise go unnoticed.
 */
export function orphanFiles(root: string, bundled: string[]): Finding[] {
  const dir = path.resolve(path.dirname(root));
  const reached = new Set(bundled.map((f) => path.resolve(f)));
  reached.add(path.resolve(root));
  const out: Finding[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(e.name) && !reached.has(full)) {
        out.push({
          tool: 'project',
          target: 'source',
          severity: 'error',
          rule: 'connect-call-orphan-file',
          file: rel(full),
          line: 1,
          column: 1,
          message: 'no $ref reaches this file from the root document: reference it, or delete it',
        });
      }
    }
  };
  walk(dir);
  return out;
}

export interface LintReport {
  findings: Finding[];
}

/**
 * Lint the source in openapi/ and, when given, the bundled contract (the
 * document generated/openapi.yaml is written from, linted as if it were that
 * file, before it is written): Redocly on the source, Spectral on the bundle
 * with each finding located in the source (`bundledFiles` lets hoisted
 * components be traced to their files; `sources`, the bytes the bundle read,
 * are what Redocly and the placing read), and the project's own checks on
 * the bundle (values: scripts/lib/lint-values.ts; keys: lint-keys.ts). Without a bundle, Redocly's
 * source pass alone runs (the pipeline reports a bundle failure with the
 * bundler's own file and line instead, and does not lint).
 */
export async function lintContract(
  opts: { bundle?: OpenApiDocument; root?: string; bundledFiles?: string[]; sources?: SourceFiles; spectralFindings?: Promise<Finding[]>; redoclyFindings?: Promise<Finding[]> } = {},
): Promise<LintReport> {
  const root = opts.root ?? SPEC_ROOT;
  // Redocly's findings on the source: made elsewhere (the source lint thread) or here.
  const jobs: Promise<Finding[]>[] = [opts.redoclyFindings ?? redoclySourceLint(root, opts.sources)];
  const doc = opts.bundle;
  if (doc !== undefined) {
    // One locator for both passes: it reads and parses each source file once.
    const place = inSource(root, opts.bundledFiles ?? [], opts.sources);
    // Spectral's findings on the bundle: made elsewhere (the lint thread) or here.
    jobs.push((opts.spectralFindings ?? spectralLint(doc, BUNDLE_YAML, 'bundle')).then(place));
    // Defaults and header examples, which neither linter checks (scripts/lib/lint-values.ts), and keys readers take apart (lint-keys.ts).
    jobs.push(Promise.resolve().then(() => place([...checkValues(doc), ...checkKeys(doc)])));
  }
  const findings = (await Promise.all(jobs)).flat();
  if (opts.bundledFiles) findings.push(...orphanFiles(root, opts.bundledFiles));
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { findings };
}

/**
 * Bundle findings moved to the source file and line they come from; the
 * bundle's path stays as the pointer. A finding the walk cannot place (a node
 * the bundler made, or the document as a whole) goes to the root file.
 */
function inSource(root: string, bundledFiles: string[], sources: SourceFiles | undefined): (findings: Finding[]) => Finding[] {
  const locate = sourceLocator(root, bundledFiles, sources);
  return (findings) =>
    findings.map((f) => {
      const at = (f.segments?.length ? locate(f.segments) : undefined) ?? { file: root, line: 1, column: 1 };
      return { ...f, file: rel(at.file), line: at.line, column: at.column };
    });
}

export function summarize(findings: Finding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
