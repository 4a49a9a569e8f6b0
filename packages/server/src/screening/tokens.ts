/**
 * The token dictionary: every canonical token of every listed name, how rare it is (inverse
 * document frequency over entries, so "muhammad" or "company" weigh little and a rare surname weighs
 * a lot), and a deletion index (SymSpell) that finds, for a query token, every dictionary spelling
 * within the allowed number of edits without comparing against the whole dictionary. Spelling
 * variants of canonical tokens (mohamed, mohammad → muhammad) are indexed too, so a typo in a
 * variant still reaches its canonical token.
 */
import { editsJaroWinkler, jaroWinkler } from './jaro-winkler.ts';
import { KOREAN_MARK, type NormalizedName } from './normalize.ts';
import { ruledSpellings } from './transliteration.ts';

/**
 * Edits a token pair may differ by and still be the same name: none for tokens under 4 letters
 * (initials, Li/Le), one up to 7 letters, two from 8. Jaro-Winkler alone also rates unrelated short
 * names highly (Sahin/Sahal 0.81), which is where the false hits came from.
 */
export function maxEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

const rowA = new Int32Array(258);
const rowB = new Int32Array(258);
const rowC = new Int32Array(258);

/** Optimal string alignment distance (Damerau with adjacent transpositions), or max + 1 beyond max. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la > 256 || lb > 256) return a === b ? 0 : max + 1;
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}

/** Two different spellings with the same letters but two neighbours swapped: how a word is mistyped. */
export function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Similarity of two spellings: 1 when equal, Jaro-Winkler when within the allowed edits, else 0; the
 * edits rate at least what Jaro-Winkler gives them with the letters paired right
 * (`editsJaroWinkler`: SXMAHA for SAMAHA 0.90, not 0.78).
 * Spellings of five letters or more (or one of them four: Sakr / Saker) that differ only in their
 * vowels, with three consonants or more in the same order and a vowel first in both or in neither
 * (Tazini / Tizini, Hikmetyar / Hekmatyar, Ihsan / Ehsan; not Ahsan / Hasan; a y that starts a name is
 * a consonant: Yunus / Yunes), are how romanisations of one name differ and count at least
 * VOWEL_VARIANT (ENDING_VARIANT where the last letter differs: Andrei / Andrea are two names as often
 * as two spellings): Jaro-Winkler rates a vowel changed near the start as low as any typo there. So
 * are those whose consonants differ only where romanisations write one sound two ways, with the vowels
 * in the same places (soundKey: Kanan / Ganan, Hamsho / Hamcho, Hamza / Hamsa), or where one writes
 * an h the other leaves out after k, d or t or after a vowel (unaspirated: Dhari / Dari, Khata'ib /
 * Kata'ib, Pahlawan / Palawan). A four-letter name with one vowel changed (Azim / Azam, Ruzi / Rozi,
 * Zaid / Zeid), or one consonant romanisations write two ways (Rozi / Rosi), counts at least
 * SHORT_VOWEL_VARIANT, the threshold: as likely a spelling as a typo, no more.
 *
 * `joined`: for a token the query's reading made of two words written together (normalize.ts), the
 * longer word's length, else 0. Such a token is allowed the edits of that word (and one, for a typo
 * in a code's short segments: PE-ICE for EP-ICE), not those of the joined length: otherwise the short
 * word itself is what the edits take away ("Jasmine Xu" read as "jasminexu", two letters from a
 * listed JASMINE). Nor do vowel variants count for it: "Kim Jun" is not "Kim Jin".
 */
export function spellingSimilarity(a: string, b: string, joined = 0): number {
  if (a === b) return 1;
  // A Korean reading's token (normalize.ts) is matched by itself alone.
  if (a[0] === KOREAN_MARK || b[0] === KOREAN_MARK) return 0;
  // The longer token decides: a letter dropped from a 4-letter name (Bara → Bra) is still a typo.
  const longer = maxEdits(Math.max(a.length, b.length));
  const max = joined > 0 ? Math.min(longer, Math.max(1, maxEdits(joined))) : longer;
  if (max === 0) return 0;
  const edits = editDistance(a, b, max);
  if (edits > max) return 0;
  const jw = Math.max(jaroWinkler(a, b), editsJaroWinkler(a, b, edits));
  if (joined !== 0) return jw;
  if (vowelVariant(a, b)) return Math.max(jw, a.at(-1) === b.at(-1) ? VOWEL_VARIANT : ENDING_VARIANT);
  return shortVowelVariant(a, b) ? Math.max(jw, SHORT_VOWEL_VARIANT) : jw;
}

