/**
 * Evaluation sets for the screening engine, shared by the bench and the tests: perturbed list names
 * (typos, swapped order, missing middle names, diacritics, romanisation variants, `SURNAME, Given`)
 * whose right answer is the entry they came from, and ordinary names from many cultures that are not
 * on any list. Everything is generated from a seed, so figures are reproducible. Where each part
 * lives: `perturbations.ts` (the kinds of perturbation and how each rewrites a name),
 * `perturbed-queries.ts` (the recall set), `ambiguity.ts` (queries left out because no engine could
 * pick their source), `recall-judge.ts` (how a top hit is counted), `ordinary-names.ts` (the
 * false-hit set), `name-keys.ts` (when two written names are the same name), `seeded-random.ts`.
 */

export { ordinaryNames } from './ordinary-names.ts';
export { PERTURBATIONS, type Perturbation } from './perturbations.ts';
export { type PerturbedQuery, perturbedQueries } from './perturbed-queries.ts';
export { RecallJudge } from './recall-judge.ts';
export { seededRandom } from './seeded-random.ts';
