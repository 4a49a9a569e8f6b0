/**
 * IBAN checks for a partner's payee account (ISO 13616): the country must be in the IBAN registry
 * (data/iban/iban-registry.txt), the IBAN must have that country's length and pattern, and its
 * check digits must pass mod 97. A typo in the account money is paid into must never reach a bank.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '@finlet/data';

interface CountryFormat {
  length: number;
  pattern: RegExp;
}

let registry: Map<string, CountryFormat> | undefined;

/** country → format, read once from the registry's pipe-separated rows (header row first). */
function formats(): Map<string, CountryFormat> {
  if (registry) return registry;
  const [header, ...rows] = readFileSync(dataFile('iban', 'iban-registry.txt'), 'utf8').trim().split('\n');
  const columns = header!.split('|');
  const at = (name: string) => columns.indexOf(name);
  const [code, regex, length] = [at('country_code'), at('iban_format_regex'), at('iban_length')];
  registry = new Map(
    rows.map((row) => {
      const cells = row.split('|');
      return [cells[code]!, { length: Number(cells[length]), pattern: new RegExp(cells[regex]!) }];
    }),
  );
  return registry;
}

/** ISO 7064 mod 97-10 over the rearranged IBAN (country and check digits moved to the end). */
function mod97(iban: string): number {
  const digits = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (ch) =>
    String(ch.charCodeAt(0) - 55),
  );
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(`${rest}${digits.slice(i, i + 7)}`) % 97;
  return rest;
}

/** Why `iban` (compact, upper case) is not a valid IBAN, or null when it is. */
export function ibanProblem(iban: string): string | null {
  const format = formats().get(iban.slice(0, 2));
  if (!format) return `${iban.slice(0, 2)} is not a country that uses IBANs`;
  if (iban.length !== format.length)
    return `an IBAN of ${iban.slice(0, 2)} has ${format.length} characters, not ${iban.length}`;
  if (!format.pattern.test(iban)) return `does not have the format of an IBAN of ${iban.slice(0, 2)}`;
  if (mod97(iban) !== 1) return 'the check digits do not match (a typo?)';
  return null;
}