/**
 * What a vowel variant counts, chosen on the tuning parts (bench/screening-sweep.ts --beside
 * --aliases): 0.95 → 0.96 missed 353 → 347 and 357 → 353 at seeds 4001–4004 and 6001–6004, false hits
 * unchanged there and at 8001–8008, and the one-name probe 17 → 16 spellings (a vowel variant had
 * lost to another listed name with a given name left out). At 0.96 whatever the ending, `Andrei
 * Martins` met ANDREA MARTINA LIMITED, a false hit, so a variant whose last letter differs stays 0.95
 * (ENDING_VARIANT); 0.97 whatever the ending added two false hits.
 */
export const VOWEL_VARIANT = 0.96;
const ENDING_VARIANT = 0.95;
const SHORT_VOWEL_VARIANT = 0.9;
/** Vowels, y among them but for a y that starts a word, a consonant there (Yunus / Yunes). */
const VOWELS = /(?!^y)[aeiouy]/g;
const consonants = (t: string) => t.replace(VOWELS, '');
/** The spelling with each vowel a placeholder: where its vowels stand. */
const vowelShape = (t: string) => t.replace(VOWELS, '*');

/**
 * Two spellings of one name as romanisations write it (see spellingSimilarity): its vowels, or its
 * consonants only where romanisations write one sound two ways, changed, or one vowel of a four-letter
 * name (Ruzi / Rozi), but not its last letter (Andrei / Andrea, Mariano / Mariana are two names, as an
 * ending makes them). Evidence of the same name that a typo is not: match.ts counts such a pair as it
 * counts a long word spelt near, and lets a query that adds given names spell the listed ones so.
 */
export function romanisedVariant(a: string, b: string): boolean {
  return a !== b && a.at(-1) === b.at(-1) && (vowelVariant(a, b) || shortVowelVariant(a, b));
}

function vowelVariant(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 4 || Math.max(a.length, b.length) < 5) return false;
  // A vowel that starts one name and follows the first consonant of the other is another name
  // (Ahsan / Hasan, Ahmad / Hamad, Imran / Miran): only one edit apart, no romanisation's doing.
  if ((vowelShape(a)[0] === '*') !== (vowelShape(b)[0] === '*')) return false;
  const ca = consonants(a);
  const cb = consonants(b);
  return ca.length >= 3 && (ca === cb || soundKey(a) === soundKey(b) || unaspirated(a) === unaspirated(b));
}

/** The consonants with an h after k, d or t, or after a vowel and before a consonant, not written. */
function unaspirated(t: string): string {
  return consonants(t.replace(/(?<=[kdt])h|(?<=[aeiou])h(?=[^aeiouy]|$)/g, ''));
}

/**
 * A spelling with the letters romanisations of one sound alternate between made one — ch and sh
 * (French and English), g and k, z and s — and each vowel a placeholder. Tokens reach it after the
 * romanisation rules (transliteration.ts), which already write q as k and dj as dy.
 */
function soundKey(t: string): string {
  return vowelShape(t.replace(/ch/g, 'sh').replace(/g/g, 'k').replace(/z/g, 's'));
}

function shortVowelVariant(a: string, b: string): boolean {
  if (a.length !== 4 || b.length !== 4) return false;
  // The same shape keeps the same consonants in the same places.
  return consonants(a).length === 2 && (vowelShape(a) === vowelShape(b) || soundKey(a) === soundKey(b));
}

/** Longest query token checked against the legal forms and honorifics with one edit allowed. */
const SHORT_FORM = 3;

/**
 * A short token one edit from a legal form or honorific ("LTk.", "S.Aw.", "IaC.", "Cw.V."): too short
 * for the ordinary edit allowance, but a typo in "Ltd." should not weigh like an unknown rare name.
 * Only the weight depends on it (such tokens count as noise), so a low fixed similarity is enough.
 */
