/**
 * Public surface of the built-in sanctions screening engine: list loaders, the `Screener`, and the
 * normalisation and similarity functions it is built from.
 */
export { DEFAULT_LIMIT, DEFAULT_THRESHOLD, Screener } from './screener.ts';
export { loadList, loadLists, OFFICIAL_SOURCES, referenceSources, refreshList } from './lists/source.ts';
export type { ListSource, LoadOptions } from './lists/source.ts';
export { OFAC_LIST, parseOfac } from './lists/ofac.ts';
export { parseUn, UN_LIST } from './lists/un.ts';
export { SANDBOX_ENTRIES, SANDBOX_LIST } from './lists/sandbox.ts';
export { normalizeName } from './normalize.ts';
export { jaroWinkler } from './jaro-winkler.ts';
export type * from './types.ts';
