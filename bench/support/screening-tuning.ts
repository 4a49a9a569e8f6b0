/**
 * What the screening tuning tools (`bench/screening-tuning-misses.ts`, `bench/screening-sweep.ts`)
 * share: the extra seeds they take, with every test seed refused, and the project evaluation's tuning
 * queries and ordinary names less its test set's, so that neither tool ever looks at a test part.
 */
import {
  ordinaryCompanies,
  ordinaryPeople,
  SEEDS,
  splitOf,
} from '../../packages/server/src/screening/evaluation/independent/index.ts';
import {
  ordinaryNames,
  type PerturbedQuery,
  perturbedQueries,
} from '../../packages/server/src/screening/evaluation/index.ts';
import type { ListEntry } from '../../packages/server/src/screening/types.ts';

/** The project evaluation's seeds: tuning set (queries 1042, ordinary names 1007), test set (42, 7). */
export const PROJECT_SEEDS = { tuning: 1042, tuningNames: 1007, test: 42, testNames: 7 } as const;

/** The seeds no tuning tool may run, each with what it is the seed of. */
const TEST_SEEDS = new Map<number, string>([
  [SEEDS.test, "the independent evaluation's test seed"],
  [PROJECT_SEEDS.test, "the project evaluation's test seed (its perturbed queries)"],
  [PROJECT_SEEDS.testNames, "the project evaluation's test seed (its ordinary names)"],
]);

/**
 * `3001-3010` or `3001,3005`: the extra tuning seeds. A test seed is refused, alone or inside a range:
 * the independent test part's (9413) and the project test set's (42 and 7).
 */
export function extraSeeds(arg: string): number[] {
  const seeds = arg.split(',').flatMap((part) => {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    const from = Number(range?.[1]);
    const to = Number(range?.[2] ?? range?.[1]);
    if (!range || to < from) throw new Error(`--seeds: not a list of seeds (3001-3010 or 3001,3005): ${arg}`);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
  for (const seed of seeds) {
    const test = TEST_SEEDS.get(seed);
    if (test) throw new Error(`--seeds: ${seed} is ${test}; a tuning tool never runs a test seed`);
  }
  return seeds;
}

/** The project evaluation's test set: its queries and ordinary names, which the tuning tools leave out. */
export interface ProjectTest {
  queries: Set<string>;
  names: Set<string>;
}

/** The project evaluation's test set: 3,000 queries (seed 42) and 2,500 names (7), as bench/screening.ts. */
export function projectTest(entries: ListEntry[]): ProjectTest {
  return {
    queries: new Set(perturbedQueries(entries, 3000, PROJECT_SEEDS.test).map((q) => q.query)),
    names: new Set(ordinaryNames(entries, 2500, PROJECT_SEEDS.testNames)),
  };
}

/** The project's tuning set: its perturbed queries from seed 1042, from every entry, less the test set's. */
export function projectTuningSet(entries: ListEntry[], test: ProjectTest): PerturbedQuery[] {
  return perturbedQueries(entries, 3000, PROJECT_SEEDS.tuning).filter((q) => !test.queries.has(q.query));
}

/**
 * The project's perturbed queries from an extra `seed`, made from the independent evaluation's tuning
 * entries only, less the test set's.
 */
export function projectTuningQueries(
  entries: ListEntry[],
  seed: number,
  test: ProjectTest,
): PerturbedQuery[] {
  return perturbedQueries(entries, 3000, seed).filter(
    (q) => splitOf(q.entry) === 'tuning' && !test.queries.has(q.query),
  );
}

/**
 * Names on no list, to count false hits on: the independent evaluation's ordinary people and companies
 * from `seed`, and the project's ordinary names from `projectSeed` less the test set's (2,500 each).
 */
export function tuningOrdinaryNames(
  entries: ListEntry[],
  seed: number,
  projectSeed: number,
  test: ProjectTest,
): string[] {
  return [
    ...ordinaryPeople(entries, 2500, seed),
    ...ordinaryCompanies(entries, 2500, seed),
    ...ordinaryNames(entries, 2500, projectSeed).filter((n) => !test.names.has(n)),
  ];
}
