/**
 * The human-readable explanation of a hit: which list name matched (primary or alias), how each
 * query token lined up with a listed token, what was missing on either side, and how date of birth
 * and country moved the score. Compliance reviewers read this to clear or escalate a hit.
 */
import { fullWord } from './abbreviations.ts';
import type { Alignment, PreparedName } from './match.ts';
import type { CutMatch } from './truncation.ts';

export interface ExplainInput {
  query: PreparedName;
  name: PreparedName;
  matchedName: string;
  kind: 'primary' | 'aka' | 'fka' | 'nka';
  weak: boolean;
  alignment: Alignment;
  notes: string[];
  score: number;
}

const quote = (s: string) => `"${s}"`;

function whichName(x: Pick<ExplainInput, 'kind' | 'weak' | 'matchedName'>): string {
  return x.kind === 'primary'
    ? `the listed name ${quote(x.matchedName)}`
    : `the ${x.weak ? 'weak ' : ''}${x.kind} alias ${quote(x.matchedName)}`;
}

export function explainHit(x: ExplainInput): string {
  const which = whichName(x);
  const pairs = x.alignment.pairs.map(([i, j, s]) => {
    const qw = x.query.norm.written[i]!;
    const cw = x.name.norm.written[j]!;
    if (qw === cw) return `${quote(qw)} exactly`;
    if (s === 1 && fullWord(qw) === cw) return `${quote(qw)} as an abbreviation of ${quote(cw)}`;
    if (s === 1 && fullWord(cw) === qw) return `${quote(qw)} abbreviated as ${quote(cw)}`;
    if (s === 1) return `${quote(qw)} as a spelling variant of ${quote(cw)}`;
    return `${quote(qw)} ≈ ${quote(cw)} (${s.toFixed(2)})`;
  });
  const usedQ = new Set(x.alignment.pairs.map((p) => p[0]));
  const usedC = new Set(x.alignment.pairs.map((p) => p[1]));
  const extraQ = x.query.norm.written.filter((_, i) => !usedQ.has(i));
  const missing = x.name.norm.written.filter((_, j) => !usedC.has(j));
  const parts = [`Matched ${which}: ${pairs.join(', ') || 'no tokens'}`];
  if (missing.length) parts.push(`listed ${missing.map(quote).join(', ')} not in the query`);
  if (extraQ.length) parts.push(`query ${extraQ.map(quote).join(', ')} not in the listed name`);
  if (x.name.norm.removed.length || x.query.norm.removed.length) {
    parts.push(
      `ignored ${[...new Set([...x.query.norm.removed, ...x.name.norm.removed])].map(quote).join(', ')}`,
    );
  }
  parts.push(`name score ${x.alignment.score.toFixed(2)}${x.weak ? ' lowered for a weak alias' : ''}`);
  parts.push(...x.notes);
  return `${parts.join('; ')}; score ${x.score.toFixed(2)}.`;
}

/** A hit on a name the query is the start of, cut short as a field cuts it (truncation.ts). */
export function explainCut(
  x: Pick<ExplainInput, 'kind' | 'weak' | 'matchedName' | 'notes' | 'score'> & {
    cut: CutMatch;
    nameScore: number;
  },
): string {
  const where = `${x.cut.between ? 'before' : 'inside'} ${quote(x.cut.word)}`;
  const parts = [
    `Matched ${whichName(x)}: the query is its start, cut ${where} (${x.cut.kept} of its ${x.cut.of} letters)`,
    `name score ${x.nameScore.toFixed(2)}${x.weak ? ' lowered for a weak alias' : ''}`,
    ...x.notes,
  ];
  return `${parts.join('; ')}; score ${x.score.toFixed(2)}.`;
}
