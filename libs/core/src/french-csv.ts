/**
 * The "French spreadsheet" CSV preset: what Excel and LibreOffice open correctly on a French
 * system without an import wizard. UTF-8 with BOM (without it Excel reads ANSI), `;` separator
 * (the comma is the decimal separator), CRLF line ends, decimal comma, dates DD/MM/YYYY.
 */

export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const EOL = '\r\n';

/** 2500 → "25,00"; -5 → "-0,05". No thousands separator: spreadsheets read it as a number. */
export function frenchCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** 33.5 → "33,50" */
export function frenchDecimal(value: number, decimals = 2): string {
  return value.toFixed(decimals).replace('.', ',');
}

/** "2025-03-15" → "15/03/2025" */
export function frenchDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

// ---- the same formatting done by PostgreSQL, for COPY ------------------------------------

/** SQL: bigint cents → '25,00' (integer arithmetic: no numeric, no locale). */
export function sqlFrenchCents(expr: string): string {
  return `(CASE WHEN ${expr} < 0 THEN '-' ELSE '' END || (abs(${expr}) / 100)::text || ',' || lpad((abs(${expr}) % 100)::text, 2, '0'))`;
}

/** SQL: date → 'DD/MM/YYYY' */
export function sqlFrenchDate(expr: string): string {
  return `to_char(${expr}, 'DD/MM/YYYY')`;
}

/** SQL CASE mapping codes to labels; unknown codes pass through. */
export function sqlLabels(expr: string, labels: Record<string, string>, literal: (v: string) => string): string {
  const whens = Object.entries(labels)
    .map(([code, label]) => `WHEN ${literal(code)} THEN ${literal(label)}`)
    .join(' ');
  return `(CASE ${expr} ${whens} ELSE ${expr} END)`;
}
