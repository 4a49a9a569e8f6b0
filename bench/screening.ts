/**
 * Screening bench: loads the full OFAC SDN and UN consolidated lists from the repository's reference
 * data, measures load time and memory, then reports two evaluations, each per class (recall at top-1
 * and false-hit rate at the default threshold) on its TEST part, with its TUNING part beside it:
 *
 * - the project's evaluation (screening/evaluation/): perturbed list names (test seed 42, tuning seed
 *   1042) and ordinary names (test seed 7, tuning seed 1007);
 * - the independent evaluation (screening/evaluation/independent/): its own generators over entries
 *   split once into a tuning part (30 %) and a test part (70 %) with their own seeds (split.ts):
 *   leave-one-out aliases (the lists' own transliteration pairs among them), the same subject as
 *   OFAC and the UN each write it (linked by a document number), the classes an outside evaluation
 *   found missing, and ordinary people and companies.
 *
 * The engine's weights and threshold were chosen on the tuning parts only. Then the latency of one
 * screen with the candidate index against brute force, and their agreement. Prints each figure with
 * its goal. Run alone: `npx tsx bench/screening.ts` (`--quick`: smaller sets, for iteration only).
 */
import { fileURLToPath } from 'node:url';
import {
  aliasQueries,
  BESIDE_CLASSES,
  crossListQueries,
  FOLDS,
  foundAtTop,
  ISSUE_CLASSES,
  type IssueClass,
  issueClassQueries,
  listsWithout,
  ordinaryCompanies,
  ordinaryPeople,
  SEEDS,
  type Split,
} from '../packages/server/src/screening/evaluation/independent/index.ts';
import {
  ordinaryNames,
  PERTURBATIONS,
  perturbedQueries,
  RecallJudge,
} from '../packages/server/src/screening/evaluation/index.ts';
import {
  DEFAULT_THRESHOLD,
  type ListEntry,
  type ListSnapshot,
  loadLists,
  referenceSources,
  Screener,
} from '../packages/server/src/screening/index.ts';

const QUICK = process.argv.includes('--quick');
const QUERIES = QUICK ? 600 : 3000;
const ORDINARY = QUICK ? 600 : 2500;
const PER_CLASS = QUICK ? 100 : 500;
const BRUTE_FORCE_SAMPLE = QUICK ? 20 : 60;

const gc = (globalThis as { gc?: () => void }).gc;
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const goal = (ok: boolean) => (ok ? 'MEETS goal' : 'MISSES goal');
const RECALL_GOAL = 0.995;
const FALSE_HIT_GOAL = 0.001;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeEach<T>(items: T[], run: (item: T) => void): number[] {
  const times = items.map((item) => {
    const t = performance.now();
    run(item);
    return performance.now() - t;
  });
  return times.sort((a, b) => a - b);
}

/** Found / total per class, and overall; prints one line per class and returns the overall rate. */
function report(
  label: string,
  results: { kind: string; found: boolean }[],
  kinds: readonly string[],
): number {
  const found = results.filter((r) => r.found).length;
  const rate = found / Math.max(1, results.length);
  console.log(`  ${label}: recall at top-1 ${pct(rate)} (${found}/${results.length})`);
  for (const kind of kinds) {
    const of = results.filter((r) => r.kind === kind);
    if (of.length === 0) continue;
    const ok = of.filter((r) => r.found).length;
    console.log(`    ${kind.padEnd(22)} ${pct(ok / of.length).padStart(8)}  ${ok}/${of.length}`);
  }
  return rate;
}

function falseHits(screener: Screener, names: string[]): { rate: number; hits: string[] } {
  const hits = names.filter((name) => screener.screen({ name }).length > 0);
  return { rate: hits.length / Math.max(1, names.length), hits };
}

