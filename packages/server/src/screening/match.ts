/**
 * Name scoring. A name is a bag of canonical tokens, each weighed by its rarity on the lists (idf)
 * and its position; a query is scored against one list name by the optimal one-to-one alignment of
 * their tokens (Jaro-Winkler per token pair within the allowed edits, see tokens.ts), so swapped
 * order and missing middle names still match. The name score blends how much of the query's weight
 * is covered with how much of the list name's: an unmatched rare query token costs a lot, a listed
 * middle name the query leaves out costs little (0.3 of its weight when the query is exactly the name
 * without it), and a common first name alone proves nothing.
 */
import type { NormalizedName } from './normalize.ts';
import { editDistance, romanisedVariant, swappedPair, type TokenDictionary } from './tokens.ts';

/** Arabic, Romance and Germanic name particles: they carry little identity. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'ben',
  'de',
  'da',
  'di',
  'del',
  'la',
  'le',
  'van',
  'von',
  'der',
  'y',
  'e',
  'abu',
  'abd',
  'ould',
]);
/** The articles a surname can start with (AL ZAWAHIRI, EL HARAZI, DE LA CRUZ, VAN DER BERG). */
const SURNAME_ARTICLES = new Set(['al', 'el', 'de', 'del', 'da', 'di', 'la', 'le', 'van', 'von', 'der']);

/**
 * Scoring weights, chosen on the bench's tuning set (seeds 1042 / 1007, disjoint from the test set):
 * query coverage counts 0.65 against 0.35 for list-name coverage, so a query that leaves out a listed
 * middle name still scores high; middle tokens weigh 0.6 of the first and last; particles 0.3;
 * honorifics and legal forms (and misspellings of them) 0.1, but for an honorific written as a
 * person's surname (`SHEIKH, Mohammad`: a family name); one middle word left out weighs 0.3
 * (leftOutMiddle; 0.5 until December 2026, see below). A name none of whose non-particle tokens
 * matches exactly (and too few of which are near spellings, see ROMANISED_WORDS) is scaled by
 * 0.95: two near misses ("Amara Hansen" / "Ammar Hasan", "Linh Kaya" /
 * "Lina Knaya") are how two different people's names look, while a typo leaves the other tokens exact;
 * in a code (company, vessel, aircraft) a typo confirms the name by itself (see pairSimilarity).
 * Names a query leaves out of, or adds to, a `SURNAME, Given` name count 0.25 of their weight
 * (otherNames; see nameParts), also when the surname (five letters or more) is spelt another way
 * with a similarity of at least 0.95 (surnameSpelling; 0.9 let a one-letter typo of a short surname
 * through, HOLMO / HOLMS, raising false hits on the project's tuning set 0.08 % → 0.16 %) or with two
 * neighbouring letters swapped (KADNI / KANDI: a typo, rarely another name); the given
 * names a query leaves out after the first one, which it keeps ("Mohammed ALQADHI" for "ALQADHI,
 * Mohammed Nawar Mohammed"), count 0.02 (middleNames): that is how people give their name, and at
 * 0.25 a near spelling of another listed person's whole name ("AL-QADHAFI, Mohammed") outscored the
 * exact one (tuning entries, seeds 4001–4004 and the tuning seeds, `bench/screening-sweep.ts`:
 * misses 47 → 35 of 20,179 queries, middle names left out 10 → 0 of 1,025, false hits 24 of 34,162
 * ordinary names either way; 0.1 and 0.15 kept half the middle-name misses). In December 2026 0.05 →
 * 0.02, and leftOutMiddle 0.5 → 0.3 (`--beside --aliases`, seeds 4001–4004 / 6001–6004: misses 335 →
 * 317 / 339 → 321, a middle name written as its initial 9 → 3, a second surname left out 25 → 15,
 * false hits 18 / 18 unchanged, and unchanged at seeds 8001–8004; middleNames alone 335 → 323,
 * leftOutMiddle alone 335 → 324; 0.01 with 0.2 no better than the pair chosen). A typo in a code counts
 * at least 0.93 (codeTypo). A person's name matched with the listed surname written first and no
 * comma, and a word spelt otherwise, counts 0.95 of its score (crossed; see `crossed`): false hits on
 * the tuning entries' ordinary names at seeds 4001–4004 24 → 19 and 6001–6004 22 → 18 ("David Nasser"
 * for JAVID, Nasser), no recall lost; 0.92 removed no more. All
 * chosen on the tuning sets (the bench's seeds 1042 / 1007 and the independent evaluation's tuning
 * split, evaluation/independent/split.ts).
 */
