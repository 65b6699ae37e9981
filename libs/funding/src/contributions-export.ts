import { BOM, csvLine, frenchCents, frenchDate } from '@socius/exports';

export const CONTRIBUTION_EVENT_LABELS: Record<string, string> = {
  pledge: 'Promesse',
  payment: 'Versement',
  refund: 'Remboursement',
  cancellation: 'Annulation',
  refund_due: 'À rembourser',
};

export const CONTRIBUTION_KIND_LABELS: Record<string, string> = {
  donation: 'Don',
  membership_fee: 'Cotisation',
  share_subscription: 'Souscription de parts',
};

export const CONTRIBUTOR_TYPE_LABELS: Record<string, string> = { member: 'Sociétaire', organization: 'Organisation', person: 'Personne' };

export const CONTRIBUTIONS_CSV_HEADER = ['Date', 'Campagne', 'Contribution', 'Contributeur', 'Type de contributeur', 'Nature', 'Mouvement', 'Montant', 'Mode', 'Référence', 'Journal', 'N° écriture'];

export interface ContributionsCsvRow {
  occurred_on: string;
  campaign: string;
  contribution_id: string;
  contributor_name: string;
  contributor_type: string;
  kind: string;
  event: string;
  amount_cents: string | number;
  method: string | null;
  reference: string | null;
  journal_code: string | null;
  entry_number: number | null;
}

/** The contributions ledger in the French spreadsheet preset (BOM, `;`, CRLF, decimal comma, DD/MM/YYYY); refunds negative. */
export function contributionsCsv(rows: ContributionsCsvRow[]): string {
  const lines = [BOM, csvLine(CONTRIBUTIONS_CSV_HEADER)];
  for (const r of rows) {
    const cents = Number(r.amount_cents);
    lines.push(
      csvLine([
        frenchDate(r.occurred_on),
        r.campaign,
        `CONTRIB-${r.contribution_id.slice(0, 8).toUpperCase()}`,
        r.contributor_name,
        CONTRIBUTOR_TYPE_LABELS[r.contributor_type] ?? r.contributor_type,
        CONTRIBUTION_KIND_LABELS[r.kind] ?? r.kind,
        CONTRIBUTION_EVENT_LABELS[r.event] ?? r.event,
        frenchCents(r.event === 'refund' ? -cents : cents),
        r.method,
        r.reference,
        r.journal_code,
        r.entry_number,
      ]),
    );
  }
  return lines.join('');
}
