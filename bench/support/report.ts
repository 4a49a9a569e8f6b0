/**
 * Printing bench results: aligned tables, goal rows that say whether each goal is met, and number
 * formats. Figures are printed, never asserted: a bench on a shared machine measures, it does not fail.
 */

export type Cell = string | number;

export function table(title: string, header: string[], rows: Cell[][]): void {
  const text = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...text.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n### ${title}`);
  console.log(line(text[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of text.slice(1)) console.log(line(r));
}

export interface Goal {
  name: string;
  measured: string;
  target: string;
  met: boolean | null;
}

export function goals(title: string, list: Goal[]): void {
  table(
    title,
    ['goal', 'measured', 'target', 'status'],
    list.map((g) => [g.name, g.measured, g.target, g.met === null ? 'n/a' : g.met ? 'MET' : 'NOT MET']),
  );
}

export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
export const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
