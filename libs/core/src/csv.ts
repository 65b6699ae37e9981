/**
 * CSV cells that cannot attack a spreadsheet (OWASP "CSV injection"): a text cell starting with
 * `=`, `+`, `-`, `@`, tab or carriage return would be read as a formula by Excel or LibreOffice,
 * so it is written with a leading single quote (`'=HYPERLINK(...)`), which spreadsheets show as
 * text. Every CSV Socius writes goes through these helpers, in Node (`csvField`, `csvLine`,
 * `CSV_STRINGIFY_CAST`) or in PostgreSQL for the COPY exports (`sqlCsvText`).
 *
 * Numbers stay numbers: a cell that is a plain number (`-12,50`, `+3`, `-0.5`) is a value, not a
 * formula, and is never prefixed; neither are JavaScript numbers. So a redemption's negative
 * amount still sums in the spreadsheet.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
/** an optional sign, digits, an optional decimal part with a comma or a point */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** Whether a spreadsheet would evaluate this text as a formula. */
export function isCsvFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** The text a CSV cell must hold: prefixed with `'` when it would be read as a formula. */
export function csvText(text: string): string {
  return isCsvFormula(text) ? `'${text}` : text;
}

/** The reverse of `csvText`, for imports: a re-imported export gives back the original text. */
export function csvUntext(text: string): string {
  return text.startsWith("'") && isCsvFormula(text.slice(1)) ? text.slice(1) : text;
}

/**
 * One CSV field (`;`-separated by default): quoted when it must be (separator, quote, line break)
 * and always when escaped as a formula, as OWASP recommends.
 */
export function csvField(value: string | number | null | undefined, separator = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const formula = isCsvFormula(value);
  const text = formula ? `'${value}` : value;
  const mustQuote = formula || text.includes(separator) || /["\r\n]/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated. */
export function csvLine(fields: (string | number | null | undefined)[], separator = ';'): string {
  return fields.map((f) => csvField(f, separator)).join(separator) + '\r\n';
}

/**
 * csv-stringify's `cast` option with the same escaping: `stringify({ ..., cast: CSV_STRINGIFY_CAST })`.
 * Typed structurally so that this library does not depend on csv-stringify.
 */
export const CSV_STRINGIFY_CAST = {
  string: (value: string): string | { value: string; quoted: boolean } =>
    isCsvFormula(value) ? { value: `'${value}`, quoted: true } : value,
};

/**
 * SQL: the text expression `expr` escaped like `csvText`, for exports that PostgreSQL formats
 * (COPY ... CSV). PostgreSQL quotes a field only when its content needs it; the leading `'` is
 * what keeps a spreadsheet from evaluating the cell, quoted or not. The first character is compared
 * as a code point (= + - @ tab CR), not as collated text: a 1 M-row COPY stays within noise of before.
 */
export function sqlCsvText(expr: string): string {
  return `(CASE WHEN ascii(${expr}) IN (61, 43, 45, 64, 9, 13) AND ${expr} !~ '^[+-]?[0-9]+([.,][0-9]+)?$' THEN '''' || ${expr} ELSE ${expr} END)`;
}