export const SCORING = {
  queryCoverage: 0.65,
  particle: 0.3,
  middle: 0.6,
  noise: 0.1,
  unconfirmed: 0.95,
  leftOutMiddle: 0.3,
  otherNames: 0.25,
  middleNames: 0.02,
  codeTypo: 0.93,
  surnameSpelling: 0.95,
  crossed: 0.95,
} as const;

export interface PreparedName {
  norm: NormalizedName;
  /** Dictionary id of each token, -1 for a query token that is on no list. */
  ids: Int32Array;
  weights: Float64Array;
  total: number;
  /** Weight of the tokens between the first and the last: the most a left-out middle can discount. */
  middle: number;
  /**
   * In a `SURNAME, Given` name (norm.surname set): the most weight a query may leave out at a discount
   * (see nameParts): every given name but the lightest.
   */
  otherNames: number;
  /** A code rather than a person's name: a vessel, aircraft or company (see pairSimilarity). */
  code?: boolean;
}

/**
 * Token weight: rarity (idf) times position. Middle names are the tokens most often left out or
 * added, so they weigh less than the first and the last token (given name and surname once
 * `SURNAME, Given` is reordered); particles weigh little wherever they are.
 */
export function prepareName(
  norm: NormalizedName,
  dictionary: TokenDictionary,
  weigh: (i: number) => { idf: number; noise: boolean } = (i) => {
    const id = dictionary.id(norm.tokens[i]!);
    return { idf: dictionary.idf[id] ?? dictionary.unseenIdf, noise: dictionary.noise[id] === 1 };
  },
): PreparedName {
  const n = norm.tokens.length;
  const ids = new Int32Array(n);
  const weights = new Float64Array(n);
  let total = 0;
  let middleWeight = 0;
  norm.tokens.forEach((t, i) => {
    const id = dictionary.id(t);
    ids[i] = id;
    const { idf, noise: honorific } = weigh(i);
    // An honorific written as a person's surname (`SHEIKH, Mohammad Nayeem`) is the family's name.
    const noise = honorific && !(norm.surname !== undefined && i >= norm.surname);
    const rarity = idf;
    const middle = i > 0 && i < n - 1;
    const w =
      rarity * (noise ? SCORING.noise : PARTICLES.has(t) ? SCORING.particle : middle ? SCORING.middle : 1);
    weights[i] = w;
    total += w;
    if (middle) middleWeight += w;
  });
  let otherNames = 0;
  const surname = norm.surname;
  if (surname !== undefined && surname > 0) {
    let given = 0;
    for (let i = 0; i < surname; i++) given += weights[i]!;
    otherNames = given - Math.min(...weights.subarray(0, surname));
  }
  return { norm, ids, weights, total, middle: middleWeight, otherNames };
}

export interface Alignment {
  score: number;
  queryCoverage: number;
  nameCoverage: number;
  /** [query token index, name token index, similarity] */
  pairs: [number, number, number][];
}

/** Similarity of query token i to the dictionary token with this id. */
export type PairSimilarity = (i: number, tokenId: number) => number;

const MAX_EXACT = 10;

