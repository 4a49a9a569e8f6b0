/**
 * Words of organisations' names written short. A payment message gives a name 35 characters a line
 * (SWIFT MT), so banks write `INTL TRDG` for international trading; and the lists do it too: OFAC
 * lists `KOREA MARINE & INDUSTRIAL TRDG`, `KOREA SAMMA SHPG CO`, `AL TAIBAH, INTL.`, `ARMAN
 * RESOURCES EQUIP AND SUPPORT MANAGEMENT`, `COSCO SHIPPING SEAMAN SHP MGMT`, `ALOMGY AND BROS MONEY
 * EXCHANGE`, `PETROCHEM SOUTH EAST LTD`. Written one way on the list and the other in the query, the
 * name lost a word each side (`INTERNATIONAL` unmatched, `INTL` extra): 0.81 for PETRA NAVIGATION &
 * INTL TRADING against the listed full words, no hit.
 *
 * Normalisation reads each of these as its full word, listed and queried alike (`fullWord`), so the
 * two are the same token; the explanation says "as an abbreviation of". Only abbreviations that are
 * no one's name and no other word's: `DEV` (a given name), `COOP` (a surname), `TECH`, `CHEM`, `INT`,
 * `BK`, `IND`, `INV`, `GEN` (a given name), `PETRO` (a listed name's word of its own: PETRO GREEN)
 * and `SYS` stay words, as a letter run may be a name of its own (`BK TRADING`). `CTR`, `ORG`,
 * `INST`, `COML`, `PRODS`, `INVS`, `ASSOC`, `IMP` and `EXP` are on no list but as these words
 * (`… BROADCASTING ORG.`, `IMP. & EXP. CO.`).
 */

// biome-ignore format: a table
/** abbreviation (folded, dots and apostrophes gone: `INT'L.` is `intl`) → the full word. */
const FULL_WORDS: Record<string, string> = {
  intl: 'international', intnl: 'international', natl: 'national',
  trdg: 'trading', shpg: 'shipping', mfg: 'manufacturing', mktg: 'marketing',
  mgmt: 'management', mgt: 'management', svcs: 'services', svc: 'service',
  hldgs: 'holdings', hldg: 'holding', grp: 'group', assn: 'association',
  inds: 'industries', indl: 'industrial', engg: 'engineering', engrg: 'engineering',
  bros: 'brothers', govt: 'government', dept: 'department', univ: 'university',
  equip: 'equipment', constr: 'construction', petrochem: 'petrochemical', fdn: 'foundation',
  comms: 'communications', admin: 'administration',
  ctr: 'center', org: 'organization', inst: 'institute', coml: 'commercial', prods: 'products',
  invs: 'investments', assoc: 'association', imp: 'import', exp: 'export',
};

const ABBREVIATION = new Map(Object.entries(FULL_WORDS));

/** The full word a folded word abbreviates, or the word itself. */
export function fullWord(word: string): string {
  return ABBREVIATION.get(word) ?? word;
}
