import type { Writable } from 'node:stream';
import type { ReadReplica } from '@socius/database';
import { journalColumns, type JournalCsvColumn, type JournalCsvQuery } from './dto/exports.dto';
import { BOM } from '@socius/core';
import { CsvCrlf, type Literal, pipeCopy } from '@socius/database';

/** Each column: its header and how PostgreSQL writes it (e = entry, l = line). */
const COLUMNS: Record<
  JournalCsvColumn,
  { header: string; sql: (o: { date: (e: string) => string; cents: (e: string) => string }) => string }
> = {
  journalCode: { header: 'Journal', sql: () => 'e.journal_code' },
  journalLabel: { header: 'Libellé journal', sql: () => 'e.journal_label' },
  entryNumber: { header: 'N° écriture', sql: () => 'e.entry_number' },
  entryDate: { header: 'Date', sql: (o) => o.date('e.entry_date') },
  account: { header: 'Compte', sql: () => 'l.account' },
  accountLabel: { header: 'Libellé compte', sql: () => 'l.account_label' },
  auxAccount: { header: 'Compte auxiliaire', sql: () => 'l.aux_account' },
  auxLabel: { header: 'Libellé auxiliaire', sql: () => 'l.aux_label' },
  pieceRef: { header: 'Pièce', sql: () => 'e.piece_ref' },
  pieceDate: { header: 'Date pièce', sql: (o) => o.date('e.piece_date') },
  label: { header: 'Libellé', sql: () => 'e.label' },
  debit: { header: 'Débit', sql: (o) => o.cents('l.debit_cents') },
  credit: { header: 'Crédit', sql: (o) => o.cents('l.credit_cents') },
  amount: { header: 'Montant', sql: (o) => o.cents('(l.debit_cents - l.credit_cents)') },
  validDate: { header: 'Date de validation', sql: (o) => o.date('e.validated_on') },
};

const SEPARATORS = { semicolon: ';', comma: ',', tab: '\t' } as const;

/**
 * The same journals as the FEC-format file (share capital, donations) as a CSV for accounting
 * software or spreadsheets that import their own layout: columns, separator, decimal mark and date
 * format chosen by the caller. PostgreSQL formats and quotes every field (COPY ... CSV).
 */
export async function writeJournalCsv(
  reads: ReadReplica,
  organizationId: string,
  fiscalYearEnd: string,
  query: JournalCsvQuery,
  out: Writable,
): Promise<void> {
  const separator = SEPARATORS[query.separator ?? 'semicolon'];
  const decimal = query.decimal === 'dot' ? '.' : ',';
  const columns = (query.columns ? journalColumns(query.columns) : Object.keys(COLUMNS)) as JournalCsvColumn[];
  const format = {
    date: (e: string) => `to_char(${e}, '${query.dateFormat === 'yyyy-mm-dd' ? 'YYYY-MM-DD' : 'DD/MM/YYYY'}')`,
    // integer arithmetic: no numeric, no locale, never a thousands separator
    cents: (e: string) =>
      `(CASE WHEN ${e} < 0 THEN '-' ELSE '' END || (abs(${e}) / 100)::text || '${decimal}' || lpad((abs(${e}) % 100)::text, 2, '0'))`,
  };
  const header = columns.map((c) => quote(COLUMNS[c].header, separator)).join(separator) + '\r\n';
  await pipeCopy(
    reads,
    (lit: Literal) => `SELECT ${columns.map((c) => COLUMNS[c].sql(format)).join(', ')}
                 FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
                WHERE e.organization_id = ${lit(organizationId)}::uuid AND e.fiscal_year_end = ${lit(fiscalYearEnd)}::date
                ORDER BY e.journal_code, e.entry_number, l.line_number`,
    { format: 'csv', delimiter: separator },
    [new CsvCrlf()],
    out,
    (query.bom === false ? '' : BOM) + header,
  );
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
