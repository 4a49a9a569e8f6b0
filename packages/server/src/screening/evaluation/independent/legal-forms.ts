/**
 * Legal forms as the independent evaluation knows them: for each form, the ways people write it
 * (dotted, spaced, lower case, in words). A form is recognised at the end of a name by its letters
 * alone, so `S.A. DE C.V.`, `s a de c v` and `SA de CV` are one form; the generator rewrites a listed
 * form in another of its spellings. Kept apart from the engine's own list (normalize.ts) on purpose.
 */
import { foldWords } from './fold.ts';

export const FORM_SPELLINGS: string[][] = [
  ['S.A. DE C.V.', 'SA DE CV', 's a de c v', 'S.A. de C.V.', 'sa de cv', 'S. A. DE C. V.'],
  ['S. DE R.L. DE C.V.', 'S DE RL DE CV', 's de r l de c v', 'S. de R.L. de C.V.'],
  ['S. DE R.L.', 'S DE RL', 's de r l', 'S. de R.L.'],
  ['S.A.C.', 'SAC', 's a c', 'S.a.c.', 'S. A. C.'],
  ['S.A.', 'SA', 's a', 'S.a.', 's.a.', 'S. A.'],
  ['S.A.L.', 'SAL', 's a l', 'S.a.l.'],
  ['S.R.L.', 'SRL', 's r l', 'S.r.l.'],
  ['S.P.A.', 'SPA', 's p a', 'S.p.A.'],
  ['S.A.R.L.', 'SARL', 's a r l', 'Sarl'],
  ['S.A.S.', 'SAS', 's a s'],
  ['LTDA.', 'LTDA', 'Ltda', 'ltda.'],
  ['CO., LTD.', 'Co., Ltd', 'CO LTD', 'co. ltd.', 'Co.,Ltd.', 'COMPANY LIMITED', 'Company Ltd'],
  ['LTD.', 'LTD', 'Ltd', 'ltd.', 'LIMITED', 'Limited'],
  ['L.L.C.', 'LLC', 'llc', 'L L C', 'Llc'],
  ['INC.', 'INC', 'Inc', 'inc.', 'INCORPORATED'],
  ['CORP.', 'CORP', 'Corp', 'CORPORATION', 'Corporation'],
  ['GMBH', 'GmbH', 'G.m.b.H.', 'gmbh'],
  ['J.S.C.', 'JSC', 'jsc', 'JOINT STOCK COMPANY'],
  ['P.L.C.', 'PLC', 'plc', 'Public Limited Company'],
  ['B.V.', 'BV', 'b v', 'b.v.'],
  ['FZE', 'F.Z.E.', 'fze'],
  ['FZCO', 'F.Z.C.O.', 'fzco'],
  ['PTE. LTD.', 'PTE LTD', 'Pte Ltd', 'pte. ltd.'],
  ['PRIVATE LIMITED', '(PRIVATE) LIMITED', 'PVT LTD', 'Pvt. Ltd.', 'Private Ltd'],
  ['CIA. LTDA.', 'CIA LTDA', 'Cia. Ltda.', 'cia ltda'],
  ['Y CIA. S.C.S.', 'Y CIA SCS', 'y Cía. S.C.S.'],
  ['PUBLIC JOINT STOCK COMPANY', 'PJSC', 'P.J.S.C.', 'pjsc', 'Public JSC'],
  ['OPEN JOINT-STOCK COMPANY', 'OJSC', 'O.J.S.C.', 'Open JSC', 'ojsc'],
  ['CLOSED JOINT-STOCK COMPANY', 'CJSC', 'C.J.S.C.', 'Closed JSC', 'cjsc'],
  ['OAO', 'O.A.O.', 'oao'],
  ['ZAO', 'Z.A.O.', 'zao'],
  ['OOO', 'O.O.O.', 'ooo'],
  ['LIMITED LIABILITY COMPANY', 'LLC', 'L.L.C.'],
  ['C.A.', 'CA', 'c a', 'C. A.'],
  ['AG', 'A.G.', 'ag'],
  ['N.V.', 'NV', 'n v'],
  ['K.K.', 'KK', 'k k'],
  ['S.L.', 'SL', 's l'],
  ['E.V.', 'EV', 'e.V.'],
  ['COMPANY', 'Company', 'CO.', 'Co.', 'CO'],
];

/** Each form's letters ("sadecv", "coltd"), and words-in-full variants mapped to their letters. */
const LETTERS = FORM_SPELLINGS.map((spellings) => spellings.map((s) => foldWords(s).join('')));

/** Whether letters written together ("sa", "sadecv") are one of the forms' spellings. */
export function isFormLetters(letters: string): boolean {
  return LETTERS.some((spellings) => spellings.includes(letters));
}

export interface FoundForm {
  /** Index in FORM_SPELLINGS. */
  form: number;
  /** How many of the name's folded words the form takes at the end. */
  words: number;
}

/** The legal form a name ends with (the longest that fits), by its folded words. */
export function trailingForm(words: string[]): FoundForm | undefined {
  let best: FoundForm | undefined;
  for (let take = 1; take <= Math.min(6, words.length - 1); take++) {
    const tail = words.slice(-take).join('');
    const form = LETTERS.findIndex((letters) => letters.includes(tail));
    if (form >= 0) best = { form, words: take };
  }
  return best;
}

/**
 * The written name split into the part before its legal form and the form as written, or undefined
 * when it ends in none. Works on the written text so the name part keeps its own punctuation.
 */
export function splitForm(name: string): { head: string; form: number } | undefined {
  const words = foldWords(name);
  const found = trailingForm(words);
  if (!found) return undefined;
  // Cut the written text before the form's first word, counting words from the end (forms are
  // plain letters, while the name part may hold apostrophes that the fold joins).
  const runs = [...name.matchAll(/[\p{L}\p{N}]+/gu)];
  const cut = runs[runs.length - found.words]?.index ?? 0;
  const head = name
    .slice(0, cut)
    .replace(/[\s,.&-]+$/u, '')
    .trim();
  return head ? { head, form: found.form } : undefined;
}

/** The name's words without a legal form at its end or its start, as letters only (a rival check). */
export function headLetters(name: string): string {
  let words = foldWords(name);
  const end = trailingForm(words);
  if (end) words = words.slice(0, words.length - end.words);
  for (let take = Math.min(6, words.length - 1); take >= 1; take--) {
    if (LETTERS.some((letters) => letters.includes(words.slice(0, take).join('')))) {
      words = words.slice(take);
      break;
    }
  }
  return words.join('');
}
