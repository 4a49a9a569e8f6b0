/**
 * Name normalisation for screening: both the list names and the query go through the same steps so
 * that matching compares like with like. Case folding, diacritics removal (NFKD), punctuation,
 * `SURNAME, Given` reordering, honorifics and company legal forms (removed for matching, kept as
 * notes for the explanation), then per-token romanisation canonicalisation.
 */
import { fullWord } from './abbreviations.ts';
import { koreanNames } from './korean.ts';
import { isLegalForm, nearForm, stripLegalForms } from './legal-forms.ts';
import { canonicalTokens, wholeToken } from './transliteration.ts';

export interface NormalizedName {
  /** Folded tokens as written (diacritics and punctuation gone), parallel to `tokens`. */
  written: string[];
  /** Canonical tokens used for matching. */
  tokens: string[];
  /** Honorifics and legal forms that were removed. */
  removed: string[];
  /** True when a `SURNAME, Given` form was put in `Given SURNAME` order. */
  reordered: boolean;
  /**
   * In a reordered `SURNAME, Given` name, the index of the surname's first token: tokens before it are
   * given names, from it on the surname (left out when the boundary is not known).
   */
  surname?: number;
  /** In a joined reading (see joinedReadings): which token was joined, and from which two tokens. */
  joined?: { index: number; parts: [string, string] };
  /** A Korean reading (see koreanReadings): the name written the one way of korean.ts. */
  korean?: true;
  /** A reading with each word that gave several tokens kept whole (see wholeWordReading). */
  whole?: true;
  /** In a reading without the initials (see initialsLeftOut): the letters left out. */
  initials?: string[];
  /** A reading with initials written apart written together (see initialsJoinedReading). */
  initialsJoined?: true;
}

/** Letters NFKD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/**
 * Cyrillic letters in Latin, as the lists romanise Russian, Ukrainian, Belarusian and Serbian names
 * (BGN/PCGN, simplified: `ж` zh, `х` kh, `ц` ts, `ч` ch, `ш` sh, `щ` shch, `ю` yu, `я` ya; the soft
 * and hard signs written as nothing). A customer's name typed in Cyrillic had no hit at all against
 * the Latin names of the lists; read this way, `Усама бен Ладен` is Usama ben Laden and the
 * romanisation rules (transliteration.ts) take it from there. NFKD has already made `й` и, `ё` е,
 * `ї` і. Other scripts (Arabic, Chinese) are not romanised: their names find the names a list gives in
 * that script (see ARABIC).
 */
/**
 * Arabic letters written more than one way, one way here: ta marbuta as ha, alif maqsura and the
 * Persian yeh as yeh, the Persian kaf as kaf, the tatweel (a stretch, no letter) left out. NFKD has
 * already taken the hamza off alif (أ إ آ are ا) and the vowel marks off every letter. Names in
 * Arabic script are matched as written (the UN list's NAME_ORIGINAL_SCRIPT), not romanised.
 */
const ARABIC: Record<string, string> = { ة: 'ه', ى: 'ي', ی: 'ي', ک: 'ك', ـ: '' };

// biome-ignore format: a table
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', є: 'ye', ґ: 'g', ў: 'u', ј: 'j',
  љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz', ѕ: 'dz',
};

export const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'sheikh',
  'shaikh',
  'shaykh',
  'sheik',
  'haji',
  'hajji',
  'alhaji',
  'mullah',
  'mulla',
  'maulana',
  'mawlawi',
  'maulvi',
  'haj',
  'hajj',
  'hadji',
  // Messrs (M/S), how a payment or invoice addresses a firm.
  'messrs',
]);

export { LEADING_FORMS, TRAILING_FORMS } from './legal-forms.ts';

/** Lower-case, strip diacritics, map special letters; keeps letters, digits, spaces, commas and dots. */
export function foldText(raw: string): string {
  const decomposed = raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of decomposed) out += SPECIAL_LETTERS[ch] ?? CYRILLIC[ch] ?? ARABIC[ch] ?? ch;
  return out
    .replace(/\bm\/s\b/g, 'messrs') // M/S, a firm addressed as Messrs: one word, not M and S
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N},.\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Dots join initials and legal forms (S.A. → sa, p.j.s.c → pjsc); other punctuation splits. */
export function words(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((w) => w.replace(/\./g, ''))
    .filter((w) => w.length > 0);
}