/**
 * Words of a name that, each spelt near a listed name's (at least NEAR_SPELLING), confirm it as an
 * exact word does. A name in another romanisation changes every word a little (HIKMETYAR,
 * Golboddin Kahn for HEKMATYAR, Gulbuddin Khan); two names meeting by chance seldom come that close
 * in three words, or in two long ones (LONG_WORD letters or more on both sides: HIKMETYAR,
 * Golboddin). Two short near words stay unconfirmed ("Amara Hansen" / HASAN, Ammar) unless they
 * differ only as romanisations do, in their vowels before the last letter (tokens.ts
 * romanisedVariant: AL-ARORI, Salih for AL-ARURI, Saleh): a typo seldom changes only vowels, twice.
 * That rule was written from a probe of the tuning entries' names screened against lists where the
 * entry keeps one other name only (harder than leaving one alias out): spelling pairs 1,540 → 1,545
 * of 1,576 found; false hits unchanged at seeds 4001–4004 once the last letter had to match (Andrei
 * Martins found ANDREA MARTINA LIMITED before it did). Chosen on the
 * tuning parts (bench/screening-sweep.ts --aliases, seeds 4001–4004 and 6001–6004): misses and false
 * hits unchanged with three words at 0.9 and at 0.85, and with two words of 7 letters; two words of
 * 6 letters added a false hit, of 5 letters 7 and a miss. Tuning aliases' own scores: 3 up
 * (HIKMETYAR, Golboddin 0.90 → 0.95, MELNIKOVA, Andreya Gennadevicha 0.93 → 0.98), none down.
 * A four-letter name with one vowel changed is near too (0.9: RUZI, Palawan for ROZI, Pahlawan), and
 * such a pair a romanisedVariant; it had counted below 0.9 as the screener stores it (atLeast).
 */
const ROMANISED_WORDS = 3;
const NEAR_SPELLING = 0.9;
const LONG_WORD = 7;

/**
 * Letters a listed surname has at least for one typed letter off (one edit, as written) to be a typo
 * of it in nameParts, not another name: "Ahmad Ssmarrai" for SAMARRAI, Ahmad Husayn Khudayir.
 * Chosen on the tuning parts (bench/screening-sweep.ts --beside, seeds 4001–4004 and 6001–6004):
 * middle names left out with a typo in the surname missed 492 → 192 and 492 → 191 of 2,500, false hits
 * unchanged (19, 18); at 5 letters 85 missed but a false hit more ("Omar Reza Patel" / PATEK, Omar),
 * as HOLMO / HOLMS is another name as often as a typo. In a surname of several words (articles not
 * counted) the letters are the whole surname's, the word mistyped has TYPO_WORD letters or more and
 * the others are written as listed ("Herman Medina Dkaz" for MEDINA DIAZ, Herman De Jesus): misses
 * 192 → 167 and 191 → 165 more, false hits unchanged (counting the article, "Sari Farouk" found
 * AL-SURI, Faruq).
 */
const TYPO_SURNAME = 6;
const TYPO_WORD = 4;

/**
 * A pair's similarity compared with a bound at the precision the screener stores similarities in
 * (32-bit tables, screener.ts): 0.9 stored is 0.8999999762, which `>= 0.9` refuses.
 */
const atLeast = (s: number, bound: number) => s >= Math.fround(bound);

/**
 * Optimal assignment by dynamic programming over subsets of the shorter side (names have few
 * tokens, so 2^k stays tiny); falls back to greedy for unusually long names.
 */
