import { sqlCsvText } from '@socius/core';
import { BOM, csvLine, sqlFrenchCents, sqlFrenchDate, sqlLabels } from '@socius/core';
import { CsvCrlf, pipeCopy } from '@socius/database';
import type { Writable } from 'node:stream';
import type { ReadReplica } from '@socius/database';

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

export const CONTRIBUTOR_TYPE_LABELS: Record<string, string> = {
  member: 'Sociétaire',
  organization: 'Organisation',
  person: 'Personne',
};

export const CONTRIBUTIONS_CSV_HEADER = [
  'Date',
  'Campagne',
  'Contribution',
  'Contributeur',
  'Type de contributeur',
  'Nature',
  'Mouvement',
  'Montant',
  'Mode',
  'Référence',
  'Journal',
  'N° écriture',
];

/**
 * The contributions ledger in the French spreadsheet preset (BOM, `;`, CRLF, decimal comma,
 * DD/MM/YYYY; refunds negative), streamed from a PostgreSQL COPY like the other exports: every
 * field is formatted by PostgreSQL, memory stays flat however long the ledger.
 */
export function contributionsCsv(reads: ReadReplica, organizationId: string, out: Writable): Promise<void> {
  return pipeCopy(
    reads,
    (
      lit,
    ) => `SELECT ${sqlFrenchDate('e.occurred_on')}, ${sqlCsvText('k.title')}, 'CONTRIB-' || upper(left(e.contribution_id::text, 8)), ${sqlCsvText('c.contributor_name')},
                     ${sqlLabels('c.contributor_type', CONTRIBUTOR_TYPE_LABELS, lit)}, ${sqlLabels('c.kind', CONTRIBUTION_KIND_LABELS, lit)}, ${sqlLabels('e.kind', CONTRIBUTION_EVENT_LABELS, lit)},
                     ${sqlFrenchCents(`(CASE WHEN e.kind = 'refund' THEN -e.amount_cents ELSE e.amount_cents END)`)}, ${sqlCsvText('e.method')}, ${sqlCsvText('e.reference')}, ${sqlCsvText('a.journal_code')}, a.entry_number
                FROM contribution_events e
                JOIN contributions c ON c.organization_id = e.organization_id AND c.id = e.contribution_id
                JOIN campaigns k ON k.organization_id = e.organization_id AND k.id = e.campaign_id
                LEFT JOIN accounting_entries a ON a.organization_id = e.organization_id AND a.id = e.accounting_entry_id
               WHERE e.organization_id = ${lit(organizationId)} ORDER BY e.occurred_on, e.recorded_at, e.id`,
    { format: 'csv', delimiter: ';' },
    [new CsvCrlf()],
    out,
    BOM + csvLine(CONTRIBUTIONS_CSV_HEADER),
  );
}
