/**
 * Company legal forms, however they are written. A form is recognised by its letters alone, over one
 * to six words: `S.A.`, `S.a.`, `SA`, `s a` are "sa"; `S.A. DE C.V.`, `s a de c v`, `SA de CV` are
 * "sadecv"; `CO., LTD.`, `Co Ltd`, `Company Limited` are forms too. Forms carry no identity, so
 * normalisation takes them off organisations' names, listed and queried alike (keeping them as notes
 * for the explanation), and the engine matches what is left. People's names keep every word.
 *
 * Typos in forms: a form of several words or of six letters or more is recognised one letter off
 * ("JINT STOCK COMPANY", "Y CItA. LTDA.", "COm., LTD."); a last word that is a form with a letter
 * dropped or two swapped goes with an intact form right before it ("CO., LDT."), or after a name of
 * three words or more ("LC", "LDA", "CROP"). Otherwise a misspelt
 * form stays a word, weighed as noise (tokens.ts): a real last word one letter from a form ("SKY CORE",
 * "LA MONEDITA DE ORO") is not lost.
 */
import { editDistance, swappedPair } from './tokens.ts';

// biome-ignore format: a table
/** Single-word forms written after the name (ACME TRADING LLC, CECOEX S.A.). */
export const TRAILING_FORMS = new Set([
  'llc', 'llp', 'lp', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company',
  'plc', 'gmbh', 'ag', 'kg', 'sa', 'sac', 'saa', 'sab', 'sas', 'sarl', 'srl', 'spa', 'sl', 'slu', 'bv',
  'nv', 'oy', 'ab', 'asa', 'pte', 'pty', 'pvt', 'bhd', 'sdn', 'kft', 'sro', 'doo', 'ltda', 'sal', 'wll',
  'fze', 'fzco', 'fzc', 'fzllc', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'ooo', 'zao', 'oao', 'pao', 'tov', 'se',
  'cv', 'ca', 'sc', 'cia', 'eirl', 'sca', 'scs', 'sccl', 'ev', 'asbl', 'vzw', 'kk', 'corporacion', 'compania',
  'companhia',
]);

/** Forms that are also words a name is made of ("COMPANIA MINERA …"): taken off at the ends only. */
const NAME_WORDS = new Set(['company', 'compania', 'companhia', 'corporacion']);

/** Single-word forms written before the name, as in Russian and Ukrainian (OOO ROMASHKA). */
export const LEADING_FORMS = new Set([
  'ooo',
  'zao',
  'oao',
  'pao',
  'ao',
  'tov',
  'jsc',
  'ojsc',
  'cjsc',
  'pjsc',
  'llc',
]);

const product = (a: string[], b: string[]) => a.flatMap((x) => b.map((y) => x + y));

/** Forms of several words, by their letters: the letters of every word written together. */
const PHRASES = new Set([
  // Spanish and Latin American: S.A. de C.V., S. de R.L. (de C.V.), S.P.R. de R.L., S. en C. (S.),
  // S. de H., (y) Cía. (Ltda., S.A., S. en C., S.C.S., S.C.A.), S.A.B. / S.A.P.I. de C.V.
  ...['sadecv', 'sderl', 'sderldecv', 'sprderl', 'sprderldecv', 'scderl', 'scderldecv', 'senc', 'sencs'],
  ...['sdeh', 'sdesh'],
  ...['sabdecv', 'sapidecv'],
  ...product(
    ['cia', 'ycia', 'compania', 'ycompania', 'andcompania'],
    ['', 'ltda', 'sa', 'senc', 'scs', 'sca'],
  ),
  // English: Co., Ltd. (Company Limited, Pte. Ltd., Pvt. Ltd., Private Limited, Sdn. Bhd., Co. Inc.),
  // & Co. KG, Public Limited Company, Limited Liability Company / Partnership, (Open / Closed / Public /
  // Private) Joint Stock Company and JSC
  ...product(
    ['co', 'company', 'pte', 'pvt', 'private', 'pty', 'sdn'],
    ['ltd', 'limited', 'inc', 'plc', 'bhd'],
  ),
  ...['cokg', 'andcokg', 'gmbhcokg', 'gmbhandcokg', 'llcco', 'publiclimitedcompany'],
  ...['limitedliabilitycompany', 'limitedliabilitypartnership'],
  ...product(
    ['', 'open', 'closed', 'closedtype', 'public', 'private'],
    ['jointstockcompany', 'jointstock', 'jsc'],
  ),
]);

const ALL = new Set([...TRAILING_FORMS, ...PHRASES]);
const LEADING = new Set([...LEADING_FORMS, ...[...PHRASES].filter((p) => p.endsWith('company'))]);
/** Forms this long are still recognised one letter off. */
const LONG = 6;
const LONG_FORMS = [...ALL].filter((f) => f.length >= LONG - 1);