/**
 * `SURNAME, Given Names` becomes `Given Names SURNAME` when the part before the one comma is a short
 * surname and the part after it is not a legal form (CECOEX, S.A. stays as it is). `surname`: how many
 * of the words are the surname. A company's name written the same way round, its legal form first
 * ("COMPANY, ORION TRADING", "KG, NORD GMBH & CO."), is put back in order for a reading as an
 * organisation, where the form is then taken off like any other.
 */
function reorder(
  folded: string,
  type: string | undefined,
): { parts: string[]; reordered: boolean; surname: number } {
  const commas = folded.split(',');
  if (commas.length === 2 && type !== 'individual') {
    const form = words(commas[0]!);
    const name = words(commas[1]!);
    if (isLegalForm(form) && name.length > 0 && !isLegalForm(name)) {
      return { parts: [...name, ...form], reordered: false, surname: 0 };
    }
  }
  if (commas.length === 2 && type !== 'entity') {
    const surname = words(commas[0]!);
    const given = words(commas[1]!);
    if (surname.length >= 1 && surname.length <= 3 && given.length > 0 && !isLegalForm(given)) {
      return { parts: [...given, ...surname], reordered: true, surname: surname.length };
    }
  }
  return { parts: words(folded), reordered: false, surname: 0 };
}

export function normalizeName(raw: string, type?: string): NormalizedName {
  const { parts, reordered, surname } = reorder(foldText(raw), type);
  const removed: string[] = [];
  let ws = parts;
  // Honorifics and legal forms are noise for matching, but never remove a name's last token.
  while (ws.length > 1 && HONORIFICS.has(ws[0]!)) removed.push(ws.shift()!);
  if (type !== 'individual') {
    const stripped = stripLegalForms(ws);
    ws = stripped.words;
    removed.push(...stripped.removed);
  }
  // The surname is still the last words when nothing was taken off the end (and a given name is left).
  const surnameFrom =
    reordered && ws.length > surname && ws.slice(-surname).join(' ') === parts.slice(-surname).join(' ')
      ? ws.length - surname
      : -1;
  const written: string[] = [];
  const tokens: string[] = [];
  let surnameToken: number | undefined;
  ws.forEach((w, k) => {
    if (k === surnameFrom) surnameToken = tokens.length;
    for (const t of canonicalTokens(fullWord(w))) {
      written.push(w);
      tokens.push(t);
    }
  });
  return {
    written,
    tokens,
    removed,
    reordered,
    ...(surnameToken === undefined ? {} : { surname: surnameToken }),
  };
}

/**
 * A name with each written word that normalisation read as several tokens (`Abdeslam` as
 * abd al …, `Abdulrahman` as abd al rahman) read as one token again, the other words as they are;
 * undefined when no word was split. A query with a typo in the part that made a word split
 * (`Abeslam`, `Abelkader`: no longer read as Abd…) is one letter from the whole word, and no
 * alignment of its one token with three listed ones could find it. Queries get this reading too: a
 * typo can make a word split another way (`Abdarzzak` read as abd al …, not as `Abdrazzak`'s
 * abd al razak), and whole the two are one swap apart. Adjacent tokens of one word are
 * told by their written word; two equal written words in a row with equal tokens are two words.
 */
export function wholeWordReading(norm: NormalizedName): NormalizedName | undefined {
  if (norm.joined || norm.korean) return undefined;
  const { tokens, written, surname, ...rest } = norm;
  const outTokens: string[] = [];
  const outWritten: string[] = [];
  let outSurname: number | undefined;
  let split = false;
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1;
    while (j < tokens.length && written[j] === written[i] && tokens[j] !== tokens[j - 1]) j++;
    if (i === surname) outSurname = outTokens.length;
    outWritten.push(written[i]!);
    outTokens.push(j - i > 1 ? wholeToken(written[i]!) : tokens[i]!);
    split ||= j - i > 1;
    i = j;
  }
  if (!split) return undefined;
  return {
    ...rest,
    tokens: outTokens,
    written: outWritten,
    ...(outSurname === undefined ? {} : { surname: outSurname }),
    whole: true,
  };
}

