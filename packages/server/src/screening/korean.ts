/**
 * Korean personal names in their two romanisations. North Korean names on the lists are written
 * in McCune–Reischauer without its marks (KIM Chol Nam, PAK Yong Sik, CHO Il U, RI Song Hyok); South
 * Korea, passports and customers write Revised Romanisation (Kim Cheol-nam, Bak Yeong-sik, Jo Il-u,
 * Ri/Lee Seong-hyeok). The two differ in almost every syllable: ŏ / ŭ (written o / u) are eo / eu,
 * the unaspirated k t p ch are g d b j, the initial r before i or y is dropped in the South. Two
 * or three such letters in a three-letter syllable are beyond any edit allowance, so a name read as
 * Korean is also read written one way, on both sides (the list's and the query's; see
 * koreanReadings in normalize.ts): `koreanSpelling("jeong") === koreanSpelling("chong")`.
 *
 * A name is read as Korean only as a whole: a Korean surname first or last, and every other word a
 * Korean syllable (one syllable a word: the lists and most customers write given names apart or
 * hyphenated, and a hyphen is a space by then). Chinese pinyin syllables pass the same test but
 * distinguish b / p, d / t, g / k, j / ch (Bo and Po are two names), so a surname that is also a
 * common pinyin one (Jin, Kang, Han, ...) makes a name Korean only with a given-name syllable no
 * pinyin has (Myong, Chol, Kyeong); and a word with letters only pinyin has (x, q, z, c) is not
 * Korean.
 */

/**
 * Korean surnames as both romanisations and common personal spellings write them, each with the
 * syllable it is read as. The spelling of a surname is its own: Lee and Rhee are 이 (I in Revised
 * Romanisation, Ri in the North), Park is 박 (Bak / Pak), Choi is 최 (Choe).
 */
const SURNAMES = new Map<string, string>(
  Object.entries({
    kim: 'kim',
    gim: 'kim',
    lee: 'i',
    rhee: 'i',
    ri: 'i',
    yi: 'i',
    rhie: 'i',
    park: 'pak',
    pak: 'pak',
    bak: 'pak',
    bahk: 'pak',
    choi: 'joe',
    choe: 'joe',
    chwe: 'joe',
    jung: 'jong',
    chung: 'jong',
    jeong: 'jong',
    chong: 'jong',
    kang: 'kang',
    gang: 'kang',
    cho: 'jo',
    jo: 'jo',
    yoon: 'yun',
    yun: 'yun',
    jang: 'jang',
    lim: 'im',
    rim: 'im',
    im: 'im',
    shin: 'sin',
    sin: 'sin',
    kwon: 'kwon',
    gwon: 'kwon',
    hwang: 'hwang',
    ahn: 'an',
    ryu: 'yu',
    yoo: 'yu',
    jeon: 'jon',
    chon: 'jon',
    chun: 'jon',
    ko: 'ko',
    go: 'ko',
    koh: 'ko',
    moon: 'mun',
    mun: 'mun',
    son: 'son',
    sohn: 'son',
    bae: 'pae',
    pae: 'pae',
    baek: 'paek',
    paek: 'paek',
    paik: 'paek',
    heo: 'ho',
    hur: 'ho',
    nam: 'nam',
    sim: 'sim',
    shim: 'sim',
    noh: 'no',
    roh: 'no',
    no: 'no',
    ro: 'no',
    kwak: 'kwak',
    gwak: 'kwak',
    sung: 'song',
    seong: 'song',
    cha: 'ja',
    joo: 'ju',
    ju: 'ju',
    chu: 'ju',
    woo: 'u',
    koo: 'ku',
    gu: 'ku',
    ku: 'ku',
    min: 'min',
    jin: 'jin',
    um: 'om',
    eom: 'om',
    pyo: 'pyo',
    oh: 'o',
    seo: 'so',
    suh: 'so',
    hyon: 'hyon',
    hyun: 'hyon',
    hyeon: 'hyon',
    kye: 'kye',
    chang: 'jang',
    so: 'so',
    ho: 'ho',
    pyon: 'pyon',
    byeon: 'pyon',
    byun: 'pyon',
    yang: 'yang',
    do: 'to',
    to: 'to',
    kil: 'kil',
    gil: 'kil',
    sok: 'sok',
    seok: 'sok',
    yom: 'yom',
    han: 'han',
    song: 'song',
    an: 'an',
    yu: 'yu',
    pang: 'pang',
    bang: 'pang',
    om: 'om',
    o: 'o',
    won: 'won',
    chin: 'jin',
    ki: 'ki',
    gi: 'ki',
    tak: 'tak',
    ra: 'na',
    na: 'na',
    gye: 'kye',
    ryang: 'yang',
    ryom: 'yom',
    yeom: 'yom',
    chae: 'jae',
    thae: 'tae',
    tae: 'tae',
  }),
);

