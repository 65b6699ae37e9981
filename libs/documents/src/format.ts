import { formatEuros } from '@socius/core';

/** The languages a document can be issued in: French by default (the legal language), English on request. */
export const DOCUMENT_LANGUAGES = ['fr', 'en'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

const FORMATTERS = new Map<
  string,
  {
    dayMonthYear: Intl.DateTimeFormat;
    day: Intl.DateTimeFormat;
    clock: Intl.DateTimeFormat;
    integer: Intl.NumberFormat;
    decimal: Intl.NumberFormat;
  }
>();

/**
 * How a document writes dates, times, numbers and money in its language and in the
 * organization's time zone. French typography: "1er décembre 2026", "14 h 30", "1 234,56 €".
 */
export class DocumentFormat {
  private readonly dayMonthYear: Intl.DateTimeFormat;
  private readonly clock: Intl.DateTimeFormat;
  private readonly day: Intl.DateTimeFormat;
  private readonly integer: Intl.NumberFormat;
  private readonly decimal: Intl.NumberFormat;

  constructor(
    readonly lang: DocumentLanguage,
    readonly timeZone: string,
  ) {
    // Intl formatters cost a fifth of a millisecond to build: each language and zone builds them once
    const key = `${lang}|${timeZone}`;
    let f = FORMATTERS.get(key);
    if (!f) {
      const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
      f = {
        dayMonthYear: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }),
        day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone }),
        clock: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
        integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
        decimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 }),
      };
      FORMATTERS.set(key, f);
    }
    ({
      dayMonthYear: this.dayMonthYear,
      day: this.day,
      clock: this.clock,
      integer: this.integer,
      decimal: this.decimal,
    } = f);
  }

  /** An instant's calendar day: "25 novembre 2026", "1er décembre 2026"; "25 November 2026". */
  date(at: Date): string {
    const text = this.dayMonthYear.format(at);
    return this.lang === 'fr' && this.day.format(at) === '1' ? text.replace(/^1 /, '1er ') : text;
  }

  /** A legal date (YYYY-MM-DD), which has no time zone. */
  calendarDate(isoDate: string): string {
    return new DocumentFormat(this.lang, 'UTC').date(new Date(`${isoDate}T12:00:00Z`));
  }

  /** "14 h 30" in French, "14:30" in English. */
  time(at: Date): string {
    const [h, m] = this.clock.format(at).split(':');
    return this.lang === 'fr' ? `${h} h ${m}` : `${h}:${m}`;
  }

  /** "25 novembre 2026 à 14 h 30"; "25 November 2026 at 14:30". */
  dateTime(at: Date): string {
    return `${this.date(at)} ${this.lang === 'fr' ? 'à' : 'at'} ${this.time(at)}`;
  }

  count(n: number): string {
    return this.integer.format(n);
  }

  /** 66.67 → "66,67 %"; "66.67%". */
  percent(value: number): string {
    return this.lang === 'fr' ? `${this.decimal.format(value)}\u202f%` : `${this.decimal.format(value)}%`;
  }

  /** A reduction factor, four decimals: 0.64052 → "0,6405"; "0.6405". */
  factor(value: number): string {
    const text = value.toFixed(4);
    return this.lang === 'fr' ? text.replace('.', ',') : text;
  }

  /** A number of votes reduced by a factor, up to four decimals: 9.6078 → "9,6078", 10 → "10". */
  votes(value: number): string {
    const text = String(Math.round(value * 10_000) / 10_000);
    return this.lang === 'fr' ? text.replace('.', ',') : text;
  }

  /** Cents as euros: "1 234,56 €" in both languages (a French co-op's amounts keep the French form). */
  money(cents: number): string {
    return formatEuros(cents);
  }

  /** "123 456 789" */
  siren(siren: string): string {
    return formatSiren(siren);
  }
}

/** "123456789" → "123 456 789", as a SIREN is printed. */
export function formatSiren(siren: string): string {
  return siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}

const calendars = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-25": today in a time zone, as the organization's calendar has it. */
export function todayIn(timeZone: string, now = new Date()): string {
  let calendar = calendars.get(timeZone);
  if (!calendar)
    calendars.set(
      timeZone,
      (calendar = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })),
    );
  return calendar.format(now);
}
