/**
 * The independent evaluation: built apart from the first one (../perturbations.ts and its siblings),
 * with its own reading of names (fold.ts), its own idea of a variant (closeness.ts), its own name
 * pools (name-pool.ts) and its own query generators; the entries are split once into a tuning part
 * and a test part (split.ts). What it holds:
 *
 * - alias-queries.ts: every strong alias screened against the lists without it (leave-one-out), which
 *   includes the lists' own transliteration pairs;
 * - cross-list-queries.ts: the same subject as OFAC and the UN each write it (linked by a document
 *   number), each list's names screened against the other list alone;
 * - class-queries.ts: the classes an outside evaluation found missing (middle names left out, legal
 *   forms written another way, typos in short and long company names) and keyboard typos in people's
 *   names, from seeds per split; and, beside the goal figure, the classes of BESIDE_CLASSES;
 * - ordinary.ts: ordinary people's and companies' names for the false-hit rate;
 * - judge.ts: how a top hit counts.
 */

export { type AliasQuery, type AliasSet, aliasQueries, FOLDS, listsWithout } from './alias-queries.ts';
export {
  BESIDE_CLASSES,
  type ClassQuery,
  ISSUE_CLASSES,
  type IssueClass,
  issueClassQueries,
} from './class-queries.ts';
export { type CrossListQuery, type CrossListSet, crossListQueries } from './cross-list-queries.ts';
export { foundAtTop } from './judge.ts';
export { ordinaryCompanies, ordinaryPeople } from './ordinary.ts';
export { SEEDS, type Split, splitOf } from './split.ts';
