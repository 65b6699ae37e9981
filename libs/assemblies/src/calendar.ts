import ical, { ICalCalendarMethod } from 'ical-generator';

/** A resolution as a calendar shows it: from its opening to its closing. */
export interface CalendarResolution {
  id: string;
  number: number;
  title: string;
  opensAt: Date;
  closesAt: Date;
  assemblyId: string;
  assemblyTitle: string;
}

export interface CalendarOptions {
  /** the calendar's name (the organization, the assembly) */
  name: string;
  /** the host of PUBLIC_URL: events' UIDs are `<kind>-<id>@<host>`, the same in every file */
  host: string;
  /** the member portal of the organization, `{PUBLIC_URL}/o/{slug}`: events link to its pages */
  portalUrl: string;
  /** also one event per assembly, from its first opening to its last closing */
  withAssemblies: boolean;
}

/**
 * An iCalendar file (RFC 5545) of resolutions, times in UTC: one event per resolution, from its
 * opening to its closing, and with `withAssemblies` one per assembly spanning its resolutions.
 */
export function calendarOf(resolutions: CalendarResolution[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Socius', product: 'Socius', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
  });
  if (options.withAssemblies) {
    const spans = new Map<string, { title: string; start: Date; end: Date }>();
    for (const r of resolutions) {
      const span = spans.get(r.assemblyId);
      if (!span) spans.set(r.assemblyId, { title: r.assemblyTitle, start: r.opensAt, end: r.closesAt });
      else {
        if (r.opensAt < span.start) span.start = r.opensAt;
        if (r.closesAt > span.end) span.end = r.closesAt;
      }
    }
    for (const [id, span] of spans)
      calendar.createEvent({
        id: `assembly-${id}@${options.host}`,
        start: span.start,
        end: span.end,
        summary: span.title,
        url: `${options.portalUrl}/votes`,
      });
  }
  for (const r of resolutions)
    calendar.createEvent({
      id: `resolution-${r.id}@${options.host}`,
      start: r.opensAt,
      end: r.closesAt,
      summary: `${r.assemblyTitle} — ${r.number}. ${r.title}`,
      description: `${r.assemblyTitle}\n${r.number}. ${r.title}`,
      url: `${options.portalUrl}/resolutions/${r.id}`,
    });
  return calendar.toString();
}
