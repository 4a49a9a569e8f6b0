/**
 * Shapes shared by the screening engine: a sanctions list entry as every loader produces it, a loaded
 * list snapshot with its version, and the query and hit shapes of `POST /v1/screenings` (docs/architecture.md §8).
 */

export type EntryType = 'individual' | 'entity' | 'vessel' | 'aircraft';

/** aka/fka/nka as OFAC and the UN write them; `strength` is the list's own quality flag where given. */
export interface EntryAlias {
  name: string;
  type: 'aka' | 'fka' | 'nka';
  strength: 'strong' | 'weak';
  /**
   * Set on a name the list gives in its original script besides its Latin name (the UN's
   * NAME_ORIGINAL_SCRIPT): screened like any alias, but no evaluation draws a query from it.
   */
  script?: 'original';
}

/** A birth date as precise as the list states it: a full date, a year, or a year range. */
export interface BirthDate {
  /** ISO `YYYY-MM-DD` when the day is known. */
  date?: string;
  from_year: number;
  to_year: number;
  circa?: boolean;
}

export interface ListEntry {
  list: string;
  entry_id: string;
  type: EntryType;
  name: string;
  aliases: EntryAlias[];
  programs: string[];
  birth_dates: BirthDate[];
  /** Country names as the list writes them (addresses, nationality, citizenship). */
  countries: string[];
  /**
   * Document and registration numbers (passport, national id, tax, company or IMO number) as upper-case
   * letters and digits only, so the same number written with spaces or dashes on two lists is equal.
   */
  identifiers?: string[];
  /** For an entry of a consolidated source (OpenSanctions), the source lists that name it. */
  sources?: string[];
  /**
   * Risk topics where the source states them, in FollowTheMoney's names: `sanction` for a sanctions
   * target, `role.pep` for a politically exposed person (lists/opensanctions.ts).
   */
  topics?: string[];
}

export interface ListSnapshot {
  name: string;
  /** `sha256:<12 hex>` of the content, prefixed by the date the file states where it has one. */
  version: string;
  loaded_at: string;
  entries: ListEntry[];
}

export interface ScreeningQuery {
  name: string;
  /** `YYYY-MM-DD` or `YYYY`. */
  birth_date?: string;
  /** ISO 3166-1 alpha-2 code or an English country name. */
  country?: string;
  type?: 'individual' | 'entity';
}

export interface ScreeningOptions {
  threshold?: number;
  limit?: number;
}

/** One list's entry for the subject of a hit. */
export interface HitEntry {
  list: string;
  entry_id: string;
  /** The entry's primary name on that list. */
  name: string;
  program: string;
}

/**
 * One subject that matched. `list`, `entry_id`, `name`, `program` are the best-matching entry's (the
 * shape before several lists were shown together); `entries` holds every list's entry for the same
 * subject, that one first, and `lists` names every list they come from (see subjects.ts).
 */
export interface ScreeningHit {
  list: string;
  entry_id: string;
  /** The entry's primary name. */
  name: string;
  /** The list name (primary or alias) that matched the query best. */
  matched_name: string;
  program: string;
  score: number;
  explanation: string;
  lists: string[];
  entries: HitEntry[];
}
