/** Reporting a fuzz run: whether it passed, and the counts per target, kind and modelling rule. */
import { KNOWN_PRISM_DEFECTS } from './known-issues.ts';
import { isOperation } from './targets.ts';
import type { FuzzResult, Tally } from './runner.ts';

export function fuzzOk(r: FuzzResult): boolean {
  return r.disagreements.length === 0 && r.aliveAfter && r.stoppedBy !== 'mock-down';
}

const row = (name: string, t: Tally, width: number): string =>
  `  ${name.padEnd(width)} ${String(t.sent).padStart(7)} ${String(t.accepted).padStart(9)} ${String(t.rejected).padStart(9)} ${String(t.modelled).padStart(9)} ${String(t.disagreements).padStart(14)}`;

export function formatFuzzResult(r: FuzzResult, maxShown = 10): string {
  const targets = Object.keys(r.byTarget).sort();
  const width = Math.max(26, ...targets.map((t) => t.length));
  const total: Tally = { sent: r.sent, accepted: r.accepted, rejected: r.rejected, modelled: r.modelled, disagreements: r.disagreements.length };
  const http = targets.filter(isOperation).reduce((s, t) => s + r.byTarget[t]!.sent, 0);
  const lines = [
    `fuzz: seed ${r.seed}: judged ${r.sent} of ${r.planned} cases (${http} HTTP requests to the mock, ${r.sent - http} server messages) in ${(r.elapsedMs / 1000).toFixed(1)} s${r.stoppedBy === 'time' ? ' (time limit reached)' : r.stoppedBy === 'mock-down' ? ' (STOPPED: the mock stopped answering)' : ''}`,
    `  ${'target'.padEnd(width)} ${'sent'.padStart(7)} ${'accepted'.padStart(9)} ${'rejected'.padStart(9)} ${'modelled'.padStart(9)} ${'disagreements'.padStart(14)}`,
    ...targets.map((t) => row(t, r.byTarget[t]!, width)),
    row('total', total, width),
    `  (accepted/rejected: by both judges; modelled: the client and Prism differ exactly as a rule of scripts/lib/fuzz/judges.ts predicts)`,
    `  modelled differences by rule: ${
      Object.entries(r.byRule)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ') || 'none'
    }`,
    `  mock alive after the batch (a valid request of every operation answered 200): ${r.aliveAfter ? 'yes' : 'NO'}; 400s without a Problem body (Prism's own invalid-JSON error): ${r.nonProblem400}`,
    `  by kind: ${Object.entries(r.byKind)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${v.sent}${v.disagreements ? ` (${v.disagreements} disagreeing)` : ''}`)
      .join(', ')}`,
  ];
  if (!r.options.includeKnownDefects) lines.push(`  left out, see scripts/lib/fuzz/known-issues.ts: ${Object.keys(KNOWN_PRISM_DEFECTS).length} known Prism defects (--known-prism-defects)`);
  for (const d of r.disagreements.slice(0, maxShown)) lines.push(`  DISAGREEMENT ${d.problem}\n    client: ${d.validator}\n    other side: ${d.mock}\n    ${d.request}`);
  if (r.disagreements.length > maxShown) lines.push(`  … and ${r.disagreements.length - maxShown} more`);
  const flags = [r.options.target ? ` --operation ${r.options.target}` : '', r.options.includeKnownDefects ? ' --known-prism-defects' : ''].join('');
  lines.push(`replay: npm run fuzz -- --seed ${r.seed} --count ${r.planned}${flags}`);
  return lines.join('\n');
}