export function alignNames(q: PreparedName, c: PreparedName, sim: PairSimilarity): Alignment {
  const nq = q.norm.tokens.length;
  const nc = c.norm.tokens.length;
  const value = new Float64Array(nq * nc);
  const raw = new Float64Array(nq * nc);
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j < nc; j++) {
      const s = codeTypo(sim(i, c.ids[j]!), q, c, i, j);
      raw[i * nc + j] = s;
      value[i * nc + j] = s === 0 ? 0 : s * (q.weights[i]! / q.total + c.weights[j]! / c.total);
    }
  }
  const pairs = Math.min(nq, nc) <= MAX_EXACT ? exactPairs(value, nq, nc) : greedyPairs(value, nc);
  // A typo confirms a code of one word, queried as one word: there is nothing else to confirm it.
  // Two words one typo each from a company's are another name ("Kofi Reddy" / COPY RED S.A.), and
  // "Nour Eze" is not the vessel NOOR.
  // So does a letter mistyped, doubled or left out in a person's one-word name of TYPO_SURNAME
  // letters or more (SANTOSO typed SAJTOSO, Kakazada typed Kqkazada), queried as one word: a mononym
  // has no other word to confirm it either, and in a word that long one edit is a typo, not another
  // name (in a short one it is: Karim / Karin).
  const oneWord = nq === 1 && nc === 1;
  const typoConfirms = oneWord && !!c.code;
  const personTypo = oneWord && !c.code && oneEditTypo(q, c);
  let qc = 0;
  let cc = 0;
  let confirmed = false;
  // Near spellings (see ROMANISED_WORDS), and how many of them are of short words.
  let near = 0;
  let nearShort = 0;
  const out: [number, number, number][] = [];
  for (const [i, j] of pairs) {
    const s = raw[i * nc + j]!;
    if (s === 0) continue;
    if (s === 1 ? !PARTICLES.has(q.norm.tokens[i]!) : personTypo || (typoConfirms && s >= SCORING.codeTypo))
      confirmed = true;
    if (atLeast(s, NEAR_SPELLING) && !PARTICLES.has(q.norm.tokens[i]!)) {
      near++;
      const a = q.norm.tokens[i]!;
      const b = c.norm.tokens[j]!;
      if ((a.length < LONG_WORD || b.length < LONG_WORD) && !romanisedVariant(a, b)) nearShort++;
    }
    qc += s * q.weights[i]!;
    cc += s * c.weights[j]!;
    out.push([i, j, s]);
  }
  if (near >= ROMANISED_WORDS || (near >= 2 && nearShort === 0)) confirmed = true;
  const parts = nameParts(out, q, c);
  const queryTotal = q.total - (1 - SCORING.otherNames) * parts.added;
  const queryCoverage = queryTotal > 0 ? qc / queryTotal : 0;
  const nameTotal =
    c.total -
    Math.max(
      (1 - SCORING.leftOutMiddle) * leftOutMiddle(out, nq, c),
      (1 - (parts.firstKept ? SCORING.middleNames : SCORING.otherNames)) * parts.leftOut,
    );
  const nameCoverage = nameTotal > 0 ? cc / nameTotal : 0;
  const blended = SCORING.queryCoverage * queryCoverage + (1 - SCORING.queryCoverage) * nameCoverage;
  const crossedNearMiss = crossed(out, q, c) && out.some(([, , s]) => s < 1);
  const score =
    (confirmed ? blended : blended * SCORING.unconfirmed) * (crossedNearMiss ? SCORING.crossed : 1);
  return { score, queryCoverage, nameCoverage, pairs: out };
}

/**
 * A person listed `SURNAME, Given` whose surname the query writes first, without the comma that
 * says so ("Nasser Javid", or "David Nasser" aligned that way round for JAVID, Nasser): how
 * customers write some names, but also how two people's names meet by chance, a given name of one
 * the surname of the other. With every word exact it is the name; with a word spelt otherwise as
 * well, the evidence is weaker, and the score counts SCORING.crossed of itself. So does a person
 * listed without a comma whose words the query pairs in reverse order (`reversed`): on the tuning
 * entries at seeds 4001–4004 and 6001–6004, misses 355 → 353 and 359 → 357 (people's typos that a
 * reversed near name outranked), false hits 19 → 18 and 18, and at seeds 8001–8008 one fewer
 * ("Budi Saleh" for the UN's "Salah Badi", 0.92, which OFAC's BADI, Salah already counted so).
 */
