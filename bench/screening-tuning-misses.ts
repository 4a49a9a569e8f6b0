/**
 * The TUNING parts' misses, by class, for whoever changes the matcher: the project's tuning set
 * (seeds 1042 / 1007) and the independent evaluation's tuning split (split.ts): its classes, aliases
 * and cross-list names. It never prints a
 * test-part query: looking at those one by one is how an engine gets tuned to its test set.
 * Run: `node --import tsx bench/screening-tuning-misses.ts [--project] [--independent] [--max=N]
 * [--seeds=3001-3010]` (both evaluations when neither is named; N misses per class, 40 by default).
 * `--seeds=` runs only the generators with those seeds, on the independent evaluation's tuning
 * entries only: its class generators and ordinary names, and the project's perturbations (less its
 * test set's queries) and ordinary names: more tuning data without a look at either test part.
 * `--one-name[=R]` runs only the one-name probe (support/one-name-probe.ts): in R rounds (6 by
 * default) each tuning entry keeps one of its names and its other names must find it; harder than
 * leaving one alias out, and what the spelling and given-name rules of December 2026 came from.
 */
import {
  aliasQueries,
  BESIDE_CLASSES,
  crossListQueries,
  FOLDS,
  foundAtTop,
  issueClassQueries,
  listsWithout,
  ordinaryCompanies,
  ordinaryPeople,
  SEEDS,
} from '../packages/server/src/screening/evaluation/independent/index.ts';
import { ordinaryNames, RecallJudge } from '../packages/server/src/screening/evaluation/index.ts';
import { loadLists, referenceSources, Screener } from '../packages/server/src/screening/index.ts';
import { oneNameRound, probeIndex } from './support/one-name-probe.ts';
import {
  extraSeeds,
  projectTest,
  projectTuningQueries,
  projectTuningSet,
  tuningOrdinaryNames,
} from './support/screening-tuning.ts';

const args = process.argv.slice(2);
const both = !args.includes('--project') && !args.includes('--independent');
const MAX = Number(args.find((a) => a.startsWith('--max='))?.slice(6) ?? 40);
const SEED_ARG = args.find((a) => a.startsWith('--seeds='))?.slice(8);

const ONE_NAME = args.find((a) => a.startsWith('--one-name'));

const lists = await loadLists(referenceSources());
const screener = new Screener(lists);
const entries = screener.entries;

/** What the screener answers instead (its best hit down to 0.5), and the source entry's own score. */
function answer(s: Screener, query: string, entry?: { list: string; entry_id: string }): string {
  const hits = s.screen({ name: query }, { threshold: 0.5, limit: 50 });
  const h = hits[0];
  const top = h ? `${h.list} ${h.entry_id} "${h.matched_name}" ${h.score}` : 'no hit';
  if (!entry) return top;
  const own = hits.find(
    (x) =>
      (x.list === entry.list && x.entry_id === entry.entry_id) ||
      (x.entries ?? []).some((e) => e.list === entry.list && e.entry_id === entry.entry_id),
  );
  return `${top}; own: ${own ? `"${own.matched_name}" ${own.score}` : 'below 0.5'}`;
}

function print(misses: Map<string, string[]>, total: Map<string, number>): void {
  for (const [kind, lines] of misses) {
    console.log(`  ${kind}: ${lines.length} missed of ${total.get(kind)}`);
    for (const line of lines.slice(0, MAX)) console.log(`    ${line}`);
  }
}

function add(map: Map<string, string[]>, kind: string, line: string): void {
  const list = map.get(kind);
  if (list) list.push(line);
  else map.set(kind, [line]);
}

