import { Injectable } from '@nestjs/common';
import { firstRow, run } from '@socius/database';
import { EntityManager } from 'typeorm';

/** A line of an entry to write, its accounts already numbered. */
export interface EntryLineValues {
  account: string;
  accountLabel: string;
  auxAccount: string | null;
  auxLabel: string | null;
  debitCents: number;
  creditCents: number;
}

export interface NewEntry {
  organizationId: string;
  journalCode: string;
  journalLabel: string;
  fiscalYearEnd: string;
  entryNumber: number;
  entryDate: string;
  pieceRef: string;
  pieceDate: string;
  label: string;
  validatedOn: string;
  sourceType: string;
  sourceId: string | null;
}

/** What an auxiliary account's label is made of. */
export interface MemberNameRow {
  sortName: string | null;
  companyName: string | null;
  firstName: string | null;
  lastName: string | null;
}

/** The pseudo-journal whose counter numbers the auxiliary accounts. */
const AUX_COUNTER = { journal: '#AUX', yearEnd: '0001-01-01' };

/** The SQL of the books: fiscal years, journal counters, entries and lines, auxiliary accounts. */
@Injectable()
export class BooksRepository {
  /** Today in the organization's time zone. */
  async today(db: EntityManager, organizationId: string): Promise<string> {
    const row = await firstRow<{ today: string }>(
      db,
      `SELECT to_char(now() AT TIME ZONE timezone, 'YYYY-MM-DD') AS today FROM organizations WHERE id = $1`,
      [organizationId],
    );
    return row!.today;
  }

  /** Creates the fiscal year, open, unless it exists. */
  async ensureFiscalYear(db: EntityManager, organizationId: string, startOn: string, endOn: string): Promise<void> {
    await run(
      db,
      `INSERT INTO fiscal_years (organization_id, start_on, end_on) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [organizationId, startOn, endOn],
    );
  }

  /**
   * The next number of a journal in a fiscal year: its counter row, created at 1 or incremented,
   * stays locked until commit, so numbers are continuous without gaps.
   */
  async nextNumber(db: EntityManager, organizationId: string, journalCode: string, yearEnd: string): Promise<number> {
    const row = await firstRow<{ lastNumber: number }>(
      db,
      `INSERT INTO accounting_counters (organization_id, journal_code, fiscal_year_end, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (organization_id, journal_code, fiscal_year_end) DO UPDATE SET last_number = accounting_counters.last_number + 1
       RETURNING last_number AS "lastNumber"`,
      [organizationId, journalCode, yearEnd],
    );
    return row!.lastNumber;
  }

  /** The next auxiliary account number (the counter of the pseudo-journal "#AUX"). */
  async nextAuxNumber(db: EntityManager, organizationId: string): Promise<number> {
    return this.nextNumber(db, organizationId, AUX_COUNTER.journal, AUX_COUNTER.yearEnd);
  }

  async insertEntry(db: EntityManager, e: NewEntry): Promise<string> {
    const row = await firstRow<{ id: string }>(
      db,
      `INSERT INTO accounting_entries (organization_id, journal_code, journal_label, fiscal_year_end, entry_number, entry_date, piece_ref, piece_date, label, validated_on, source_type, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        e.organizationId,
        e.journalCode,
        e.journalLabel,
        e.fiscalYearEnd,
        e.entryNumber,
        e.entryDate,
        e.pieceRef,
        e.pieceDate,
        e.label,
        e.validatedOn,
        e.sourceType,
        e.sourceId,
      ],
    );
    return row!.id;
  }

  /** Inserts the entry's lines, numbered from 1. */
  async insertLines(db: EntityManager, entryId: string, lines: EntryLineValues[]): Promise<void> {
    await run(
      db,
      `INSERT INTO accounting_lines (entry_id, line_number, account, account_label, aux_account, aux_label, debit_cents, credit_cents)
       SELECT $1, * FROM unnest($2::smallint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[])`,
      [
        entryId,
        lines.map((_, i) => i + 1),
        lines.map((l) => l.account),
        lines.map((l) => l.accountLabel),
        lines.map((l) => l.auxAccount),
        lines.map((l) => l.auxLabel),
        lines.map((l) => l.debitCents),
        lines.map((l) => l.creditCents),
      ],
    );
  }

  async insertMemberAccount(
    db: EntityManager,
    organizationId: string,
    memberId: string,
    auxNumber: number,
  ): Promise<void> {
    await run(db, `INSERT INTO member_accounts (organization_id, member_id, aux_number) VALUES ($1, $2, $3)`, [
      organizationId,
      memberId,
      auxNumber,
    ]);
  }

  async memberName(db: EntityManager, organizationId: string, memberId: string): Promise<MemberNameRow | undefined> {
    return firstRow<MemberNameRow>(
      db,
      `SELECT sort_name AS "sortName", company_name AS "companyName", first_name AS "firstName", last_name AS "lastName"
         FROM members WHERE organization_id = $1 AND id = $2`,
      [organizationId, memberId],
    );
  }
}
