import { MemberIdentity, memberFields } from './certificate';
import type { Labels, PdfWriter } from '@socius/documents';

export interface ReceiptPayment {
  paidOn: string;
  method: string;
  reference: string | null;
  amountCents: number;
}

/** What a subscription receipt (reçu de souscription) shows. */
export interface ReceiptContent {
  organizationName: string;
  member: MemberIdentity;
  subscription: {
    /** SOUS-1A2B3C4D, the piece reference the accounting entries carry */
    reference: string;
    shareClassCode: string;
    shareClassName: string;
    quantity: number;
    unitCents: number;
    amountCents: number;
    calledCents: number;
    paidCents: number;
    refundedCents: number;
    instalments: boolean;
    status: string;
    subscribedOn: string;
    decidedOn: string | null;
    decisionRef: string | null;
    issuedOn: string | null;
  };
  payments: ReceiptPayment[];
}

/** The piece reference of a subscription, as the share-capital journal writes it. */
export function subscriptionReference(id: string): string {
  return `SOUS-${id.slice(0, 8).toUpperCase()}`;
}

export function receiptTitle(t: Labels, reference: string, memberName: string): string {
  const title = `${t.receiptTitle} ${reference} — ${memberName}`;
  return title.length > 300 ? `${title.slice(0, 299)}…` : title;
}

/** Writes the receipt: the subscriber, the subscription and its status, every payment, what is still due. */
export function writeReceipt(w: PdfWriter, c: ReceiptContent): void {
  const t = w.labels;
  const f = w.format;
  const s = c.subscription;

  w.title(t.receiptTitle, `${t.reference} ${s.reference}`);
  w.heading(t.theMember).fields(memberFields(t, w, c.member, 'number'));

  const rows: [string, string][] = [
    [t.reference, s.reference],
    [t.subscribedOn, f.calendarDate(s.subscribedOn)],
    [t.shareClass, `${s.shareClassCode} — ${s.shareClassName}`],
    [t.shareCount, f.count(s.quantity)],
    [t.unitNominal, f.money(s.unitCents)],
    [t.amountSubscribed, f.money(s.amountCents)],
  ];
  if (s.decidedOn) rows.push([t.decision, t.decidedOn(f.calendarDate(s.decidedOn), s.decisionRef)]);
  rows.push([t.status, t.subscriptionStatuses[s.status] ?? s.status]);
  if (s.issuedOn) rows.push([t.sharesIssuedOn, f.calendarDate(s.issuedOn)]);
  w.heading(t.subscription).fields(rows);

  w.heading(t.payments, 90);
  if (c.payments.length) {
    w.table(
      [
        { header: t.paymentDate, width: 1.8 },
        { header: t.paymentMethod, width: 1.8 },
        { header: t.reference, width: 2.6 },
        { header: t.amount, width: 1.6, align: 'right' },
      ],
      [
        ...c.payments.map((p) => [
          f.calendarDate(p.paidOn),
          t.paymentMethods[p.method] ?? p.method,
          p.reference ?? '—',
          f.money(p.amountCents),
        ]),
        [t.total, '', '', f.money(c.payments.reduce((sum, p) => sum + p.amountCents, 0))],
      ],
    );
  } else {
    w.paragraph(t.noPayments);
  }

  const totals: [string, string][] = [[t.amountSubscribed, f.money(s.amountCents)]];
  if (s.instalments) totals.push([t.amountCalled, f.money(s.calledCents)]);
  totals.push([t.amountPaid, f.money(s.paidCents)]);
  if (['pending', 'approved', 'issued', 'defaulted'].includes(s.status))
    totals.push([t.stillDue, f.money(Math.max(0, s.calledCents - s.paidCents))]);
  if (s.instalments && s.amountCents > s.calledCents)
    totals.push([t.notYetCalled, f.money(s.amountCents - s.calledCents)]);
  if (s.refundedCents > 0) totals.push([t.refunded, f.money(s.refundedCents)]);
  w.fields(totals);

  if (s.paidCents > 0) w.paragraph(t.receiptStatement(c.organizationName, c.member.name, f.money(s.paidCents)));
  w.signatures('', [t.forTheCompany]);
}
