/** Fiscal years (exercices) from the organization's closing day `MM-DD`, as plain date strings. */

export interface FiscalYearSpan {
  startOn: string;
  endOn: string;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `years` later (29 February becomes 28 February in a common year). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return iso(y + years, m, Math.min(d, last));
}

/** The fiscal year that holds `date`: it ends on the first `MM-DD` on or after the date. */
export function fiscalYearOf(date: string, closing: string): FiscalYearSpan {
  const year = Number(date.slice(0, 4));
  let endOn = `${year}-${closing}`;
  if (endOn < date) endOn = `${year + 1}-${closing}`;
  return { startOn: addDays(addYears(endOn, -1), 1), endOn };
}

/** "2026-12-31" → "20261231" */
export const compactDate = (date: string) => date.replaceAll('-', '');