/** The project's evaluation: test set (seeds 42 / 7) and, beside it, its tuning set (1042 / 1007). */
function projectEvaluation(screener: Screener, entries: ListEntry[]): { recall: number; falseRate: number } {
  console.log("### The project's evaluation (screening/evaluation/)");
  const judge = new RecallJudge(entries);
  const queries = perturbedQueries(entries, QUERIES, 42);
  const ordinary = ordinaryNames(entries, ORDINARY, 7);
  const testQueries = new Set(queries.map((q) => q.query));
  const testNames = new Set(ordinary);
  // TUNING set: other seeds, no query or name in common with the test set.
  const tuningQueries = perturbedQueries(entries, QUERIES, 1042).filter((q) => !testQueries.has(q.query));
  const tuningOrdinary = ordinaryNames(entries, ORDINARY * 2, 1007)
    .filter((n) => !testNames.has(n))
    .slice(0, ORDINARY);
  const run = (qs: typeof queries) =>
    qs.map((q) => {
      const hits = screener.screen({ name: q.query }, { limit: 5 });
      return { q, hits, kind: q.perturbation as string, found: judge.correct(hits, q.entry) };
    });
  const test = run(queries);
  const recall = report(`TEST set (seed 42, ${queries.length} perturbed list names)`, test, PERTURBATIONS);
  const twins = test.filter((r) => judge.viaTwin(r.hits, r.q.entry)).length;
  console.log(`    of which ${twins} by a tie with an entry sharing a listed name (see RecallJudge)`);
  const fh = falseHits(screener, ordinary);
  console.log(
    `  TEST false-hit rate on ${ordinary.length} ordinary names (seed 7): ${pct(fh.rate)} (${fh.hits.length})`,
  );
  // The test set's misses are never printed: looking at them one by one is how an engine gets tuned
  // to its test set. The tuning parts' misses: bench/screening-tuning-misses.ts.
  const tuning = run(tuningQueries);
  report(`TUNING set (seed 1042, ${tuningQueries.length})`, tuning, []);
  const tfh = falseHits(screener, tuningOrdinary);
  console.log(
    `  TUNING false-hit rate (seed 1007, ${tuningOrdinary.length}): ${pct(tfh.rate)} (${tfh.hits.length})`,
  );
  const sweep = (label: string, qs: typeof queries, names: string[]) => {
    const tops = qs.map((q) => screener.screen({ name: q.query }, { threshold: 0.8, limit: 5 }));
    const best = names.map((name) => screener.screen({ name }, { threshold: 0.8, limit: 1 })[0]?.score ?? 0);
    const row = [0.86, 0.88, 0.89, 0.9, 0.91, 0.92].map((t) => {
      const r = qs.filter((q, i) => judge.correct(tops[i]!, q.entry, t)).length / qs.length;
      const f = best.filter((s) => s >= t).length / names.length;
      return `${t.toFixed(2)}: ${pct(r)} / ${pct(f)}`;
    });
    console.log(`  threshold sweep, ${label} (recall / false hits): ${row.join('; ')}`);
  };
  sweep('TUNING set', tuningQueries, tuningOrdinary);
  sweep('TEST set', queries, ordinary);
  return { recall, falseRate: fh.rate };
}

