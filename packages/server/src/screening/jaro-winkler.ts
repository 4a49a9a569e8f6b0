/**
 * Jaro-Winkler string similarity (Winkler 1990): the standard per-token measure for personal names,
 * tolerant of typos and transpositions and favouring a shared prefix, where most name spelling
 * variants agree.
 */

const matchedA = new Uint8Array(256);
const matchedB = new Uint8Array(256);

export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (la > 256 || lb > 256) return a === b ? 1 : 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const start = Math.max(0, i - window);
    const end = Math.min(lb - 1, i + window);
    const ch = a.charCodeAt(i);
    for (let j = start; j <= end; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === ch) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler with the usual prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j === 0 || j === 1) return j;
  return winkler(j, a, b);
}

/**
 * The Jaro-Winkler of two spellings `edits` edits apart as if Jaro's matching had paired their letters
 * right: the Jaro of that many letters changed in n, 1 - 2·edits/(3n), with Winkler's prefix bonus.
 * Jaro pairs each letter with the first free equal letter within its window, so a changed letter
 * beside a repeated one pairs the repeat wrongly and counts transpositions that are not there: SAMAHA
 * typed SXMAHA rates 0.78, below a typo in its first letter (0.89); FAISAL typed FSISAL 0.84.
 */
export function editsJaroWinkler(a: string, b: string, edits: number): number {
  return winkler(1 - (2 * edits) / (3 * Math.max(a.length, b.length)), a, b);
}

function winkler(j: number, a: string, b: string): number {
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}
