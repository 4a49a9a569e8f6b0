/**
 * Identifiers as the lists write them, in one comparable form: a passport, national id, tax,
 * company registration or IMO number is kept as its upper-case letters and digits ("OB 0243318" and
 * "OB0243318" are one number). Short values (under five characters) and values without a digit are
 * not identifiers but codes or words, and are dropped. Used to tell that two lists' entries are the
 * same subject (subjects.ts).
 */

export function identifierKey(raw: string): string | undefined {
  const key = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return key.length >= 5 && /\d/.test(key) ? key : undefined;
}

/** Unique identifier keys of several written values. */
export function identifierKeys(values: string[]): string[] {
  return [...new Set(values.map(identifierKey).filter((k): k is string => k !== undefined))];
}