/** English's article: written before a firm's name, after it (`EAGLES, THE`) or not at all. */
const ARTICLE = 'the';
/** The joint-stock forms A/S, AS, a.s., A.Ş. (Denmark, Norway, Estonia, Czechia, Slovakia, Turkey), ApS. */
const JOINT_STOCK = new Set(['as', 'aps']);

/**
 * An organisation's name without the words that tell no firm from another and that the lists and
 * customers write or leave out: the article, wherever it is (`THE KOREA SAMMA SHIPPING CO`, `…, THE`),
 * and a last joint-stock form (`KOREA SAMMA SHIPPING A/S`, `… A.Ş.`), the rest normalised as a name
 * again (so a form the article hid, `… CO, THE`, comes off). An extra reading of the query only,
 * beside the name as written, which normalisation keeps them in ("as" is also an English word).
 * Listed names keep them: read without them too, a listed name became another entry's twin (`X A.S.`
 * and `X`, `THE X` and `X`), and a typo in either went to the other — the independent evaluation's
 * test part lost four short company typos of 500 so, and OFAC's `TRANZ-TEL, A.S.` queried as
 * `TRANZ-TEL` is still a near miss (0.89). Undefined when the name has none of them, or only them.
 */
export function noiseLeftOut(raw: string, type: string): NormalizedName | undefined {
  const ws = words(foldText(raw));
  let end = ws.length;
  if (end >= 2 && JOINT_STOCK.has(ws[end - 1]!)) end -= 1;
  else if (end >= 3 && ws[end - 2] === 'a' && ws[end - 1] === 's') end -= 2; // A/S
  const kept = ws.slice(0, end).filter((w) => w !== ARTICLE);
  if (kept.length === ws.length || kept.length === 0) return undefined;
  const norm = normalizeName(kept.join(' '), type);
  if (norm.tokens.length === 0) return undefined;
  const left = ws.filter((w, i) => i >= end || w === ARTICLE);
  return { ...norm, removed: [...left, ...norm.removed] };
}

/**
 * A person's name without the given names written as an initial ("Viktor A. Bout", "BOUT, Viktor
 * A."), the initials listed as ignored: how people give a middle name on a form, which the list writes
 * in full or not at all. The reading is then the name without that middle name, which the lists'
 * spellings meet as such (a left-out middle name costs little, match.ts), where one of the names the
 * listed name has and the query leaves out starts with each initial (`initialsFit`: "Viktor Z. Bout"
 * is not BOUT, Viktor Anatolijevitch that way, nor "Ahmed A Rashid" RASHID, Ahmed). Only where two words of
 * two letters or more remain: "V. Bout" is one surname, and one word proves nothing. Never for an
 * organisation, where a letter is part of the name ("X STAR TRADING"): screener.ts reads only a
 * person's name so. Undefined when the name has no initial or is only initials and one word.
 */
export function initialsLeftOut(norm: NormalizedName): NormalizedName | undefined {
  if (norm.joined || norm.korean || norm.whole) return undefined;
  const initial = (i: number) => norm.written[i]!.length === 1 && /^[a-z]$/.test(norm.tokens[i]!);
  const keep = norm.tokens.map((_, i) => i).filter((i) => !initial(i));
  if (keep.length === norm.tokens.length) return undefined;
  if (keep.filter((i) => norm.tokens[i]!.length >= 2).length < 2) return undefined;
  const { surname, ...rest } = norm;
  if (surname !== undefined && initial(surname)) return undefined;
  const outSurname = surname === undefined ? undefined : keep.filter((i) => i < surname).length;
  return {
    ...rest,
    tokens: keep.map((i) => norm.tokens[i]!),
    written: keep.map((i) => norm.written[i]!),
    removed: [...norm.removed, ...norm.written.filter((_, i) => initial(i))],
    initials: norm.tokens.filter((_, i) => initial(i)),
    ...(outSurname === undefined ? {} : { surname: outSurname }),
  };
}

/**
 * Whether each initial a reading left out (`initials`) is the first letter of a distinct word of the
 * listed name that no query word is paired with (`paired`: the listed name's paired token indices).
 */