export function shortFormSimilarity(token: string, form: string): number {
  if (token.length < 2 || token.length > SHORT_FORM || form.length > SHORT_FORM + 1) return 0;
  if (maxEdits(Math.max(token.length, form.length)) > 0) return 0;
  return editDistance(token, form, 1) <= 1 ? SHORT_FORM_SIMILARITY : 0;
}
const SHORT_FORM_SIMILARITY = 0.5;

/** FNV-1a of a token with up to two positions left out (-1 = none): a deletion-variant key. */
function deletionHash(t: string, skip1: number, skip2: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    if (i === skip1 || i === skip2) continue;
    h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  }
  return h | 0;
}

/** Calls visit with the hash of every variant of t with up to maxEdits(t.length) letters deleted. */
function forEachDeletion(t: string, visit: (hash: number) => void): void {
  // A Korean reading's token is matched by itself alone (spellingSimilarity): its own key is enough.
  const edits = t[0] === KOREAN_MARK ? 0 : maxEdits(t.length);
  visit(deletionHash(t, -1, -1));
  if (edits === 0) return;
  for (let i = 0; i < t.length; i++) {
    visit(deletionHash(t, i, -1));
    if (edits < 2) continue;
    for (let j = i + 1; j < t.length; j++) visit(deletionHash(t, i, j));
  }
}

/**
 * The spellings a token is matched by: its canonical form and, when normalisation changed a single
 * word, the word as written. A typo can land on a rule: "Mumin" typed "Mmin" collapses to "min", and
 * "Abbas" (canonical "abas") typed "Abnbas" is one edit from the written form but two from "abas".
 */
export function tokenForms(norm: NormalizedName): string[][] {
  return norm.tokens.map((t, i) => {
    const w = norm.written[i]!;
    if (norm.korean) return [t];
    const single = norm.written[i - 1] !== w && norm.written[i + 1] !== w;
    return single && w !== t ? [t, w] : [t];
  });
}

export class TokenDictionary {
  private readonly ids = new Map<string, number>();
  readonly tokens: string[] = [];
  /** Inverse document frequency of each token over entries. */
  readonly idf: Float64Array;
  /** 1 for legal forms and honorifics: words that say nothing about who someone is. */
  readonly noise: Uint8Array;
  /** 1 for the legal forms among them: words only a company's name carries. */
  private readonly legalForm: Uint8Array;
  /** The idf a token that is on no list would have. */
  readonly unseenIdf: number;
  private readonly keyText: string[] = [];
  private readonly keyToken: number[] = [];
  private readonly keysOfToken: number[][] = [];
  private readonly deletions = new Map<number, number[]>();
  private readonly stamp: Int32Array;
  private epoch = 0;
  /** Dictionary ids of the legal forms and honorifics, for the short-typo check below. */
  private readonly noiseIds: number[];

  /**
   * names: the canonical tokens of each listed name and the entry it belongs to. noise: words that
   * normalisation removes (legal forms, honorifics); they are indexed with the weight of the most
   * common token so that a misspelt "Ltdd" or "Shaik" weighs as little as the word it stands for.
   * legalForms: the noise words that are legal forms (see `weigh`).
   */
  constructor(
    names: { norm: NormalizedName; entry: number }[],
    entryCount: number,
    noise: Iterable<string> = [],
    legalForms: Iterable<string> = [],
  ) {
    const df: number[] = [];
    const lastEntry: number[] = [];
    const written: Set<string>[] = [];
    for (const { norm, entry } of names) {
      const forms = tokenForms(norm);
      norm.tokens.forEach((t, i) => {
        const id = this.add(t);
        if (lastEntry[id] !== entry) {
          lastEntry[id] = entry;
          df[id] = (df[id] ?? 0) + 1;
        }
        for (const form of forms[i]!.slice(1)) {
          written[id] ??= new Set();
          written[id].add(form);
        }
      });
    }
    const idf = (n: number) => Math.log((entryCount + 1) / (n + 0.5));
    const listed = this.tokens.length;
    const noiseIds = [...noise].map((word) => this.add(word));
    this.noise = new Uint8Array(this.tokens.length);
    for (const id of noiseIds) this.noise[id] = 1;
    this.legalForm = new Uint8Array(this.tokens.length);
    for (const word of legalForms) {
      const id = this.id(word);
      if (id >= 0 && this.noise[id] === 1) this.legalForm[id] = 1;
    }
    this.noiseIds = [...new Set(noiseIds)];
    const common = Math.max(1, ...df.slice(0, listed).map((n) => n ?? 0));
    // A noise word weighs as the most common token even where a list name kept it as a word ("CO" in
    // "X CO Y"): a rare spelling of "Ltd" is no rarer a clue to who someone is.
    this.idf = Float64Array.from(this.tokens, (_, id) =>
      idf(id >= listed || this.noise[id] === 1 ? common : (df[id] ?? 0)),
    );
    this.unseenIdf = idf(0);
    this.tokens.forEach((token, id) => {
      const keys: number[] = [];
      for (const spelling of new Set([...ruledSpellings(token), ...(written[id] ?? [])])) {
        const key = this.keyText.length;
        this.keyText.push(spelling);
        this.keyToken.push(id);
        keys.push(key);
        forEachDeletion(spelling, (h) => {
          const list = this.deletions.get(h);
          if (!list) this.deletions.set(h, [key]);
          else if (list[list.length - 1] !== key) list.push(key);
        });
      }
      this.keysOfToken.push(keys);
    });
    this.stamp = new Int32Array(this.keyText.length);
  }

