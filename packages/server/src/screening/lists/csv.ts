/**
 * A small RFC 4180 CSV reader for the OFAC legacy files: quoted fields with doubled quotes and
 * embedded commas or line breaks, CRLF rows, the `-0-` empty marker and the trailing \x1a byte.
 */

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endField = () => {
    const value = field.trim();
    row.push(value === '-0-' ? '' : value);
    field = '';
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\x1a') field += ch;
    i++;
  }
  if (field.trim() !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}
