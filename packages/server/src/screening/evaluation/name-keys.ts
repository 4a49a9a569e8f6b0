/**
 * How the evaluation decides that two written names are the same name: by their token set and by
 * their tokens written together, so word order, case, punctuation and a split word (AL-JAZA' IR /
 * al-Jaza'ir) do not make two names different. The perturbed-query generator uses it to keep only
 * names that belong to one entry, and RecallJudge to find the same subject listed twice.
 */
import { normalizeName } from '../normalize.ts';

/** A name's identity keys: its token set, and its tokens written together (AL-JAZA' IR / al-Jaza'ir). */
export function nameKeys(text: string, type: string): string[] {
  const tokens = normalizeName(text, type).tokens;
  return [[...tokens].sort().join(' '), `=${tokens.join('')}`];
}
