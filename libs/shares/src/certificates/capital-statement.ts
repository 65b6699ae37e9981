import type { Labels, PdfWriter } from '@socius/documents';
import type { CapitalDto } from '../dto/shares.dto';

/** What the capital statement PDF shows: the figures of `GET capital?at=`, and the floor's rule. */
export interface CapitalStatementContent {
  capital: CapitalDto;
  /** the share of the highest capital below which redemptions may not go (25 by law, more by statute) */
  floorPercent: number;
  /** the head of the ledger's hash chain when the statement was issued (LedgerService.anchor) */
  ledgerHead: { sequence: number; hash: string };
}

export function capitalStatementTitle(t: Labels, f: { calendarDate(d: string): string }, at: string): string {
  return `${t.capitalTitle} ${t.asAt(f.calendarDate(at))}`;
}

export function writeCapitalStatement(w: PdfWriter, c: CapitalStatementContent): void {
  const t = w.labels;
  const f = w.format;
  const k = c.capital;

  w.title(t.capitalTitle, t.asAt(f.calendarDate(k.at)));

  w.heading(t.capitalSummary).fields([
    [t.subscribedCapital, f.money(k.totalCents)],
    [t.calledCapital, f.money(k.calledCents)],
    [t.paidCapital, f.money(k.paidCents)],
    [t.shareTotal, f.count(k.totalShares)],
    [t.memberCount, f.count(k.memberCount)],
  ]);

  const col = t.columns;
  w.heading(t.byClass, 90).table(
    [
      { header: t.shareClass, width: 3.2 },
      { header: col.nominal, width: 1.3, align: 'right' },
      { header: col.shares, width: 1.1, align: 'right' },
      { header: col.subscribed, width: 1.7, align: 'right' },
      { header: col.called, width: 1.7, align: 'right' },
      { header: col.paid, width: 1.7, align: 'right' },
      { header: col.members, width: 1.3, align: 'right' },
    ],
    [
      ...k.classes.map((r) => [
        `${r.shareClassCode} — ${r.name}`,
        f.money(r.nominalCents),
        f.count(r.quantity),
        f.money(r.subscribedCents),
        f.money(r.calledCents),
        f.money(r.paidCents),
        f.count(r.memberCount),
      ]),
      [
        t.total,
        '',
        f.count(k.totalShares),
        f.money(k.totalCents),
        f.money(k.calledCents),
        f.money(k.paidCents),
        f.count(k.memberCount),
      ],
    ],
  );

  if (k.colleges.length) {
    w.heading(t.byCollege, 90).table(
      [
        { header: t.collegeName, width: 3.2 },
        { header: col.weight, width: 1.3, align: 'right' },
        { header: col.shares, width: 1.1, align: 'right' },
        { header: col.subscribed, width: 1.7, align: 'right' },
        { header: col.members, width: 1.3, align: 'right' },
      ],
      k.colleges.map((r) => [
        r.collegeCode === null ? t.noCollege : `${r.collegeCode} — ${r.name}`,
        r.weightPercent === null ? '—' : f.percent(r.weightPercent),
        f.count(r.quantity),
        f.money(r.subscribedCents),
        f.count(r.memberCount),
      ]),
    );
  }

  w.heading(t.floorHeading).fields([
    [t.minimumCapital, f.money(k.minimumCapitalCents)],
    [t.highestCapital, f.money(k.highestCapitalCents)],
    [t.floor, f.money(k.floorCents)],
  ]);
  w.paragraph(t.floorNote(f.percent(c.floorPercent)), { small: true });

  w.heading(t.ledgerHeading).paragraph(t.ledgerNote(f.count(c.ledgerHead.sequence)), { small: true });
  w.code(c.ledgerHead.hash);
}
