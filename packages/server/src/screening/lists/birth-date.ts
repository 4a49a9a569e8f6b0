/**
 * Birth-date text as the lists write it ("07 Jan 1940", "1982", "circa 1940", "1951 to 1953",
 * "Jan 1960", ISO dates) turned into a `BirthDate` range, and a query date parsed the same way.
 */
import type { BirthDate } from '../types.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function parseBirthDate(raw: string): BirthDate | undefined {
  const text = raw.trim().replace(/\.$/, '');
  const circa = /\b(circa|approximately|about)\b/i.test(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) {
    const y = Number(iso[1]);
    return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, from_year: y, to_year: y };
  }
  const full = /\b(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})\b/.exec(text);
  if (full) {
    const month = MONTHS.indexOf(full[2]!.toLowerCase()) + 1;
    const y = Number(full[3]);
    if (month > 0) {
      const date = `${full[3]}-${String(month).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
      return { date, from_year: y, to_year: y };
    }
  }
  const range = /\b(\d{4})\s*(?:to|-|–)\s*(\d{4})\b/.exec(text);
  if (range) return { from_year: Number(range[1]), to_year: Number(range[2]), circa };
  const year = /\b(\d{4})\b/.exec(text);
  if (year) {
    const y = Number(year[1]);
    return circa ? { from_year: y, to_year: y, circa } : { from_year: y, to_year: y };
  }
  return undefined;
}