/** One romanised Korean syllable, written either way (after folding: no marks, no apostrophes). */
const SYLLABLE =
  /^(kk|gg|tt|dd|pp|bb|ss|jj|ch|sh|th|[kgndtrlmbpsjh])?[yw]?(eo|eu|ae|oe|oi|ui|oo|ee|ai|[aeiou])(ng|[knlrmptg])?$/;

/** Letters only pinyin has: a word with them is not Korean. */
const PINYIN_ONLY = /[xqzfv]|c(?!h)/;

/**
 * The one spelling of a given-name syllable both romanisations share here (see the file comment).
 * Surnames have their own table: Chun the surname is 전 (Jeon), Chun the given name 준 or 춘.
 */
export function koreanSpelling(syllable: string): string {
  let s = syllable
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/oo/g, 'u')
    // 희 is Hui in both romanisations and Hee in most passports.
    .replace(/^hee$/, 'hui')
    .replace(/ee/g, 'i')
    .replace(/ai|ea/g, 'ae')
    .replace(/oi/g, 'oe');
  s = s
    .replace(/^(kk|gg|g)/, 'k')
    .replace(/^(tt|dd|d|th)/, 't')
    .replace(/^(pp|bb|b)/, 'p')
    .replace(/^(jj|ch)/, 'j')
    .replace(/^(ss|sh)/, 's')
    .replace(/^[rl](?=[iy])/, '')
    .replace(/^l/, 'r');
  // A final consonant written either way: ㄱ is k (g in some spellings), ㄹ l (r).
  return s.replace(/g$/, (m, at: number) => (s[at - 1] === 'n' ? m : 'k')).replace(/r$/, 'l');
}

/**
 * Korean surnames whose spelling is also a common Chinese surname in pinyin (金 Jin, 顾 Gu, 康 Kang,
 * 韩 Han, 宋 Song, ...): a name with one of these reads as Korean only when a given-name syllable
 * could not be pinyin (KOREAN_ONLY). Wade–Giles spellings (Chang, Chung, Chu) need no such care:
 * like McCune–Reischauer, Wade–Giles writes g d b j as k t p ch, so reading them alike is right.
 */
const PINYIN_SURNAMES = new Set([
  'li',
  'wang',
  'yang',
  'ma',
  'han',
  'song',
  'an',
  'chen',
  'yu',
  'jin',
  'gu',
  'kang',
  'gang',
  'min',
  'ju',
  'na',
]);

/**
 * What no pinyin syllable has: eo, eu, ae, oe; a consonant before y or w (myong, kwang; pinyin writes
 * ming, guang); a final k, l, m, p or t (pinyin ends in a vowel, n or ng).
 */
const KOREAN_ONLY = /eo|eu|ae|oe|^[^aeiouwy]+[yw]|[klmpt]$/;

/**
 * The readings of a person's name as Korean (see the file comment): the surname and the given name,
 * whose syllables are one name (Chol Nam, Cheol-nam → jolnam), each written the one Korean way, in
 * the order they came, with the words as written (`written`: the given name's syllables joined by
 * hyphens) for the explanation. A Korean given name is one name however it is cut: "Jun Park" is not
 * PAK, Chun Il with a middle name left out. `surname`: where the surname starts when the name was
 * written `SURNAME, Given` (it must then be the last word); else the first or the last word may be
 * it, and a name whose first and last words are both surnames ("Hyun-woo Lim") is read both ways.
 * Empty when the name does not read as Korean.
 */
export function koreanNames(
  words: string[],
  surname?: number,
): { words: string[]; written: string[]; surname: number }[] {
  if (words.length < 2 || words.length > 4) return [];
  const at = surname !== undefined && surname > 0 ? [surname] : [0, words.length - 1];
  const out: { words: string[]; written: string[]; surname: number }[] = [];
  for (const i of at) {
    const word = words[i]!;
    const last = SURNAMES.get(word);
    if (last === undefined) continue;
    if (surname !== undefined && i !== words.length - 1) continue;
    const given = words.filter((_, k) => k !== i);
    if (!given.every((w) => w.length <= 6 && SYLLABLE.test(w) && !PINYIN_ONLY.test(w))) continue;
    if (PINYIN_SURNAMES.has(word) && !given.some((w) => KOREAN_ONLY.test(w))) continue;
    const first = given.map(koreanSpelling).join('');
    const firstWritten = given.join('-');
    out.push(
      i === 0
        ? { words: [last, first], written: [word, firstWritten], surname: 0 }
        : { words: [first, last], written: [firstWritten, word], surname: 1 },
    );
  }
  return out;
}