if (ONE_NAME !== undefined) {
  const rounds = Number(ONE_NAME.split('=')[1] ?? 6);
  console.log(`## Independent evaluation, TUNING entries kept to one name (${rounds} rounds)`);
  const index = probeIndex(lists);
  const misses = new Map<string, string[]>();
  const total = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    const { lists: reduced, queries } = oneNameRound(lists, round, index);
    const s = new Screener(reduced);
    for (const q of queries) {
      total.set(q.kind, (total.get(q.kind) ?? 0) + 1);
      if (!foundAtTop(s.screen({ name: q.query }, { limit: 5 }), q.entry))
        add(misses, q.kind, `"${q.query}" (kept "${q.kept}") → ${answer(s, q.query, q.entry)}`);
    }
  }
  for (const [kind, n] of total) if (!misses.has(kind)) console.log(`  ${kind}: 0 missed of ${n}`);
  print(misses, total);
} else if (SEED_ARG !== undefined) {
  const seeds = extraSeeds(SEED_ARG);
  const projectJudge = new RecallJudge(entries);
  const test = projectTest(entries);
  console.log(`## Independent evaluation, TUNING entries with extra seeds ${seeds.join(', ')}`);
  const misses = new Map<string, string[]>();
  const total = new Map<string, number>();
  const falseHits: string[] = [];
  let ordinary = 0;
  for (const seed of seeds) {
    for (const q of issueClassQueries(entries, 'tuning', seed, 500)) {
      total.set(q.kind, (total.get(q.kind) ?? 0) + 1);
      if (!foundAtTop(screener.screen({ name: q.query }, { limit: 5 }), q.entry))
        add(misses, q.kind, `"${q.query}" from "${q.source}" → ${answer(screener, q.query, q.entry)}`);
    }
    for (const q of projectTuningQueries(entries, seed, test)) {
      const kind = `project ${q.perturbation}`;
      total.set(kind, (total.get(kind) ?? 0) + 1);
      if (!projectJudge.correct(screener.screen({ name: q.query }, { limit: 5 }), q.entry))
        add(misses, kind, `"${q.query}" from "${q.source}" → ${answer(screener, q.query, q.entry)}`);
    }
    const names = tuningOrdinaryNames(entries, seed, seed, test);
    ordinary += names.length;
    falseHits.push(...names.filter((name) => screener.screen({ name }).length > 0));
  }
  print(misses, total);
  console.log(`  false hits: ${falseHits.length}/${ordinary}`);
  for (const name of falseHits) console.log(`    "${name}" → ${answer(screener, name)}`);
} else if (both || args.includes('--project')) {
  console.log('## Project evaluation, TUNING set (seed 1042 / 1007)');
  const judge = new RecallJudge(entries);
  const test = projectTest(entries);
  const misses = new Map<string, string[]>();
  const total = new Map<string, number>();
  for (const q of projectTuningSet(entries, test)) {
    total.set(q.perturbation, (total.get(q.perturbation) ?? 0) + 1);
    const hits = screener.screen({ name: q.query }, { limit: 5 });
    if (!judge.correct(hits, q.entry))
      add(misses, q.perturbation, `"${q.query}" from "${q.source}" → ${answer(screener, q.query, q.entry)}`);
  }
  print(misses, total);
  const names = ordinaryNames(entries, 5000, 1007)
    .filter((n) => !test.names.has(n))
    .slice(0, 2500);
  const fh = names.filter((name) => screener.screen({ name }).length > 0);
  console.log(`  false hits: ${fh.length}/${names.length}`);
  for (const name of fh) console.log(`    "${name}" → ${answer(screener, name)}`);
}

if (ONE_NAME === undefined && SEED_ARG === undefined && (both || args.includes('--independent'))) {
  console.log(`## Independent evaluation, TUNING part (seed ${SEEDS.tuning})`);
  const misses = new Map<string, string[]>();
  const total = new Map<string, number>();
  for (const q of [
    ...issueClassQueries(entries, 'tuning', SEEDS.tuning, 500),
    ...issueClassQueries(entries, 'tuning', SEEDS.tuning, 500, BESIDE_CLASSES),
  ]) {
    total.set(q.kind, (total.get(q.kind) ?? 0) + 1);
    if (!foundAtTop(screener.screen({ name: q.query }, { limit: 5 }), q.entry))
      add(misses, q.kind, `"${q.query}" from "${q.source}" → ${answer(screener, q.query, q.entry)}`);
  }
  const aliases = aliasQueries(entries, 'tuning');
  for (let fold = 0; fold < FOLDS; fold++) {
    const without = new Screener(listsWithout(lists, aliases.queries, fold));
    for (const q of aliases.queries.filter((a) => a.fold === fold)) {
      const kind = `alias ${q.kind}`;
      total.set(kind, (total.get(kind) ?? 0) + 1);
      if (!foundAtTop(without.screen({ name: q.query }, { limit: 5 }), q.entry))
        add(misses, kind, `"${q.query}" (kept "${q.nearest}") → ${answer(without, q.query, q.entry)}`);
    }
  }
  const cross = crossListQueries(lists, 'tuning').queries;
  for (const list of lists) {
    const alone = new Screener([list]);
    for (const q of cross.filter((c) => c.target === list.name)) {
      const kind = `cross-list ${q.kind}`;
      total.set(kind, (total.get(kind) ?? 0) + 1);
      if (!foundAtTop(alone.screen({ name: q.query }, { limit: 5 }), q.entry))
        add(
          misses,
          kind,
          `"${q.query}" (${list.name} writes "${q.nearest}") → ${answer(alone, q.query, q.entry)}`,
        );
    }
  }
  print(misses, total);
  const people = ordinaryPeople(entries, 2500, SEEDS.tuning);
  const companies = ordinaryCompanies(entries, 2500, SEEDS.tuning);
  const fh = [...people, ...companies].filter((name) => screener.screen({ name }).length > 0);
  console.log(`  false hits: ${fh.length}/${people.length + companies.length}`);
  for (const name of fh) console.log(`    "${name}" → ${answer(screener, name)}`);
}
