/**
 * Builds valid IBANs (ISO 13616 mod-97 check digits) for the sandbox accounts, so a connector that
 * validates IBANs accepts what the sandbox banks return.
 */

function mod97(digits: string): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

function numeric(text: string): string {
  return [...text.toUpperCase()]
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
}

/** GB: bank code (4 letters) + sort code (6) + account (8); DE: bank code (8 digits) + account (10). */
export function iban(country: 'GB' | 'DE', bankCode: string, accountNumber: string): string {
  const bban =
    country === 'GB'
      ? `${bankCode}${accountNumber.padStart(14, '0')}`
      : `${bankCode}${accountNumber.padStart(10, '0')}`;
  const check = 98 - mod97(numeric(`${bban}${country}00`));
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

export function isValidIban(value: string): boolean {
  return mod97(numeric(`${value.slice(4)}${value.slice(0, 4)}`)) === 1;
}
