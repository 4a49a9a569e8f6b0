/**
 * Names cut short. Payment messages and bank files cut a long name at their field's width — 35
 * characters a line in SWIFT MT and many bank formats, 70 in SEPA, 140 in ISO 20022 — so a listed
 * KOREA MINING DEVELOPMENT TRADING CORPORATION arrives as "KOREA MINING DEVELOPMENT TRADING CORP",
 * and COMPANIA DE IMPORTACION Y EXPORTACION IBERIA as "COMPANIA DE IMPORTACION Y EXPORTACI". Word
 * matching sees the listed name's last words missing and its cut word several letters short, and
 * misses them.
 *
 * A query is read as a listed name cut short when it is exactly as long as one of those fields (or
 * one character less where the cut fell on the space between two words, trimmed off) and is the
 * start of that name as written (or of a `SURNAME, Given` name in display order): every word equal,
 * the last one whole or cut inside it. The length is the evidence of a cut: without it a whole name
 * whose last word starts a longer listed one would read as that one cut ("Muhammad Abdul Rahman
 * Khan" as KHANZADA, Muhammad Abdul Rahman). It must be long enough to name one thing: MIN_WORDS
 * words and MIN_LETTERS letters (so the 18 characters of UK Faster Payments and Bacs are too few).
 * It scores CUT_SCORE and up to 1 by the share of the name's letters it keeps, so a hit on it holds
 * at the default threshold and a tighter threshold asks for more of the name.
 */
import { foldText, words } from './normalize.ts';
import { withPrefix } from './sorted-prefix.ts';

/** Field widths that names are cut at (characters). */
export const FIELD_WIDTHS = [35, 70, 140] as const;
const MIN_WORDS = 3;
const MIN_LETTERS = 20;
export const CUT_SCORE = 0.9;

export interface CutMatch {
  /** Index of the listed name (as given to the index). */
  name: number;
  score: number;
  /** Letters the query keeps of the name's. */
  kept: number;
  of: number;
  /** The listed word the cut fell in, or (cut between two words) the first one left out. */
  word: string;
  /** True when the cut fell between two words. */
  between: boolean;
}

/** Folded words of a name as written, and in display order for a `SURNAME, Given` name. */
function forms(text: string): string[] {
  const folded = foldText(text);
  const out = [words(folded).join(' ')];
  const parts = folded.split(',');
  if (parts.length === 2) out.push(words(`${parts[1]} ${parts[0]}`).join(' '));
  return out;
}

export class CutIndex {
  /** Folded names, sorted, and the listed names each one is. */
  private readonly keys: string[];
  private readonly owners: number[][];

  /** `texts[n]`: listed name n as written, or '' for a name not to be read so (another reading of one). */
  constructor(texts: string[]) {
    const byKey = new Map<string, number[]>();
    texts.forEach((text, n) => {
      if (!text) return;
      for (const key of forms(text)) {
        const owners = byKey.get(key);
        if (!owners) byKey.set(key, [n]);
        else if (!owners.includes(n)) owners.push(n);
      }
    });
    this.keys = [...byKey.keys()].sort();
    this.owners = this.keys.map((k) => byKey.get(k)!);
  }

  /** The listed names `raw` is the start of, cut as a field cuts it; `scan` compares every name (brute force). */
  find(raw: string, scan = false): CutMatch[] {
    const query = words(foldText(raw));
    const letters = query.join('').length;
    if (query.length < MIN_WORDS || letters < MIN_LETTERS) return [];
    // Exactly a field's width; or one character less when that character was a space and went with
    // the trimming, so only where the cut fell between two words.
    const exact = FIELD_WIDTHS.some((w) => raw.length === w);
    const spaceCut = FIELD_WIDTHS.some((w) => raw.trimEnd().length === w - 1);
    if (!exact && !spaceCut) return [];
    const start = query.join(' ');
    const out: CutMatch[] = [];
    const keys = scan ? this.keys.map((_, k) => k) : withPrefix(this.keys, start);
    for (const k of keys) {
      const key = this.keys[k]!;
      if (key.length <= start.length || !key.startsWith(start)) continue;
      const between = key[start.length] === ' ';
      if (!exact && !between) continue;
      const of = key.replaceAll(' ', '').length;
      const at = key.lastIndexOf(' ', start.length - 1) + 1;
      const end = key.indexOf(' ', start.length + (between ? 1 : 0));
      const word = key.slice(between ? start.length + 1 : at, end < 0 ? undefined : end);
      const score = CUT_SCORE + (1 - CUT_SCORE) * (letters / of);
      for (const name of this.owners[k]!) out.push({ name, score, kept: letters, of, word, between });
    }
    return out;
  }
}