/** `letters` is a form in `forms`: exactly, or one edit off a long one (over several words, from 5). */
function isForm(letters: string, forms: Set<string>, words: number): boolean {
  if (forms.has(letters)) return true;
  if (letters.length < (words > 1 ? LONG - 1 : LONG)) return false;
  return LONG_FORMS.some(
    (f) => forms.has(f) && Math.abs(f.length - letters.length) <= 1 && editDistance(letters, f, 1) <= 1,
  );
}

/** True when the words together are one legal form ("S.A.", "s a de c v"), nothing else. */
export function isLegalForm(words: string[]): boolean {
  return words.length > 0 && (ALL.has(words.join('')) || words.every((w) => ALL.has(w)));
}

/** Longest run of words at the start (`fromEnd` false) or end that together spell a form: its length. */
function formRun(words: string[], fromEnd: boolean, forms: Set<string>): number {
  let best = 0;
  for (let take = 1; take <= Math.min(6, words.length - 1); take++) {
    const run = fromEnd ? words.slice(words.length - take) : words.slice(0, take);
    const letters = run.join('');
    if (forms.has(letters)) best = take;
    else if (isForm(letters, forms, take)) {
      // The letter off must not be a whole extra word before a form ("NO. 1 CORPORATION" keeps its
      // 1, "GO LTD" its GO); a word of three letters or more is a misspelt part ("COm., LTD.").
      const [first, ...rest] = fromEnd ? run : [...run].reverse();
      if (!forms.has(rest.join('')) || first!.length >= 3) best = take;
    }
  }
  return best;
}

/**
 * One edit from a single-word form of three letters or more; with `slip`, only by a letter dropped,
 * doubled or two swapped ("LDT", "LC", "LDA", "CROP", "LLCC", "LTTD"), not replaced or added: "ORO"
 * is not "OOO", "ASMA" not "ASA", "IAC" not "INC".
 */
function misspeltForm(word: string, slip: boolean): boolean {
  if (word.length < 2 || ALL.has(word)) return false;
  for (const form of TRAILING_FORMS) {
    if (form.length < 3 || Math.abs(form.length - word.length) > 1) continue;
    if (editDistance(word, form, 1) > 1) continue;
    if (!slip || form.length === word.length + 1 || doubled(word, form)) return true;
    if (swappedPair(word, form)) return true;
  }
  return false;
}

/** One edit of any kind from a single-word form of three letters or more ("LTS", "INS", "SAO"). */
export function nearForm(word: string): boolean {
  return misspeltForm(word, false);
}

/** `word` is `form` with one of its letters typed twice. */
function doubled(word: string, form: string): boolean {
  if (word.length !== form.length + 1) return false;
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] === word[i + 1] && word.slice(0, i) + word.slice(i + 1) === form) return true;
  return false;
}

/**
 * The words without their legal forms (at the end, at the start, several-word forms anywhere, and
 * single forms of three letters or more anywhere, as in a reordered "TRANSPORTATION LIMITED DIMOND"),
 * and the forms taken off. Never takes off every word.
 */
export function stripLegalForms(input: string[]): { words: string[]; removed: string[] } {
  let words = input;
  const removed: string[] = [];
  for (;;) {
    let take = formRun(words, true, ALL);
    const last = words[words.length - 1]!;
    if (take === 0 && words.length > 2 && misspeltForm(last, true)) {
      const before = formRun(words.slice(0, -1), true, ALL);
      if (before > 0) take = before + 1;
    }
    if (take === 0 && words.length > 3 && misspeltForm(last, true)) take = 1;
    if (take === 0) break;
    removed.unshift(...words.slice(words.length - take));
    words = words.slice(0, words.length - take);
  }
  for (;;) {
    const take = formRun(words, false, LEADING);
    if (take === 0) break;
    removed.push(...words.slice(0, take));
    words = words.slice(take);
  }
  // A form of several words elsewhere in the name, as a reordered or swapped name has it.
  for (let a = 0; a + 2 < words.length; a++) {
    for (let take = Math.min(6, words.length - a, words.length - 1); take >= 2; take--) {
      if (!isForm(words.slice(a, a + take).join(''), PHRASES, take)) continue;
      removed.push(...words.slice(a, a + take));
      words = [...words.slice(0, a), ...words.slice(a + take)];
      break;
    }
  }
  const anywhere = (w: string) => w.length >= 3 && TRAILING_FORMS.has(w) && !NAME_WORDS.has(w);
  const kept = words.filter((w) => !anywhere(w));
  if (kept.length > 0 && kept.length < words.length) {
    removed.push(...words.filter(anywhere));
    words = kept;
  }
  return { words, removed };
}