/** The independent evaluation on one split; `screener` screens the full lists, `perList` each list alone. */
function independentSplit(
  split: Split,
  lists: ListSnapshot[],
  screener: Screener,
  perList: Map<string, Screener>,
): { recall: number; falseRate: number; queries: string[] } {
  const entries = lists.flatMap((l) => l.entries);
  const side = split === 'test' ? 'TEST' : 'TUNING';
  console.log(`  ${side} part (${split === 'test' ? '70' : '30'} % of entries, seed ${SEEDS[split]}):`);
  const classes = (which: readonly IssueClass[]) =>
    issueClassQueries(entries, split, SEEDS[split], PER_CLASS, which).map((q) => ({
      q,
      kind: q.kind as string,
      found: foundAtTop(screener.screen({ name: q.query }, { limit: 5 }), q.entry),
    }));
  const classResults = classes(ISSUE_CLASSES);
  const classRecall = report('classes the outside evaluation found missing', classResults, ISSUE_CLASSES);
  report(
    '(beside the goal figure) a middle name written as its initial, a name cut at 35 characters, middle names left out and a typo in the surname, a space left out, hyphens and apostrophes left out, a second surname left out, initials written apart',
    classes(BESIDE_CLASSES),
    BESIDE_CLASSES,
  );
  const aliases = aliasQueries(entries, split);
  const aliasResults: { kind: string; found: boolean; query: string }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const without = new Screener(listsWithout(lists, aliases.queries, fold));
    for (const q of aliases.queries.filter((a) => a.fold === fold)) {
      const found = foundAtTop(without.screen({ name: q.query }, { limit: 5 }), q.entry);
      aliasResults.push({ kind: q.kind, found, query: q.query });
    }
  }
  const variants = aliasResults.filter((r) => r.kind !== 'other_words');
  const aliasRecall = report(
    `aliases left out of the lists, variants of a name the entry keeps (${aliases.unrelated} unrelated and ${aliases.ambiguous} ambiguous aliases not used)`,
    variants,
    ['spelling', 'word_order', 'spacing', 'given_names'],
  );
  const outsideGoal = (results: { kind: string; found: boolean }[], source: string) => {
    const other = results.filter((r) => r.kind === 'other_words');
    const otherFound = other.filter((r) => r.found).length;
    console.log(
      `    (outside the goal) other_words: ${pct(otherFound / Math.max(1, other.length))} ${otherFound}/${other.length} — a word of another kind left out or added; see ${source}`,
    );
  };
  outsideGoal(aliasResults, 'alias-queries.ts');
  const cross = crossListQueries(lists, split);
  const crossResults = cross.queries.map((q) => ({
    kind: q.kind as string,
    found: foundAtTop(perList.get(q.target)!.screen({ name: q.query }, { limit: 5 }), q.entry),
  }));
  const crossVariants = crossResults.filter((r) => r.kind !== 'other_words');
  const crossRecall = report(
    `(beside the goal figure) one list's names screened against the other list alone, same subject linked by a document number (${cross.pairs} pairs; ${cross.same} names written alike, ${cross.unrelated} unrelated and ${cross.ambiguous} ambiguous not used; ${cross.acrossSplit} pairs across the split)`,
    crossVariants,
    ['spelling', 'word_order', 'spacing', 'given_names'],
  );
  outsideGoal(crossResults, 'cross-list-queries.ts');
  const people = falseHits(screener, ordinaryPeople(entries, ORDINARY, SEEDS[split]));
  const companies = falseHits(screener, ordinaryCompanies(entries, ORDINARY, SEEDS[split]));
  console.log(
    `  false-hit rate: ordinary people ${pct(people.rate)} (${people.hits.length}), ordinary companies ${pct(companies.rate)} (${companies.hits.length})`,
  );
  // Cross-list names are reported beside the goal figure, not in it: most are one list's word order
  // of the other's name (FIRST LAST / LAST, First), easy queries that would lift the figure by their
  // number alone, and the figure stays comparable with earlier runs.
  const all = [...classResults, ...variants];
  const recall = all.filter((r) => r.found).length / Math.max(1, all.length);
  const falseRate = (people.hits.length + companies.hits.length) / (2 * ORDINARY);
  console.log(
    `  ${side} overall: recall at top-1 ${pct(recall)} (classes ${pct(classRecall)}, aliases ${pct(aliasRecall)}; beside it cross-list ${pct(crossRecall)}), false hits ${pct(falseRate)}`,
  );
  return { recall, falseRate, queries: classResults.map((r) => r.q.query) };
}

