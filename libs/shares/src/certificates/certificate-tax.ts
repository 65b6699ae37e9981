import { MemberIdentity, memberFields } from './certificate';
import { formatSiren, type Labels, type Letterhead, type PdfWriter } from '@socius/documents';

/** A subscription whose payments of the year the statement lists. */
export interface TaxSubscription {
  reference: string;
  subscribedOn: string;
  shareClassCode: string;
  quantity: number;
  amountCents: number;
}

export interface TaxPayment {
  reference: string;
  paidOn: string;
  amountCents: number;
}

/**
 * What the état individuel for the IR-PME reduction shows (CGI ann. III art. 46 AI bis): the
 * company (raison sociale, siège), the subscriber and their address, the number of shares and the
 * amount and date of the subscriptions, the amount and date of each payment of the year, and the
 * mention "application de l'article 199 terdecies-0 A du CGI".
 */
export interface TaxCertificateContent {
  year: number;
  company: Letterhead;
  member: MemberIdentity;
  subscriptions: TaxSubscription[];
  payments: TaxPayment[];
}

export function taxCertificateTitle(t: Labels, year: number, memberName: string): string {
  const title = `${t.taxTitle} — ${year} — ${memberName}`;
  return title.length > 300 ? `${title.slice(0, 299)}…` : title;
}

export function writeTaxCertificate(w: PdfWriter, c: TaxCertificateContent): void {
  const t = w.labels;
  const f = w.format;

  w.title(t.taxTitle, t.taxSubtitle(c.year));

  const company: [string, string][] = [[t.legalName, c.company.name]];
  const form = t.legalForms[c.company.legalForm];
  if (form) company.push([t.legalFormLabel, form]);
  if (c.company.siren) company.push([t.siren, formatSiren(c.company.siren)]);
  company.push([t.registeredOffice, c.company.address ?? t.notStated]);
  w.heading(t.theCompany).fields(company);

  w.heading(t.theSubscriber).fields(memberFields(t, w, c.member, 'identity'));

  w.heading(t.subscriptionsConcerned, 90).table(
    [
      { header: t.reference, width: 2 },
      { header: t.subscribedOn, width: 2 },
      { header: t.shareClass, width: 1.2 },
      { header: t.shareCount, width: 1.4, align: 'right' },
      { header: t.amountSubscribed, width: 1.8, align: 'right' },
    ],
    c.subscriptions.map((s) => [
      s.reference,
      f.calendarDate(s.subscribedOn),
      s.shareClassCode,
      f.count(s.quantity),
      f.money(s.amountCents),
    ]),
  );

  const total = c.payments.reduce((sum, p) => sum + p.amountCents, 0);
  w.heading(t.paymentsOfYear(c.year), 90).table(
    [
      { header: t.paymentDate, width: 2 },
      { header: t.subscriptionRef, width: 2 },
      { header: t.amount, width: 1.8, align: 'right' },
    ],
    [
      ...c.payments.map((p) => [f.calendarDate(p.paidOn), p.reference, f.money(p.amountCents)]),
      [t.total, '', f.money(total)],
    ],
  );
  w.fields([[t.totalPaidInYear(c.year), f.money(total)]]);

  w.paragraph(t.taxConditions);
  w.paragraph(t.taxHolding, { small: true });
  w.paragraph(t.taxKeep, { small: true });
  w.signatures('', [t.forTheCompany]);
}