function crossed(pairs: [number, number, number][], q: PreparedName, c: PreparedName): boolean {
  const surname = c.norm.surname;
  if (q.norm.reordered || q.norm.tokens.length < 2) return false;
  if (surname === undefined) return !c.code && reversed(pairs);
  return pairs.some(([i, j]) => i === 0 && j >= surname);
}

/**
 * A person listed without a comma ("Salah Badi") whose words the query pairs in reverse order ("Budi
 * Saleh"): which word is the surname the list does not say, so this is the same chance meeting of two
 * names, each word one person's given name and the other's surname.
 */
function reversed(pairs: [number, number, number][]): boolean {
  if (pairs.length < 2) return false;
  const ordered = [...pairs].sort((x, y) => x[0] - y[0]);
  return ordered.every((p, k) => k === 0 || p[1] < ordered[k - 1]![1]);
}

/**
 * The weight of the list name's middle word the query leaves out when it is the list name with one
 * middle word left out: every query token paired exactly, in order, the first with the first and the
 * last with the last ("Abdul ALVI" for "ALVI, Abdul Rauf"). Customers often leave out a middle name,
 * and a rare one missing is no more evidence of another person than a common one, so it costs
 * SCORING.leftOutMiddle of its weight; 0 for any other shape.
 */
function leftOutMiddle(pairs: [number, number, number][], nq: number, c: PreparedName): number {
  const nc = c.norm.tokens.length;
  if (pairs.length !== nq || nq < 2 || nq >= nc) return 0;
  const ordered = [...pairs].sort((x, y) => x[0] - y[0]);
  if (ordered[0]![1] !== 0 || ordered[nq - 1]![1] !== nc - 1) return 0;
  for (let k = 1; k < nq; k++) if (ordered[k]![1] <= ordered[k - 1]![1]) return 0;
  // Near misses on the names kept are how another person's name looks (Minh Kim / KIM, Min Chol).
  if (pairs.some(([, , s]) => s < 1)) return 0;
  let paired = 0;
  const usedJ = new Set<number>();
  for (const [, j] of pairs) {
    paired += c.weights[j]!;
    usedJ.add(j);
  }
  // One middle name left out, not several (Marco González is not Marco Antonio FREGOSO GONZALEZ).
  const words = new Set<string>();
  for (let j = 0; j < nc; j++) if (!usedJ.has(j)) words.add(c.norm.written[j]!);
  if (words.size > 1) return 0;
  // Every name token is either paired or a left-out middle one (the ends are paired).
  return c.total - paired;
}

/**
 * The similarity a pair counts with in this name. In a code (company, vessel, aircraft) a spelling
 * within the allowed edits is a typo of the same word, not another name: companies are not drawn from
 * a small stock of similar names as people are (Amara / Ammar), so it counts at least
 * SCORING.codeTypo, and confirms a one-word code as an exact token does (see alignNames). Jaro-Winkler alone rates one letter
 * off in a short word low (KALA / KWLA 0.85), which left one-word company names unfound after a typo.
 */
export function pairSimilarity(s: number, c: PreparedName): number {
  return c.code && s > 0 && s < 1 ? Math.max(s, SCORING.codeTypo) : s;
}

/**
 * pairSimilarity for one pair, applied only to a single typo: tokens one edit apart, as canonical
 * tokens or as the words written. Romanisation rules can turn one typed letter into two edits
 * (TAJCO typed TZJCO is "tajko" / "tziko", VALPARK typed VXLPARK "valpark" / "vkslpark"), so a pair
 * one edit apart as written is a typo too. Two edits in a long word, or a joined reading whose short
 * segment differs ("ACS TRADING" / "GBS TRADING"), are another word and keep their Jaro-Winkler
 * value. (The index bounds with pairSimilarity, which is never less.)
 */