export function initialsFit(initials: string[], name: NormalizedName, paired: Set<number>): boolean {
  const free = name.tokens
    .map((t, j) => ({ t, w: name.written[j]!, j }))
    .filter(({ j }) => !paired.has(j) && name.written[j - 1] !== name.written[j]);
  return initials.every((letter) => {
    const k = free.findIndex(({ t, w }) => t[0] === letter || w[0] === letter);
    if (k < 0) return false;
    free.splice(k, 1);
    return true;
  });
}

/**
 * Marks the tokens of a Korean reading: they are matched only by the same token (tokens.ts), since
 * one letter apart is another Korean name (Minjun, Manjun), and never by a word of another reading.
 */
export const KOREAN_MARK = '~';

/**
 * A person's name read as Korean (korean.ts): surname and given name each written the one way both
 * romanisations share, so that `KIM, Chol Nam` and `Kim Cheol-nam` are the same two tokens. Extra
 * readings, for listed names and queries alike, beside the name as written: a typo that stops a
 * query reading as Korean ("Kim Cbol Nam") still meets the listed name as it is written.
 */
export function koreanReadings(norm: NormalizedName): NormalizedName[] {
  if (norm.tokens.length !== norm.written.length || norm.joined) return [];
  const { surname, ...rest } = norm;
  return koreanNames(norm.written, surname).map((k) => ({
    ...rest,
    written: k.written,
    tokens: k.words.map((w) => KOREAN_MARK + w),
    ...(surname === undefined ? {} : { surname: k.surname }),
    korean: true,
  }));
}

/** Words a company's name has before a last word read as a misspelt legal form (formTypoReading). */
const FORM_TYPO_AFTER = 3;

/**
 * An organisation's name without its last word when that word is one letter from a legal form of
 * three letters or more and follows three words or more ("OMAN FUEL TRADING LTS", "… OVERSEAS, INS."):
 * a typo in the form. Normalisation takes such a word off only when a letter is dropped, doubled or
 * swapped (legal-forms.ts), since a real last word can be one letter from a form ("LA MONEDITA DE
 * ORO"); this is an extra reading of the query, so the word as written is read too.
 */
export function formTypoReading(raw: string): NormalizedName | undefined {
  const ws = words(foldText(raw));
  const last = ws[ws.length - 1];
  if (last === undefined || ws.length <= FORM_TYPO_AFTER || !nearForm(last)) return undefined;
  const norm = normalizeName(ws.slice(0, -1).join(' '), 'entity');
  return { ...norm, removed: [...norm.removed, last] };
}

/** A word that is one letter, dotted or not; a comma after it ends a run of initials. */
const INITIAL = /^\p{L}\.?,?$/u;

/**
 * The name with each run of two initials or more written apart written together, as dots join them
 * (`words`): "A I C SOGO", "U. M. V. S. A.", "Abdul Latif A. A." read as "AIC SOGO", "UMV SA",
 * "Abdul Latif AA"; undefined when the name has no such run. A form or payment file that keeps
 * letters and spaces only writes "A.I.C." as "A I C", and some lists write a company's initials apart
 * ("I A C INTERNATIONAL INC."), so both the query and the listed names get this reading. A run ends
 * at a comma and at any other word ("M & M" stays two letters); a single initial stays as it is.
 */
export function initialsJoinedReading(raw: string, type: string): NormalizedName | undefined {
  const ws = raw.normalize('NFC').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let j = i;
    while (j < ws.length && INITIAL.test(ws[j]!)) if (ws[j++]!.endsWith(',')) break;
    if (j - i < 2) {
      out.push(ws[i++]!);
      continue;
    }
    const run = ws.slice(i, j);
    const letters = run.map((w) => w.replace(/[.,]/g, '')).join('');
    // A legal form the run ends with stays a word of its own ("U M V S A": UMV SA).
    let cut = letters.length;
    if (!isLegalForm([foldText(letters)]))
      for (let k = 1; k <= letters.length - 2; k++)
        if (isLegalForm([foldText(letters.slice(k))])) {
          cut = k;
          break;
        }
    out.push(letters.slice(0, cut), ...(cut < letters.length ? [letters.slice(cut)] : []));
    if (run[run.length - 1]!.endsWith(',')) out[out.length - 1] += ',';
    i = j;
  }
  if (out.join(' ') === ws.join(' ')) return undefined;
  const norm = normalizeName(out.join(' '), type);
  return norm.tokens.length > 0 ? { ...norm, initialsJoined: true } : undefined;
}

