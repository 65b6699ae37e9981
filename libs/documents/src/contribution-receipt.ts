import type { DocumentLanguage } from './format';
import type { PdfWriter } from './pdf/writer';

/** One money movement of a contribution: a payment received or a refund made. */
export interface ContributionMovement {
  kind: 'payment' | 'refund';
  on: string;
  method: string | null;
  reference: string | null;
  amountCents: number;
}

/** What a contribution receipt (reçu de contribution) shows. */
export interface ContributionReceiptContent {
  organizationName: string;
  /** CONTRIB-1A2B3C4D, the piece reference of its journal entries */
  reference: string;
  campaign: { title: string; beneficiary: string | null };
  contributor: {
    name: string;
    address: string | null;
    kind: 'member' | 'organization' | 'person';
    membershipNumber: number | null;
  };
  kind: 'donation' | 'membership_fee' | 'share_subscription';
  status: string;
  pledgedCents: number;
  pledgedOn: string;
  movements: ContributionMovement[];
  receivedCents: number;
  refundedCents: number;
  /** a donation to an organization that may not issue tax receipts: say it gives no right to a reduction */
  noTaxReduction: boolean;
}

const TEXTS = {
  fr: {
    title: 'Reçu de contribution',
    reference: 'Référence',
    campaign: 'Campagne',
    beneficiary: 'Bénéficiaire',
    contributor: 'Contributeur',
    name: 'Nom',
    address: 'Adresse',
    membershipNumber: 'Numéro de sociétaire',
    contribution: 'Contribution',
    kind: 'Nature',
    kinds: {
      donation: 'Don',
      membership_fee: 'Cotisation',
      share_subscription: 'Souscription de parts sociales',
    } as Record<string, string>,
    status: 'Statut',
    statuses: { pledged: 'promise', paid: 'versée', refunded: 'remboursée', cancelled: 'annulée' } as Record<
      string,
      string
    >,
    pledged: 'Montant promis',
    pledgedOn: 'Promesse du',
    movements: 'Versements et remboursements',
    date: 'Date',
    movement: 'Mouvement',
    payment: 'Versement',
    refund: 'Remboursement',
    method: 'Mode',
    amount: 'Montant',
    none: 'Aucun versement reçu.',
    received: 'Total reçu',
    refunded: 'Total remboursé',
    kept: 'Montant acquis',
    statement: (org: string, who: string, amount: string, kind: string) =>
      `${org} reconnaît avoir reçu de ${who} la somme totale de ${amount} au titre de : ${kind}.`,
    noTax:
      "Ce reçu n'est pas un reçu fiscal : ce don n'ouvre pas droit à la réduction d'impôt des articles 200 et 238 bis du code général des impôts.",
    shares:
      'Les sommes versées pour des parts sociales restent sur un compte d’attente (4563) jusqu’à l’admission du contributeur par le conseil, puis deviennent du capital.',
    forTheOrganization: "Pour l'organisation",
  },
  en: {
    title: 'Contribution receipt',
    reference: 'Reference',
    campaign: 'Campaign',
    beneficiary: 'Beneficiary',
    contributor: 'Contributor',
    name: 'Name',
    address: 'Address',
    membershipNumber: 'Membership number',
    contribution: 'Contribution',
    kind: 'Kind',
    kinds: {
      donation: 'Donation',
      membership_fee: 'Membership fee',
      share_subscription: 'Share subscription',
    } as Record<string, string>,
    status: 'Status',
    statuses: { pledged: 'pledged', paid: 'paid', refunded: 'refunded', cancelled: 'cancelled' } as Record<
      string,
      string
    >,
    pledged: 'Amount pledged',
    pledgedOn: 'Pledged on',
    movements: 'Payments and refunds',
    date: 'Date',
    movement: 'Movement',
    payment: 'Payment',
    refund: 'Refund',
    method: 'Method',
    amount: 'Amount',
    none: 'No payment received.',
    received: 'Total received',
    refunded: 'Total refunded',
    kept: 'Amount kept',
    statement: (org: string, who: string, amount: string, kind: string) =>
      `${org} acknowledges receipt from ${who} of ${amount} in total, as: ${kind}.`,
    noTax:
      'This is not a tax receipt: this donation gives no right to the tax reductions of articles 200 and 238 bis of the French general tax code.',
    shares:
      'Money paid for shares waits in a suspense account (4563) until the board admits the contributor, and then becomes capital.',
    forTheOrganization: 'For the organization',
  },
};

export function contributionReceiptTitle(lang: DocumentLanguage, reference: string, contributorName: string): string {
  const title = `${TEXTS[lang].title} ${reference} — ${contributorName}`;
  return title.length > 300 ? `${title.slice(0, 299)}…` : title;
}

/** The piece reference of a contribution, as its journal entries carry it. */
export function contributionReference(id: string): string {
  return `CONTRIB-${id.slice(0, 8).toUpperCase()}`;
}

/** Writes the receipt: the campaign, the contributor, what was pledged, every payment and refund. */
export function writeContributionReceipt(w: PdfWriter, c: ContributionReceiptContent): void {
  const t = TEXTS[w.format.lang];
  const f = w.format;
  w.title(t.title, `${t.reference} ${c.reference}`);
  w.heading(t.campaign).fields([
    [t.campaign, c.campaign.title],
    ...(c.campaign.beneficiary ? ([[t.beneficiary, c.campaign.beneficiary]] as [string, string][]) : []),
  ]);
  const who: [string, string][] = [
    [t.name, c.contributor.name],
    [t.address, c.contributor.address ?? '—'],
  ];
  if (c.contributor.membershipNumber !== null) who.push([t.membershipNumber, String(c.contributor.membershipNumber)]);
  w.heading(t.contributor).fields(who);
  w.heading(t.contribution).fields([
    [t.kind, t.kinds[c.kind] ?? c.kind],
    [t.pledgedOn, f.calendarDate(c.pledgedOn)],
    [t.pledged, f.money(c.pledgedCents)],
    [t.status, t.statuses[c.status] ?? c.status],
  ]);
  w.heading(t.movements, 90);
  if (c.movements.length) {
    w.table(
      [
        { header: t.date, width: 1.6 },
        { header: t.movement, width: 1.6 },
        { header: t.method, width: 1.5 },
        { header: t.reference, width: 2 },
        { header: t.amount, width: 1.5, align: 'right' },
      ],
      c.movements.map((m) => [
        f.calendarDate(m.on),
        m.kind === 'payment' ? t.payment : t.refund,
        m.method ? (w.labels.paymentMethods[m.method] ?? m.method) : '—',
        m.reference ?? '—',
        f.money(m.kind === 'refund' ? -m.amountCents : m.amountCents),
      ]),
    );
  } else {
    w.paragraph(t.none);
  }
  const totals: [string, string][] = [[t.received, f.money(c.receivedCents)]];
  if (c.refundedCents)
    totals.push([t.refunded, f.money(c.refundedCents)], [t.kept, f.money(c.receivedCents - c.refundedCents)]);
  w.fields(totals);
  if (c.kind === 'share_subscription') w.paragraph(t.shares, { small: true });
  if (c.noTaxReduction) w.paragraph(t.noTax, { bold: true });
  w.signatures(
    c.receivedCents > 0
      ? t.statement(
          c.organizationName,
          c.contributor.name,
          f.money(c.receivedCents),
          (t.kinds[c.kind] ?? c.kind).toLowerCase(),
        )
      : '',
    [t.forTheOrganization],
  );
}
