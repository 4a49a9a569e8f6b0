/**
 * Screening bench: loads the full OFAC SDN and UN consolidated lists from the shared reference data,
 * measures load time and memory, recall at top-1 on perturbed list names and the false-hit rate on
 * ordinary names at the default threshold, and the latency of one screen with the candidate index
 * against brute force. Prints each figure with the issue's goal. Run alone: `npx tsx bench/screening.ts` (`--quick`: a fifth of the sets, for iteration only).
 */
import { fileURLToPath } from 'node:url';
import {
  ordinaryNames,
  PERTURBATIONS,
  perturbedQueries,
  RecallJudge,
} from '../packages/server/src/screening/evaluation/index.ts';
import {
  DEFAULT_THRESHOLD,
  loadLists,
  referenceSources,
  Screener,
} from '../packages/server/src/screening/index.ts';

const QUICK = process.argv.includes('--quick');
const QUERIES = QUICK ? 600 : 3000;
const ORDINARY = QUICK ? 600 : 2500;
const BRUTE_FORCE_SAMPLE = QUICK ? 20 : 60;

const gc = (globalThis as { gc?: () => void }).gc;
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const goal = (ok: boolean) => (ok ? 'MEETS goal' : 'MISSES goal');

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

  const queries = perturbedQueries(entries, QUERIES, 42);
  const ordinary = ordinaryNames(entries, ORDINARY, 7);
  // The weights and the threshold were tuned on this separate set (other seeds, no query or name in
  // common with the test set); it is reported so that over-fitting to either would show.
  const testQueries = new Set(queries.map((q) => q.query));
  const testNames = new Set(ordinary);
  const tuningQueries = perturbedQueries(entries, QUERIES, 1042).filter((q) => !testQueries.has(q.query));
  const tuningOrdinary = ordinaryNames(entries, ORDINARY * 2, 1007)
    .filter((n) => !testNames.has(n))
    .slice(0, ORDINARY);
  // Warm-up so the JIT has compiled the hot paths before anything is timed.
  for (const q of queries.slice(0, 200)) screener.screen({ name: q.query });

  const judge = new RecallJudge(entries);
  const top = queries.map((q) => screener.screen({ name: q.query }, { limit: 5 }));
  const correct = queries.filter((q, i) => judge.correct(top[i]!, q.entry));
  const twins = queries.filter((q, i) => judge.viaTwin(top[i]!, q.entry)).length;
  // Every hit returned is at or above the threshold, so a correct top hit has score >= threshold.
  const recall = correct.length / queries.length;
  const correctSet = new Set(correct);
  const falseHits = ordinary.filter((name) => screener.screen({ name }).length > 0);
  const falseRate = falseHits.length / ordinary.length;
  console.log(
    `test set: ${queries.length} perturbed queries (seed 42), ${ordinary.length} ordinary names (seed 7)`,
  );
  console.log(`threshold: ${DEFAULT_THRESHOLD}`);
  console.log(
    `recall at top-1 (top hit is the source entry, score >= threshold): ${pct(recall)} — goal >= 99.5 %: ${goal(recall >= 0.995)}`,
  );
  console.log(
    `  of which ${twins} top hits tie with the source entry on an entry that shares a listed name with it (same subject on both lists, see RecallJudge)`,
  );
  for (const kind of PERTURBATIONS) {
    const idx = queries.map((q, i) => [q, i] as const).filter(([q]) => q.perturbation === kind);
    const ok = idx.filter(([q]) => correctSet.has(q)).length;
    console.log(`  ${kind.padEnd(15)} ${ok}/${idx.length}`);
  }
  console.log(
    `false-hit rate on ordinary names: ${pct(falseRate)} (${falseHits.length}) — goal <= 0.1 %: ${goal(falseRate <= 0.001)}`,
  );
  for (const name of falseHits.slice(0, 5)) {
    const h = screener.screen({ name })[0]!;
    console.log(`  false hit: "${name}" → ${h.list} ${h.entry_id} "${h.matched_name}" ${h.score}`);
  }
  const misses = queries.filter((q) => !correctSet.has(q)).slice(0, 12);
  for (const q of misses) {
    const h = screener.screen({ name: q.query }, { limit: 1 })[0];
    console.log(
      `  miss (${q.perturbation}): "${q.query}" from "${q.source}" → ${h ? `${h.entry_id} "${h.matched_name}" ${h.score}` : 'no hit'}`,
    );
  }
  const sweep = (qs: typeof queries, names: string[], label: string) => {
    console.log(`threshold sweep on the ${label} (recall at top-1 / false-hit rate):`);
    const tops = qs.map((q) => screener.screen({ name: q.query }, { threshold: 0.8, limit: 5 }));
    const best = names.map((name) => screener.screen({ name }, { threshold: 0.8, limit: 1 })[0]?.score ?? 0);
    for (const t of [0.82, 0.84, 0.86, 0.88, 0.89, 0.9, 0.91, 0.92]) {
      const r = qs.filter((q, i) => judge.correct(tops[i]!, q.entry, t)).length;
      const f = best.filter((s) => s >= t).length;
      console.log(`  ${t.toFixed(2)}: ${pct(r / qs.length)} / ${pct(f / names.length)}`);
    }
  };
  sweep(queries, ordinary, `test set (${queries.length} + ${ordinary.length})`);
  const tuningTop = tuningQueries.map((q) => screener.screen({ name: q.query }, { limit: 5 }));
  const tuningRecall =
    tuningQueries.filter((q, i) => judge.correct(tuningTop[i]!, q.entry)).length / tuningQueries.length;
  const tuningFalse = tuningOrdinary.filter((name) => screener.screen({ name }).length > 0).length;
  console.log(
    `tuning set (seeds 1042 / 1007, ${tuningQueries.length} + ${tuningOrdinary.length}) at ${DEFAULT_THRESHOLD}: ` +
      `recall ${pct(tuningRecall)}, false hits ${pct(tuningFalse / tuningOrdinary.length)} (${tuningFalse})`,
  );
  sweep(tuningQueries, tuningOrdinary, 'tuning set');

  const mixed = [...queries.map((q) => q.query), ...ordinary];
  const scoredBefore = screener.scored;
  const indexed = timeEach(mixed, (name) => screener.screen({ name }));
  const perQuery = (screener.scored - scoredBefore) / mixed.length;
  console.log(
    `names aligned in full per screen (index): ${perQuery.toFixed(2)} of ${screener.nameCount} (machine-independent work measure)`,
  );
  const sample = mixed
    .filter((_, i) => i % Math.floor(mixed.length / BRUTE_FORCE_SAMPLE) === 0)
    .slice(0, BRUTE_FORCE_SAMPLE);
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

  const agreementSet = queries.filter((_, i) => i % Math.floor(queries.length / 100) === 0).slice(0, 100);
  let same = 0;
  for (const q of agreementSet) {
    const a = screener.screen({ name: q.query }, { limit: 5 });
    const b = screener.bruteForce({ name: q.query }, { limit: 5 });
    if (JSON.stringify(a) === JSON.stringify(b)) same++;
  }
  console.log(
    `agreement index vs brute force (identical top-5 hits, scores and explanations): ${same}/${agreementSet.length} (${pct(same / agreementSet.length)})`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runScreeningBench();
}