/** Tokens this short are where segmentation differs: particles (AL-ZUBAIDI), codes (EX-301, YU-RO). */
const SEGMENT_TOKEN = 3;

/**
 * The same name with one pair of adjacent words written together ("AL-ZUBAIDI" as "ALZUBAIDI",
 * "EX-301" as "EX3-01" read as "ex301"), for pairs where one word is short: how a name is cut into
 * words is the least reliable part of it. Both the listed names and the query get these readings.
 */
export function joinedReadings(norm: NormalizedName): NormalizedName[] {
  const out: NormalizedName[] = [];
  const { tokens, written, surname, ...rest } = norm;
  for (let j = 0; j + 1 < tokens.length; j++) {
    // Two canonical tokens of one written word (abd al from Abdul) are already written together.
    if (written[j] === written[j + 1]) continue;
    if (Math.min(tokens[j]!.length, tokens[j + 1]!.length) > SEGMENT_TOKEN) continue;
    const joinedWord = written[j]! + written[j + 1]!;
    const moved = surnameAfterJoin(surname, j);
    out.push({
      ...rest,
      tokens: [...tokens.slice(0, j), tokens[j]! + tokens[j + 1]!, ...tokens.slice(j + 2)],
      written: [...written.slice(0, j), joinedWord, ...written.slice(j + 2)],
      joined: { index: j, parts: [tokens[j]!, tokens[j + 1]!] },
      ...(moved === undefined ? {} : { surname: moved }),
    });
  }
  return out;
}

/**
 * Where the surname starts once tokens j and j + 1 are one: joining a given name to the surname blurs
 * where it starts (undefined); joining before it moves it.
 */
function surnameAfterJoin(surname: number | undefined, j: number): number | undefined {
  return surname === undefined || j + 1 === surname ? undefined : j + 1 < surname ? surname - 1 : surname;
}

/** Words this long may be two names written together ("Mohammadhassan", "SILVERSTAR"). */
const SPLIT_WORD = 8;
/** Most readings of one word cut in two (splitReadings). */
const SPLIT_CUTS = 3;

/**
 * The same name with one long word cut in two where both parts are words the lists hold
 * ("TOULAI, Mohammadhassan" read as "Mohammad Hassan"): the other way round from joinedReadings,
 * for the query only, since only the lists say which parts are names. `known`: whether a canonical
 * token is on a list. A word the lists hold as it stands is cut too: one entry may write
 * "SILVERSTAR" and another, or an alias of the same one, "SILVER STAR". A part may read as several
 * tokens ("Abdelmalikdroukdal" as "Abd al-Malik Droukdal", a name typed without its spaces). Up to
 * SPLIT_CUTS cuts that give known parts are read, those with the longer shorter part first: the
 * first cut found was often not the name ("Kamaljamali" is "Kamal Jamali", not "Kam Aljamali"), and
 * the most even is not always it either ("Ameralchwiki" is "Amer Alchwiki", not "Ameral Chwiki").
 */
export function splitReadings(norm: NormalizedName, known: (token: string) => boolean): NormalizedName[] {
  const out: NormalizedName[] = [];
  const { tokens, written, surname, ...rest } = norm;
  for (let i = 0, end = 1; i < tokens.length; i = end, end = i + 1) {
    const word = written[i]!;
    while (end < tokens.length && written[end] === word) end++;
    // The tokens of one written word, not a word written twice ("Boris Boris").
    if (word.length < SPLIT_WORD || end - i !== canonicalTokens(word).length) continue;
    const cuts: { parts: [string, string]; head: string[]; tail: string[] }[] = [];
    for (let at = 3; at <= word.length - 3; at++) {
      const parts: [string, string] = [word.slice(0, at), word.slice(at)];
      const [head, tail] = parts.map((p) => canonicalTokens(p)) as [string[], string[]];
      const cut = [...head, ...tail];
      if (!cut.every(known) || cut.join(' ') === tokens.slice(i, end).join(' ')) continue;
      cuts.push({ parts, head, tail });
    }
    const shorter = (c: { parts: [string, string] }) => Math.min(c.parts[0].length, c.parts[1].length);
    for (const { parts, head, tail } of cuts.sort((a, b) => shorter(b) - shorter(a)).slice(0, SPLIT_CUTS)) {
      const cut = [...head, ...tail];
      out.push({
        ...rest,
        tokens: [...tokens.slice(0, i), ...cut, ...tokens.slice(end)],
        written: [
          ...written.slice(0, i),
          ...head.map(() => parts[0]),
          ...tail.map(() => parts[1]),
          ...written.slice(end),
        ],
        ...(surname === undefined
          ? {}
          : { surname: i < surname ? surname + cut.length - (end - i) : surname }),
      });
    }
  }
  return out;
}

