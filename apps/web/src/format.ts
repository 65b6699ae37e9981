import { i18n } from './i18n';

/** Integer cents as euros in the active language: 123456 → "1 234,56 €". */
export const euros = (cents: number) =>
  new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** A calendar date (`2026-12-31`) or an instant, as a long date in the active language. */
export const day = (value: string) =>
  new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long', timeZone: value.length === 10 ? 'UTC' : undefined }).format(
    new Date(value),
  );

/** An instant with its time of day. */
export const moment = (value: string) =>
  new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));

/** Euros typed by a person ("12,50" or "12.50") as cents, or undefined when it is not an amount. */
export function parseEuros(text: string): number | undefined {
  const match = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*€?\s*$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A PDF of the API in the page's language, opened by the browser with the session cookie. */
export const pdfLink = (path: string, query: Record<string, string> = {}) =>
  `${path}?${new URLSearchParams({ ...query, lang: i18n.locale })}`;

/** A person's "first last", or a legal entity's company name. */
export const personName = (m: {
  kind: string;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
}) => (m.kind === 'legal_entity' ? (m.companyName ?? '') : [m.firstName, m.lastName].filter(Boolean).join(' '));

/** A member as tables and pickers name them: "Name (n° 12)", the number once they have one. */
export const memberLabel = (name: string, number: number | null | undefined) =>
  number ? `${name} (n° ${number})` : name;

/** Today in the browser's time zone, as the API writes calendar dates (`2026-12-31`). */
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
