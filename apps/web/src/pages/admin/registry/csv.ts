/*
 * The little CSV handling the import wizard and the registry's export need in the browser: the
 * header and first rows of a file for the column mapping, the header rewritten to Socius' names
 * (the API then reads the file as usual), and a selection of members written out.
 */

/** Socius' import columns: the required ones first. */
export const REQUIRED_COLUMNS = ['externalRef', 'kind', 'firstName', 'lastName', 'companyName', 'email', 'collegeCode'];
export const OPTIONAL_COLUMNS = [
  'eConsent',
  'phone',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'siren',
  'legalRepresentative',
];
export const ALL_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/** `;` when the header has more of them than commas (French spreadsheets), else `,`. */
export function delimiterOf(headerLine: string): ';' | ',' {
  return (headerLine.match(/;/g)?.length ?? 0) >= (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** The fields of one line (quotes as RFC 4180: `""` inside a quoted field is a quote). */
export function splitLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

export interface CsvPreview {
  delimiter: ';' | ',';
  headers: string[];
  rows: string[][];
  /** the text after the header line, untouched */
  body: string;
}

/** The header and up to `count` rows (a quoted field spanning lines is shown cut: it is only a preview). */
export function preview(text: string, count = 5): CsvPreview {
  const clean = text.replace(/^\uFEFF/, '');
  const end = clean.search(/\r?\n/);
  const headerLine = end < 0 ? clean : clean.slice(0, end);
  const body = end < 0 ? '' : clean.slice(end).replace(/^\r?\n/, '');
  const delimiter = delimiterOf(headerLine);
  const rows = body
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, count)
    .map((l) => splitLine(l, delimiter));
  return { delimiter, headers: splitLine(headerLine, delimiter), rows, body };
}

/** A column name guessed for a header of the file: the same name, or the same once accents and case are folded. */
export function guessColumn(header: string): string {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const exact = ALL_COLUMNS.find((c) => fold(c) === fold(header));
  if (exact) return exact;
  const french: Record<string, string> = {
    prenom: 'firstName',
    nom: 'lastName',
    raisonsociale: 'companyName',
    courriel: 'email',
    mail: 'email',
    college: 'collegeCode',
    reference: 'externalRef',
    type: 'kind',
    telephone: 'phone',
    ville: 'city',
    codepostal: 'postalCode',
    adresse: 'addressLine1',
    pays: 'country',
  };
  return french[fold(header)] ?? '';
}

/** The file with its header line replaced by Socius' names (`''`: a column left out is dropped). */
export function remap(p: CsvPreview, mapping: string[]): string {
  const keep = mapping.map((m, i) => (m ? i : -1)).filter((i) => i >= 0);
  const quote = (f: string) => (/[";,\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  const header = keep.map((i) => mapping[i]).join(p.delimiter);
  if (keep.length === p.headers.length) return `${header}\n${p.body}`;
  // dropping a column means rewriting every line (quoted fields spanning lines are kept whole)
  const lines = splitRecords(p.body);
  return [header, ...lines.map((l) => keepFields(splitLine(l, p.delimiter), keep).map(quote).join(p.delimiter))].join(
    '\n',
  );
}

function keepFields(fields: string[], keep: number[]): string[] {
  return keep.map((i) => fields[i] ?? '');
}

/** The records of a CSV body: lines, except that a line break inside quotes stays in its record. */
function splitRecords(body: string): string[] {
  const records: string[] = [];
  let current = '';
  let quotes = 0;
  for (const line of body.split(/\r?\n/)) {
    current = current ? `${current}\n${line}` : line;
    quotes += (line.match(/"/g) ?? []).length;
    if (quotes % 2 === 0) {
      if (current.trim() !== '') records.push(current);
      current = '';
      quotes = 0;
    }
  }
  if (current.trim() !== '') records.push(current);
  return records;
}

/** Rows as a CSV for French spreadsheets (BOM, `;`, CRLF). */
export function toCsv(headers: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const quote = (v: string | number | boolean | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[headers, ...rows].map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
}
