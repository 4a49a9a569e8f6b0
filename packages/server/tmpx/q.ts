import { loadLists, referenceSources, Screener } from '../src/screening/index.ts';
const lists = await loadLists(referenceSources());
const s = new Screener(lists);
for (const q of process.argv.slice(2)) {
  const hits = s.screen({ name: q }, { threshold: 0.5, limit: 5 });
  console.log(q);
  for (const h of hits) console.log('  ', h.list, h.entry_id, JSON.stringify(h.matched_name), h.score, JSON.stringify((h as any).explanation ?? (h as any).explain ?? ''));
}
