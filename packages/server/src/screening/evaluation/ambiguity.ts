/**
 * Whether a perturbed query has a right answer other than its source entry, by the perturbation
 * that made it: a typo that is also one edit from another entry's name (EP-IE from EP-IEF or
 * EP-IEE), or a name with a middle name left out that is also another entry's name with middle
 * names left out (U HTET from HTET, U Kaung or HTET, U Hein). No engine can pick the source of
 * those; counting them as misses would measure the coin toss, not the matching, so the perturbed
 * query generator leaves them out of the recall set.
 */
import { normalizeName } from '../normalize.ts';
import { editDistance } from '../tokens.ts';
import type { ListEntry } from '../types.ts';
import { type Perturbation, TYPOS } from './perturbations.ts';

/** True when `part` is `whole` with middle tokens left out: same first, same last, the rest in order. */
function leavesOutMiddle(part: string[], whole: string[]): boolean {
  if (part.length >= whole.length || part[0] !== whole[0] || part.at(-1) !== whole.at(-1)) return false;
  let j = 0;
  for (const t of part) {
    while (j < whole.length && whole[j] !== t) j++;
    if (j++ === whole.length) return false;
  }
  return true;
}

/** Built once over every list entry; `ambiguous` asks about one perturbed query. */
export class AmbiguityCheck {
  private readonly byLength = new Map<number, { text: string; entry: ListEntry }[]>();
  private readonly byEnds = new Map<string, { tokens: string[]; entry: ListEntry }[]>();

  constructor(entries: ListEntry[]) {
    for (const entry of entries) {
      for (const name of [entry.name, ...entry.aliases.map((a) => a.name)]) {
        const tokens = normalizeName(name, entry.type).tokens;
        if (tokens.length === 0) continue;
        const text = tokens.join(' ');
        if (!this.byLength.has(text.length)) this.byLength.set(text.length, []);
        this.byLength.get(text.length)!.push({ text, entry });
        const ends = `${tokens[0]} ${tokens.at(-1)}`;
        if (!this.byEnds.has(ends)) this.byEnds.set(ends, []);
        this.byEnds.get(ends)!.push({ tokens, entry });
      }
    }
  }

  ambiguous(query: string, entry: ListEntry, kind: Perturbation): boolean {
    const tokens = normalizeName(query, entry.type).tokens;
    if (kind === 'missing_middle') {
      const others = this.byEnds.get(`${tokens[0]} ${tokens.at(-1)}`) ?? [];
      return others.some((o) => o.entry !== entry && leavesOutMiddle(tokens, o.tokens));
    }
    if (!TYPOS.has(kind)) return false;
    const text = tokens.join(' ');
    for (let len = text.length - 1; len <= text.length + 1; len++) {
      for (const o of this.byLength.get(len) ?? []) {
        if (o.entry !== entry && editDistance(text, o.text, 1) <= 1) return true;
      }
    }
    return false;
  }
}