export async function runScreeningBench(): Promise<void> {
  console.log('## Sanctions screening');
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const lists = await loadLists(referenceSources());
  const tLoaded = performance.now();
  const screener = new Screener(lists);
  const tBuilt = performance.now();
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const entries = screener.entries;
  console.log(
    `lists: ${lists.map((l) => `${l.name} ${l.entries.length} entries (${l.version})`).join('; ')}; ${screener.nameCount} names`,
  );
  console.log(
    `load + parse: ${(tLoaded - t0).toFixed(0)} ms; index build: ${(tBuilt - tLoaded).toFixed(0)} ms; ` +
      `heap used delta: ${heapMb.toFixed(1)} MB${gc ? '' : ' (without --expose-gc: includes garbage)'}`,
  );
  console.log(`threshold: ${DEFAULT_THRESHOLD}; goals: recall >= 99.5 %, false hits <= 0.1 %`);
  // Warm-up so the JIT has compiled the hot paths before anything is timed.
  const warm = perturbedQueries(entries, 200, 5);
  for (const q of warm) screener.screen({ name: q.query });

  const project = projectEvaluation(screener, entries);
  console.log('### The independent evaluation (screening/evaluation/independent/)');
  const perList = new Map(lists.map((l) => [l.name, new Screener([l])]));
  independentSplit('tuning', lists, screener, perList);
  const independent = independentSplit('test', lists, screener, perList);

  const mixed = [
    ...perturbedQueries(entries, QUERIES, 42).map((q) => q.query),
    ...ordinaryNames(entries, ORDINARY, 7),
    ...independent.queries,
    ...ordinaryPeople(entries, ORDINARY, SEEDS.test),
  ];
  const scoredBefore = screener.scored;
  const indexed = timeEach(mixed, (name) => screener.screen({ name }));
  const perQuery = (screener.scored - scoredBefore) / mixed.length;
  console.log('### Speed');
  console.log(
    `names aligned in full per screen (index): ${perQuery.toFixed(2)} of ${screener.nameCount} (machine-independent work measure)`,
  );
  const step = Math.floor(mixed.length / BRUTE_FORCE_SAMPLE);
  const sample = mixed.filter((_, i) => i % step === 0).slice(0, BRUTE_FORCE_SAMPLE);
  const brute = timeEach(sample, (name) => screener.bruteForce({ name }));
  const p50 = percentile(indexed, 50);
  const speedup = percentile(brute, 50) / p50;
  console.log(
    `latency, index (${mixed.length} screens): p50 ${p50.toFixed(3)} ms, p99 ${percentile(indexed, 99).toFixed(3)} ms — goal p50 <= 1 ms: ${goal(p50 <= 1)}`,
  );
  console.log(
    `latency, brute force (${sample.length} screens): p50 ${percentile(brute, 50).toFixed(2)} ms, p99 ${percentile(brute, 99).toFixed(2)} ms`,
  );
  console.log(`speed-up at p50: ${speedup.toFixed(1)}x — goal >= 20x: ${goal(speedup >= 20)}`);
  const agreementSet = mixed.filter((_, i) => i % Math.floor(mixed.length / 100) === 0).slice(0, 100);
  let same = 0;
  for (const name of agreementSet) {
    const a = screener.screen({ name }, { limit: 5 });
    const b = screener.bruteForce({ name }, { limit: 5 });
    if (JSON.stringify(a) === JSON.stringify(b)) same++;
  }
  console.log(
    `agreement index vs brute force (identical top-5 hits, scores and explanations): ${same}/${agreementSet.length} (${pct(same / agreementSet.length)})`,
  );
  console.log('### Goals on the TEST parts');
  console.log(
    `  project's evaluation: recall ${pct(project.recall)} ${goal(project.recall >= RECALL_GOAL)}, false hits ${pct(project.falseRate)} ${goal(project.falseRate <= FALSE_HIT_GOAL)}`,
  );
  console.log(
    `  independent evaluation: recall ${pct(independent.recall)} ${goal(independent.recall >= RECALL_GOAL)}, false hits ${pct(independent.falseRate)} ${goal(independent.falseRate <= FALSE_HIT_GOAL)}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runScreeningBench();
}
