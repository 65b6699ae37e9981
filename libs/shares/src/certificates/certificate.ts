// type-only imports: the render pool's drawing threads load this module (share-certificate.template.ts)
import type { Labels, PdfWriter } from '@socius/documents';

/** Who a certificate, receipt or tax statement is about, as the members register shows them. */
export interface MemberIdentity {
  kind: 'person' | 'legal_entity';
  /** "Łukasz Wałęsa", or the company name of a legal entity */
  name: string;
  siren: string | null;
  legalRepresentative: string | null;
  /** the postal address on one line, or null when none is known */
  address: string | null;
  membershipNumber: number | null;
  college: { code: string; name: string } | null;
  admittedOn: string | null;
  admissionDecisionRef: string | null;
  status: string;
}

/** One class of shares held at the date. */
export interface HoldingLine {
  shareClassCode: string;
  name: string;
  quantity: number;
  nominalCents: number;
  amountCents: number;
}

/** What a share certificate (attestation de détention de parts sociales) shows. */
export interface CertificateContent {
  /** the end of this day (YYYY-MM-DD) */
  at: string;
  organizationName: string;
  member: MemberIdentity;
  holdings: HoldingLine[];
  totalQuantity: number;
  /** subscribed: shares held × nominal */
  subscribedCents: number;
  calledCents: number;
  paidCents: number;
  /** who signs for the co-op, where and when (the issue date) */
  signature: CertificateSignature;
}

export interface CertificateSignature {
  /** the legal representative; null when the organization has not recorded them: signed by hand */
  name: string | null;
  title: string | null;
  place: string | null;
  /** YYYY-MM-DD */
  on: string;
}

/**
 * The member's identity block: name (company, SIREN, representative) and address; then the
 * membership number, and with `full` the college, admission and standing too.
 */
export function memberFields(
  t: Labels,
  w: PdfWriter,
  m: MemberIdentity,
  scope: 'identity' | 'number' | 'full' = 'full',
): [string, string][] {
  const f = w.format;
  const rows: [string, string][] = [[m.kind === 'legal_entity' ? t.companyName : t.memberName, m.name]];
  if (m.kind === 'legal_entity') {
    if (m.siren) rows.push([t.siren, f.siren(m.siren)]);
    if (m.legalRepresentative) rows.push([t.legalRepresentative, m.legalRepresentative]);
  }
  rows.push([t.address, m.address ?? '—']);
  if (scope === 'identity') return rows;
  rows.push([t.membershipNumberFull, m.membershipNumber === null ? t.notYetNumbered : String(m.membershipNumber)]);
  if (scope === 'number') return rows;
  if (m.college) rows.push([t.votingCollege, `${m.college.code} — ${m.college.name}`]);
  if (m.admittedOn)
    rows.push([
      t.admission,
      m.admissionDecisionRef
        ? `${f.calendarDate(m.admittedOn)} — ${m.admissionDecisionRef}`
        : f.calendarDate(m.admittedOn),
    ]);
  rows.push([t.memberStatus, t.memberStatuses[m.status] ?? m.status]);
  return rows;
}

/** The document's title in the registry, in its language (at most 300 characters). */
export function certificateTitle(
  t: Labels,
  f: { calendarDate(d: string): string },
  memberName: string,
  at: string,
): string {
  const title = `${t.certificateTitle} — ${memberName} — ${t.asAt(f.calendarDate(at))}`;
  return title.length > 300 ? `${title.slice(0, 299)}…` : title;
}

/**
 * Writes a share certificate: the member, their membership, the shares held per class at the date
 * with the total, the capital subscribed, called and paid, the certification, and the statement of
 * variable capital (not negotiable, redeemable at most at nominal, risk of loss).
 */
export function writeCertificate(w: PdfWriter, c: CertificateContent): void {
  const t = w.labels;
  const f = w.format;
  const date = f.calendarDate(c.at);

  w.title(t.certificateTitle, t.asAt(date));
  w.heading(t.theMember).fields(memberFields(t, w, c.member));

  w.heading(t.holdingsAt(date), 90);
  if (c.holdings.length) {
    w.table(
      [
        { header: t.shareClass, width: 3.2 },
        { header: t.shareCount, width: 1.6, align: 'right' },
        { header: t.nominalValue, width: 1.6, align: 'right' },
        { header: t.amount, width: 1.6, align: 'right' },
      ],
      [
        ...c.holdings.map((h) => [
          `${h.shareClassCode} — ${h.name}`,
          f.count(h.quantity),
          f.money(h.nominalCents),
          f.money(h.amountCents),
        ]),
        [t.total, f.count(c.totalQuantity), '', f.money(c.subscribedCents)],
      ],
    );
  } else {
    w.paragraph(t.noShares);
  }

  w.heading(t.capitalContribution).fields([
    [t.subscribedCapital, f.money(c.subscribedCents)],
    [t.calledCapital, f.money(c.calledCents)],
    [t.paidCapital, f.money(c.paidCents)],
  ]);

  w.paragraph(t.certifies(c.organizationName, c.member.name, date));

  w.heading(t.variableCapital, 120);
  for (const p of t.variableCapitalStatement) w.paragraph(p, { small: true });
  // signed by the legal representative, who certifies for the co-op: name, title, place and date
  const s = c.signature;
  const who = s.name ? [s.name, s.title].filter(Boolean).join(', ') : t.forTheCompany;
  w.paragraph(t.signedAt(s.place, f.calendarDate(s.on)));
  w.paragraph(who, { bold: true });
}