function codeTypo(s: number, q: PreparedName, c: PreparedName, i: number, j: number): number {
  if (!c.code || s === 0 || s === 1) return s;
  const oneEdit =
    editDistance(q.norm.tokens[i]!, c.norm.tokens[j]!, 1) <= 1 ||
    (wordOfOneToken(q, i) &&
      wordOfOneToken(c, j) &&
      editDistance(q.norm.written[i]!, c.norm.written[j]!, 1) <= 1);
  return oneEdit ? pairSimilarity(s, c) : s;
}

/**
 * A one-word name queried as one word, one edit from it as written, in a word of TYPO_SURNAME
 * letters. The query's word must be written so: two words read joined are two words ("Ren Kato" is
 * not RENATO).
 */
function oneEditTypo(q: PreparedName, c: PreparedName): boolean {
  if (q.norm.joined || q.norm.written.length !== 1) return false;
  const a = q.norm.written[0]!;
  const b = c.norm.written[0]!;
  return Math.min(a.length, b.length) >= TYPO_SURNAME && editDistance(a, b, 1) <= 1;
}

/** Token i is the only token of its written word (not "abd" of Abdul, read "abd al"). */
function wordOfOneToken(name: PreparedName, i: number): boolean {
  const written = name.norm.written;
  return written[i - 1] !== written[i] && written[i + 1] !== written[i];
}

/**
 * A person listed `SURNAME, Given …` and queried with fewer or more given names: every query token
 * that pairs does so exactly (or, in a surname of five letters or more, as another spelling of it:
 * TREJOS for TREJO; of six letters or more, with a letter mistyped: SSMARRAI for SAMARRAI), the
 * whole surname is among them (but for a first article: Harazi for EL HARAZI) and so is at least one
 * given name, and the query only leaves out given names or only adds some before the surname, not
 * both (Omar Khalid is not Omar Sabawi). Left out may be any of the given names but one ("Omar
 * AL-TIKRITI" for "AL-TIKRITI, Omar Sabawi Ibrahim Hasan"; "Ahmed DOCKRAT" for "DOCKRAT, Farhad
 * Ahmed"); added may be
 * given names and patronymics ("Sergei Vadimovich ABISOV" for "ABISOV, Sergei"). People are listed
 * with, and give, more or fewer of their given names; the surname they write in full. Given names
 * left out after the first, kept, one are middle names (`firstKept`: they count SCORING.middleNames).
 * A second
 * surname may be left out only where every given name is kept, two or more (secondSurnameLeftOut):
 * "Javier PÉREZ" for "PÉREZ SANTORO, Javier" is how two common names look, and Marco GONZÁLEZ is not
 * Marco Antonio FREGOSO GONZÁLEZ. Returns the weight of the
 * listed names left out and of the query's added ones (0 and 0 for any other shape); they count
 * SCORING.otherNames of their weight.
 */
