/**
 * Counts misses and false hits on the TUNING entries only, with scoring weights overridden: how a
 * change to `SCORING` (screening/match.ts) was chosen, without a look at either test part.
 * Run: `node --import tsx bench/screening-sweep.ts [--scoring='{"middleNames":0.1}'] [--seeds=4001-4004]
 * [--aliases] [--beside]`. It runs the independent evaluation's class generators and ordinary names,
 * and the project's perturbations (less its test set's queries) and ordinary names, with the tuning seeds and
 * the extra seeds on the independent tuning entries; `--aliases` adds the tuning part's leave-one-out
 * aliases (a screener per fold: slower), `--beside` the classes reported beside the goal figure
 * (middle initial, cut at 35, middle names left out with a typo). Prints the misses per class and
 * in all, and the false hits.
 */
import {
  aliasQueries,
  BESIDE_CLASSES,
  FOLDS,
  foundAtTop,
  ISSUE_CLASSES,
  issueClassQueries,
  listsWithout,
  SEEDS,
} from '../packages/server/src/screening/evaluation/independent/index.ts';
import { RecallJudge } from '../packages/server/src/screening/evaluation/index.ts';
import { loadLists, referenceSources, Screener } from '../packages/server/src/screening/index.ts';
import { SCORING } from '../packages/server/src/screening/match.ts';
import {
  extraSeeds,
  PROJECT_SEEDS,
  projectTest,
  projectTuningQueries,
  projectTuningSet,
  tuningOrdinaryNames,
} from './support/screening-tuning.ts';

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const override = JSON.parse(arg('scoring') ?? '{}') as Record<string, number>;
for (const key of Object.keys(override)) {
  if (!(key in SCORING)) throw new Error(`--scoring: ${key} is not a SCORING weight`);
}
Object.assign(SCORING as Record<string, number>, override);

const seeds = extraSeeds(arg('seeds') ?? '3001-3003');
const classes = args.includes('--beside') ? [...ISSUE_CLASSES, ...BESIDE_CLASSES] : ISSUE_CLASSES;

const lists = await loadLists(referenceSources());
const screener = new Screener(lists);
const entries = screener.entries;
const counts = new Map<string, { missed: number; total: number }>();
const count = (kind: string, found: boolean) => {
  const c = counts.get(kind) ?? { missed: 0, total: 0 };
  c.total++;
  if (!found) c.missed++;
  counts.set(kind, c);
};
const judge = new RecallJudge(entries);
const test = projectTest(entries);
let falseHits = 0;
let ordinary = 0;
// The tuning seeds first (the independent part's and the project's 1042 / 1007), then the extra ones.
for (const [independentSeed, projectSeed, namesSeed] of [
  [SEEDS.tuning, PROJECT_SEEDS.tuning, PROJECT_SEEDS.tuningNames],
  ...seeds.map((s) => [s, s, s]),
] as const) {
  for (const q of issueClassQueries(entries, 'tuning', independentSeed, 500, classes))
    count(`independent ${q.kind}`, foundAtTop(screener.screen({ name: q.query }, { limit: 5 }), q.entry));
  const projectQueries =
    projectSeed === PROJECT_SEEDS.tuning
      ? projectTuningSet(entries, test)
      : projectTuningQueries(entries, projectSeed, test);
  for (const q of projectQueries)
    count(
      `project ${q.perturbation}`,
      judge.correct(screener.screen({ name: q.query }, { limit: 5 }), q.entry),
    );
  const names = tuningOrdinaryNames(entries, independentSeed, namesSeed, test);
  ordinary += names.length;
  falseHits += names.filter((name) => screener.screen({ name }).length > 0).length;
}
if (args.includes('--aliases')) {
  const aliases = aliasQueries(entries, 'tuning');
  for (let fold = 0; fold < FOLDS; fold++) {
    const without = new Screener(listsWithout(lists, aliases.queries, fold));
    for (const q of aliases.queries.filter((a) => a.fold === fold))
      count(`alias ${q.kind}`, foundAtTop(without.screen({ name: q.query }, { limit: 5 }), q.entry));
  }
}
let missed = 0;
let total = 0;
for (const [kind, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
  missed += c.missed;
  total += c.total;
  console.log(`${kind.padEnd(34)} ${c.missed} missed of ${c.total}`);
}
console.log(
  `scoring ${JSON.stringify(override)}, seeds ${SEEDS.tuning}/1042/1007 + ${seeds.join(',')}: ` +
    `${missed} missed of ${total}; false hits ${falseHits} of ${ordinary}`,
);
