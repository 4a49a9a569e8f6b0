/**
 * Date of birth and country as corroborating signals. A name match alone is a lead; a matching date
 * of birth or country makes it more likely the same person, a clearly different date of birth makes
 * it less likely. The adjustments are small next to the name score on purpose: lists often carry
 * several or approximate dates, and countries are broad.
 */
import { parseBirthDate } from './lists/birth-date.ts';
import { foldText } from './normalize.ts';
import type { ListEntry, ScreeningQuery } from './types.ts';

export const DOB_EXACT_BONUS = 0.05;
export const DOB_YEAR_BONUS = 0.02;
export const DOB_MISMATCH_PENALTY = 0.1;
export const COUNTRY_BONUS = 0.03;
export const COUNTRY_MISMATCH_PENALTY = 0.03;
/** The most any corroboration can add, used by the index to bound candidate scores. */
export const MAX_BONUS = DOB_EXACT_BONUS + COUNTRY_BONUS;

export interface Corroboration {
  delta: number;
  notes: string[];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const GENERIC = new Set([
  'republic',
  'of',
  'the',
  'democratic',
  'islamic',
  'federation',
  'arab',
  'state',
  'kingdom',
]);

/** Significant words cut to 5 letters, so Russia/Russian Federation and Syria/Syrian agree. */
function countryKey(name: string): Set<string> {
  const words = foldText(name)
    .split(/[\s,.]+/)
    .filter((w) => w && !GENERIC.has(w));
  return new Set(words.map((w) => w.slice(0, 5)));
}

export function countryName(input: string): string {
  if (/^[A-Za-z]{2}$/.test(input)) {
    try {
      return regionNames.of(input.toUpperCase()) ?? input;
    } catch {
      return input;
    }
  }
  return input;
}

function sameCountry(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

function birthDateSignal(query: string, entry: ListEntry): Corroboration {
  const q = parseBirthDate(query);
  if (!q || entry.birth_dates.length === 0) return { delta: 0, notes: [] };
  if (q.date && entry.birth_dates.some((d) => d.date === q.date)) {
    return { delta: DOB_EXACT_BONUS, notes: [`date of birth ${q.date} matches`] };
  }
  const slack = (circa?: boolean) => (circa ? 2 : 0);
  const yearFits = entry.birth_dates.some(
    (d) => q.from_year >= d.from_year - slack(d.circa) && q.from_year <= d.to_year + slack(d.circa),
  );
  // A listed full date with another day in the same year is a different date, not a year match.
  const onlyDayDiffers = q.date && entry.birth_dates.every((d) => d.date && d.date !== q.date);
  if (yearFits && !onlyDayDiffers) {
    return {
      delta: DOB_YEAR_BONUS,
      notes: [`birth year ${q.from_year} agrees with the listed date of birth`],
    };
  }
  const near = entry.birth_dates.some((d) => q.from_year >= d.from_year - 1 && q.from_year <= d.to_year + 1);
  if (near) return { delta: 0, notes: [`date of birth is close to but not the listed one`] };
  const listed = entry.birth_dates.map((d) => d.date ?? String(d.from_year)).join(', ');
  return { delta: -DOB_MISMATCH_PENALTY, notes: [`date of birth differs from the listed ${listed}`] };
}

function countrySignal(query: string, entry: ListEntry): Corroboration {
  if (entry.countries.length === 0) return { delta: 0, notes: [] };
  const name = countryName(query);
  const key = countryKey(name);
  const hit = entry.countries.find((c) => sameCountry(key, countryKey(c)));
  if (hit) return { delta: COUNTRY_BONUS, notes: [`country ${name} matches the listed ${hit}`] };
  return {
    delta: -COUNTRY_MISMATCH_PENALTY,
    notes: [`country ${name} is not among the listed ${entry.countries.slice(0, 3).join(', ')}`],
  };
}

export function corroborate(query: ScreeningQuery, entry: ListEntry): Corroboration {
  const parts = [
    query.birth_date ? birthDateSignal(query.birth_date, entry) : undefined,
    query.country ? countrySignal(query.country, entry) : undefined,
  ].filter((p): p is Corroboration => p !== undefined);
  return { delta: parts.reduce((s, p) => s + p.delta, 0), notes: parts.flatMap((p) => p.notes) };
}