function nameParts(
  pairs: [number, number, number][],
  q: PreparedName,
  c: PreparedName,
): { leftOut: number; added: number; firstKept: boolean } {
  const none = { leftOut: 0, added: 0, firstKept: false };
  const surname = c.norm.surname;
  const nq = q.norm.tokens.length;
  const nc = c.norm.tokens.length;
  if (surname === undefined || nq === nc) return none;
  // Given names are paired exactly (Samir / Aamir is another person) or, by a query that adds given
  // names, as romanisations write one name, its vowels otherwise (tokens.ts romanisedVariant: SALAH,
  // Maher Jawad Yunes for SALAH, Mahir Yunus); a query that leaves listed given names out and spells
  // the others otherwise is as often a brother's name (HAMSHU, Muhammad Sabir / HAMSHOU, Ahmed Saber
  // Mohammed). A surname of five letters or
  // more may be spelt another way, as the lists themselves write one person's surname (TREJO /
  // TREJOS), or with two neighbouring letters swapped, the commonest typo and rarely another name
  // (KADNI / KANDI), or with one letter typed wrong, doubled or left out in a long one (SSMARRAI /
  // SAMARRAI, MEDINA DKAZ / MEDINA DIAZ: TYPO_SURNAME), but a short one is another name (Han /
  // KHAN), and so is a letter changed in a short surname (HOLMO / HOLMS). The similarity is compared
  // as stored, not with atLeast, on purpose: a pair at 0.95 exactly falls short, and counted, MANSUR
  // / MANSUROV (0.95) let "Dmitri Mansour" find MANSUROV, Dmitri Flerovich (tuning false hits 19 → 21
  // at seeds 4001–4004).
  const givenSpelt = (i: number, j: number) =>
    nq > nc && j < surname && romanisedVariant(q.norm.tokens[i]!, c.norm.tokens[j]!);
  const spelt = (i: number, j: number, s: number) =>
    (j >= surname &&
      c.norm.tokens[j]!.length >= 5 &&
      (s >= SCORING.surnameSpelling || swappedPair(q.norm.written[i]!, c.norm.written[j]!))) ||
    givenSpelt(i, j);
  const typo = (i: number, j: number) =>
    j >= surname &&
    c.norm.written[j]!.length >= TYPO_WORD &&
    editDistance(q.norm.written[i]!, c.norm.written[j]!, 1) <= 1 &&
    surnameLetters(c, surname) >= TYPO_SURNAME;
  const inexact = pairs.filter(([, , s]) => s < 1);
  if (!inexact.every(([i, j, s]) => spelt(i, j, s) || (inexact.length === 1 && typo(i, j)))) return none;
  const queryOf = new Map<number, number>();
  for (const [i, j] of pairs) queryOf.set(j, i);
  // The surname's article may be left out, as it often is: "Tarek Harazi" for "EL HARAZI, Tarek …".
  const article =
    !queryOf.has(surname) && surname + 1 < nc && SURNAME_ARTICLES.has(c.norm.tokens[surname]!) ? 1 : 0;
  const surnameAt = queryOf.get(surname + article);
  if (surnameAt === undefined) return none;
  let given = false;
  let leftOut = 0;
  const second = secondSurnameLeftOut(queryOf, c, surname);
  for (let j = 0; j < nc; j++) {
    if (queryOf.has(j)) given ||= j < surname;
    else if (j < surname + article || (second && j === surname + 1)) leftOut += c.weights[j]!;
    else return none;
  }
  if (!given) return none;
  let added = 0;
  const paired = new Set(pairs.map(([i]) => i));
  for (let i = 0; i < nq; i++) {
    if (paired.has(i)) continue;
    if (i >= surnameAt) return none;
    added += q.weights[i]!;
  }
  // A second surname left out is not a middle name: it counts SCORING.otherNames.
  return leftOut > 0 && added > 0 ? none : { leftOut, added, firstKept: queryOf.has(0) && !second };
}

/**
 * The listed surname is two words (neither a particle), and the query keeps the first of them and
 * every given name, two words or more, leaving out the second surname: how Spanish and Portuguese
 * speakers give their name day to day ("Ivan Adolfo ACOSTA" for "ACOSTA MONTALVAN, Ivan Adolfo").
 * With a single given name it is how two common names look ("Javier PÉREZ" for "PÉREZ SANTORO,
 * Javier"), and with a given name left out as well it is another person: neither counts.
 */
function secondSurnameLeftOut(queryOf: Map<number, number>, c: PreparedName, surname: number): boolean {
  const { tokens, written } = c.norm;
  if (tokens.length !== surname + 2 || !queryOf.has(surname) || queryOf.has(surname + 1)) return false;
  if (surname < 2 || written[0] === written[surname - 1]) return false;
  for (const j of [surname, surname + 1])
    if (PARTICLES.has(tokens[j]!) || !wordOfOneToken(c, j)) return false;
  for (let j = 0; j < surname; j++) if (!queryOf.has(j)) return false;
  return true;
}

