/**
 * Public surface of the built-in sanctions screening engine: list loaders, the `Screener`, and the
 * normalisation and similarity functions it is built from.
 */

export { jaroWinkler } from './jaro-winkler.ts';
export { OFAC_LIST, parseOfac } from './lists/ofac.ts';
export { OPENSANCTIONS_LIST, PEP, parseOpenSanctions, SANCTION } from './lists/opensanctions.ts';
export { SANDBOX_ENTRIES, SANDBOX_LIST } from './lists/sandbox.ts';
export type { ListSource, LoadOptions } from './lists/source.ts';
export { loadList, loadLists, OFFICIAL_SOURCES, referenceSources, refreshList } from './lists/source.ts';
export { parseUn, UN_LIST } from './lists/un.ts';
export { normalizeName } from './normalize.ts';
export { DEFAULT_LIMIT, DEFAULT_THRESHOLD, Screener } from './screener.ts';
export type * from './types.ts';