  private add(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.ids.set(token, id);
      this.tokens.push(token);
    }
    return id;
  }

  get size(): number {
    return this.tokens.length;
  }

  id(token: string): number {
    return this.ids.get(token) ?? -1;
  }

  /** Similarity of a query token to dictionary token `id`: the best over the token's spellings. */
  similarity(token: string, id: number, joined = 0): number {
    let best = 0;
    for (const key of this.keysOfToken[id]!)
      best = Math.max(best, spellingSimilarity(token, this.keyText[key]!, joined));
    if (best === 0 && this.noise[id] === 1) best = shortFormSimilarity(token, this.tokens[id]!);
    return best;
  }

  /**
   * How a query token is weighed: as rare as its most similar dictionary token (the least rare among
   * equally similar ones), so a typo of a common word stays common, or as rare as can be when it is
   * like nothing on any list; and as noise when it is a misspelt legal form or honorific ("Copr.",
   * "Mulalh") rather than a listed word. `table` holds its similarities, `ids` where they are set.
   * `forms` false: weighed for a name that has no legal form (a person, a vessel, an aircraft), where
   * a word that only looks like one ("Eze" / FZE) is a word like any other.
   */
  weigh(table: Float32Array, ids: Iterable<number>, forms = true): { idf: number; noise: boolean } {
    let best = 0;
    let idf = this.unseenIdf;
    let nearNoise = false;
    let exactName = false;
    for (const id of ids) {
      const s = table[id]!;
      if (s <= 0 || (!forms && s < 1 && this.legalForm[id] === 1)) continue;
      if (this.noise[id] === 1) nearNoise = true;
      else if (s === 1) exactName = true;
      if (s > best || (s === best && this.idf[id]! < idf)) {
        best = s;
        idf = this.idf[id]!;
      }
    }
    return { idf, noise: nearNoise && !exactName };
  }

  /**
   * Every dictionary token similar to a query token, through the deletion index: sets
   * `table[id] = max(table[id], similarity)` and returns the ids it touched (the same values
   * `similarity` gives, found without scanning the dictionary).
   */
  similar(token: string, table: Float32Array, joined = 0): number[] {
    const touched: number[] = [];
    const epoch = ++this.epoch;
    forEachDeletion(token, (h) => {
      const keys = this.deletions.get(h);
      if (!keys) return;
      for (const key of keys) {
        if (this.stamp[key] === epoch) continue;
        this.stamp[key] = epoch;
        const s = spellingSimilarity(token, this.keyText[key]!, joined);
        if (s === 0) continue;
        const id = this.keyToken[key]!;
        if (table[id] === 0) touched.push(id);
        if (s > table[id]!) table[id] = s;
      }
    });
    if (token.length >= 2 && token.length <= SHORT_FORM) {
      for (const id of this.noiseIds) {
        if (table[id]! > 0) continue;
        const s = shortFormSimilarity(token, this.tokens[id]!);
        if (s === 0) continue;
        touched.push(id);
        table[id] = s;
      }
    }
    return touched;
  }
}