/** Letters of a listed name's surname words as written, its articles and particles not counted. */
function surnameLetters(c: PreparedName, surname: number): number {
  let letters = 0;
  for (let j = surname; j < c.norm.tokens.length; j++) {
    const word = c.norm.written[j]!;
    if (!PARTICLES.has(c.norm.tokens[j]!) && (j === surname || word !== c.norm.written[j - 1])) {
      letters += word.length;
    }
  }
  return letters;
}

/**
 * How much of the query is spelt as the name writes it: each paired query word's likeness to its
 * listed word as written (1 − edit distance / longer length; the canonical tokens may be equal where
 * the spellings are not, SA'ID / SAEED), weighed as the query's tokens are; unpaired words count 0.
 * Only orders names of the same score (screener.ts): it never changes a score.
 */
export function writtenLikeness(q: PreparedName, c: PreparedName, pairs: [number, number, number][]): number {
  let alike = 0;
  for (const [i, j] of pairs) alike += q.weights[i]! * likeness(q.norm.written[i]!, c.norm.written[j]!);
  return q.total > 0 ? alike / q.total : 0;
}

/** 1 − edit distance / longer length: 1 for the same spelling, 0 for nothing in common. */
function likeness(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return 1 - editDistance(a, b, longer) / longer;
}

/**
 * How much of the titles and legal forms the query writes (taken off before matching, so they never
 * change a score) are written as the name writes its own: `Hajj` for the UN's `Hajj Ibrahim` against
 * OFAC's `IBRAHIM, Haji`, another man; `E. I. R. L.` for AERO CONTINENTE E.I.R.L., not S.A. Letters
 * only, so dots and spaces do not count (1 − edit distance / longer length); 0 when the query writes
 * none. Like writtenLikeness, it only orders names of the same score.
 */
export function removedLikeness(q: PreparedName, c: PreparedName): number {
  const a = q.norm.removed.join('');
  return a === '' ? 0 : likeness(a, c.norm.removed.join(''));
}

function exactPairs(value: Float64Array, nq: number, nc: number): [number, number][] {
  // Iterate over the longer side; the state is the set of used tokens on the shorter side.
  const shortIsQuery = nq <= nc;
  const ns = shortIsQuery ? nq : nc;
  const nl = shortIsQuery ? nc : nq;
  const v = (l: number, s: number) => (shortIsQuery ? value[s * nc + l]! : value[l * nc + s]!);
  const states = 1 << ns;
  let dp = new Float64Array(states).fill(-1);
  dp[0] = 0;
  const choice = new Int8Array(nl * states).fill(-1);
  for (let l = 0; l < nl; l++) {
    const next = Float64Array.from(dp);
    for (let mask = 0; mask < states; mask++) {
      if (dp[mask]! < 0) continue;
      for (let s = 0; s < ns; s++) {
        if (mask & (1 << s)) continue;
        const val = v(l, s);
        if (val === 0) continue;
        const m2 = mask | (1 << s);
        if (dp[mask]! + val > next[m2]!) {
          next[m2] = dp[mask]! + val;
          choice[l * states + m2] = s;
        }
      }
    }
    dp = next;
  }
  let best = 0;
  for (let mask = 1; mask < states; mask++) if (dp[mask]! > dp[best]!) best = mask;
  const pairs: [number, number][] = [];
  let mask = best;
  for (let l = nl - 1; l >= 0 && mask !== 0; l--) {
    // -1: step l left this state unchanged, so token l of the longer side is unpaired.
    const s = choice[l * states + mask]!;
    if (s >= 0) {
      pairs.push(shortIsQuery ? [s, l] : [l, s]);
      mask &= ~(1 << s);
    }
  }
  return pairs;
}

function greedyPairs(value: Float64Array, nc: number): [number, number][] {
  const order = [...value.keys()].filter((k) => value[k]! > 0).sort((a, b) => value[b]! - value[a]!);
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const pairs: [number, number][] = [];
  for (const k of order) {
    const i = Math.floor(k / nc);
    const j = k % nc;
    if (usedQ.has(i) || usedC.has(j)) continue;
    usedQ.add(i);
    usedC.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}
