import { csvField as coreCsvField, csvLine as coreCsvLine } from '@socius/core';

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

/** One CSV field (libs/core csv.ts): quoted when it must be, formulas escaped (OWASP). */
export function csvField(value: string | number | null | undefined): string {
  return coreCsvField(value, SEPARATOR);
}

export function csvLine(fields: (string | number | null | undefined)[]): string {
  return coreCsvLine(fields, SEPARATOR);
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

/** SQL: the member's name as the register shows it: the company, or "LAST first". */
export const SQL_MEMBER_NAME = `coalesce(m.company_name, concat_ws(' ', m.last_name, m.first_name))`;

export const MOVEMENT_LABELS: Record<string, string> = {
  issue: 'Émission',
  transfer_in: 'Cession (entrée)',
  transfer_out: 'Cession (sortie)',
  redemption: 'Remboursement',
  cancellation: 'Annulation',
  conversion_in: 'Conversion (entrée)',
  conversion_out: 'Conversion (sortie)',
  opening: 'Reprise (ouverture du registre)',
};

export const OPERATION_LABELS: Record<string, string> = {
  subscription: 'Souscription',
  transfer: 'Cession',
  redemption: 'Remboursement',
  conversion: 'Conversion',
  reversal: 'Correction',
  opening: 'Ouverture du registre',
};

export const MEMBER_STATUS_LABELS: Record<string, string> = {
  applicant: 'Candidat',
  active: 'Associé',
  resigning: 'Démission en cours',
  resigned: 'Démissionnaire',
  excluded: 'Exclu',
  deceased: 'Décédé',
};