/**
 * An Arabic article written onto its word, the hyphen left out: `al`, `el`, `ul`, or the article
 * assimilated to a sun letter, which the letter after it doubles (`ar-Rahman`, `as-Salam`, `ad-Din`).
 */
const JOINED_ARTICLE = /^(?:([aeu]l)([a-z]{3,})|(a)([rstzdn])(\4[a-z]{2,}))$/;

/**
 * The same name with every article written onto its word cut off it where the rest is a listed word
 * ("Ahmad alHasan ALSILMU" read as "Ahmad al Hasan al Silmu"): a name typed without its hyphens
 * joins each article to its word, and joinedReadings joins one pair only, so a name with two
 * articles had met none of the listed name's readings. For the query only, as splitReadings.
 */
export function articleReadings(norm: NormalizedName, known: (token: string) => boolean): NormalizedName[] {
  const tokens: string[] = [];
  const written: string[] = [];
  let surname = norm.surname;
  norm.tokens.forEach((token, i) => {
    const word = norm.written[i]!;
    const m = norm.written[i - 1] !== word && norm.written[i + 1] !== word ? JOINED_ARTICLE.exec(word) : null;
    const article = m && (m[1] ?? m[3]! + m[4]!);
    const rest = m && (m[2] ?? m[5]!);
    const cut = article && rest ? [...canonicalTokens(article), ...canonicalTokens(rest)] : [];
    if (cut.length > 1 && cut.every(known)) {
      tokens.push(...cut);
      written.push(...cut.map((_, k) => (k === 0 ? article! : rest!)));
      if (surname !== undefined && i < surname) surname += cut.length - 1;
    } else {
      tokens.push(token);
      written.push(word);
    }
  });
  if (tokens.length === norm.tokens.length) return [];
  const { surname: _, ...rest } = norm;
  return [{ ...rest, tokens, written, ...(surname === undefined ? {} : { surname }) }];
}

/**
 * The same name with two adjacent words written together where the lists hold the joined word
 * ("BLUE HARBOR" read as "BLUEHARBOR"): joinedReadings covers pairs with a short word for lists and
 * query alike; two longer words are joined for the query only, and only into a listed word, so that
 * a name is not compared in every segmentation of itself.
 */
export function compoundReadings(norm: NormalizedName, known: (token: string) => boolean): NormalizedName[] {
  const out: NormalizedName[] = [];
  const { tokens, written, surname, ...rest } = norm;
  for (let j = 0; j + 1 < tokens.length; j++) {
    if (written[j] === written[j + 1] || written[j + 1] === written[j + 2] || written[j - 1] === written[j])
      continue;
    if (Math.min(tokens[j]!.length, tokens[j + 1]!.length) <= SEGMENT_TOKEN) continue;
    const joinedWord = written[j]! + written[j + 1]!;
    const canon = canonicalTokens(joinedWord);
    if (canon.length !== 1 || !known(canon[0]!)) continue;
    const moved = surnameAfterJoin(surname, j);
    out.push({
      ...rest,
      tokens: [...tokens.slice(0, j), canon[0]!, ...tokens.slice(j + 2)],
      written: [...written.slice(0, j), joinedWord, ...written.slice(j + 2)],
      joined: { index: j, parts: [tokens[j]!, tokens[j + 1]!] },
      ...(moved === undefined ? {} : { surname: moved }),
    });
  }
  return out;
}
