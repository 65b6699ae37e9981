import { ValueTransformer } from 'typeorm';

/**
 * bigint columns hold cents. PostgreSQL returns them as strings; we map them to numbers and
 * refuse anything beyond 2^53 rather than silently lose precision.
 */
export const bigintCents: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : String(value)),
  from: (value: string | null) => {
    if (value === null || value === undefined) return value;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${value} exceeds the safe integer range`);
    return n;
  },
};

/**
 * A bound for every amount we accept (a hundred billion euros), far below 2^53: sums and products
 * of amounts stay exact integers, and every bigint read back fits a number.
 */
export const MAX_CENTS = 1e13;

const euroFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 123456 → "1 234,56 €" (French typography, narrow no-break space as thousands separator). */
export function formatEuros(cents: number): string {
  return `${euroFormat.format(cents / 100)} €`;
}

/** 123456 → "1234,56": the FEC and spreadsheet decimal format (comma, no thousands separator). */
export function centsToDecimalComma(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
