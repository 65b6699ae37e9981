import { Injectable } from '@nestjs/common';
import { BusinessRuleError, FieldProblem } from '@socius/core';
import { Organization } from '@socius/organizations';
import { DataSource, EntityManager } from 'typeorm';
import { accountChart, DEFAULT_JOURNAL, DraftEntry } from './accounting';
import { FiscalYear } from './entities/fiscal-year.entity';
import { MemberAccount } from './entities/member-account.entity';
import { fiscalYearOf } from './fiscal';
import { LedgerService } from './ledger.service';

export interface PostedSource {
  /** the accounting date (date comptable) */
  date: string;
  pieceRef: string;
  pieceDate?: string;
  sourceType: string;
  sourceId: string | null;
  /** whose auxiliary account the member lines use */
  memberId?: string;
  /** another journal than the organization's share-capital journal (contributions: DON) */
  journal?: { code: string; label: string };
}

/** The organization's books: fiscal years and their lock, and the share-capital journal. */
@Injectable()
export class BooksService {
  /** what one transaction already read: the organization, today, the open years it checked */
  private readonly seen = new WeakMap<
    EntityManager,
    { org?: Organization; today?: string; open: Map<string, FiscalYear> }
  >();

  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
  ) {}

  private memo(em: EntityManager) {
    let m = this.seen.get(em);
    if (!m) this.seen.set(em, (m = { open: new Map() }));
    return m;
  }

  async organization(em: EntityManager, organizationId: string): Promise<Organization> {
    const m = this.memo(em);
    if (m.org?.id !== organizationId) m.org = await em.findOneByOrFail(Organization, { id: organizationId });
    return m.org;
  }

  /** Today in the organization's time zone. */
  async today(em: EntityManager, organizationId: string): Promise<string> {
    const m = this.memo(em);
    if (!m.today) {
      const [row] = await em.query(
        `SELECT to_char(now() AT TIME ZONE timezone, 'YYYY-MM-DD') AS today FROM organizations WHERE id = $1`,
        [organizationId],
      );
      m.today = row.today as string;
    }
    return m.today;
  }

  /**
   * The fiscal year holding `date` (created open on first use); refuses a date inside a closed
   * year with an error naming the field. Corrections of a closed year go into the open one.
   */
  async assertOpen(em: EntityManager, organizationId: string, date: string, field: string): Promise<FiscalYear> {
    const org = await this.organization(em, organizationId);
    const span = fiscalYearOf(date, org.fiscalYearEnd);
    const known = this.memo(em).open.get(span.endOn);
    if (known) return known;
    await em.query(
      `INSERT INTO fiscal_years (organization_id, start_on, end_on) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [organizationId, span.startOn, span.endOn],
    );
    const year = await em.findOneByOrFail(FiscalYear, { organizationId, endOn: span.endOn });
    if (year.status === 'closed') {
      const problem: FieldProblem = {
        field,
        message: `falls in the fiscal year ${year.startOn} – ${year.endOn}, which is closed`,
      };
      throw new BusinessRuleError(
        'fiscal-year-closed',
        `${field} ${date} falls in a closed fiscal year (${year.startOn} – ${year.endOn}); date it in the open year instead.`,
        undefined,
        [problem],
      );
    }
    this.memo(em).open.set(span.endOn, year);
    return year;
  }

  /**
   * Writes one entry of the share-capital journal: the next number of its journal and fiscal
   * year (a counter row locked until commit: continuous, no gaps), the member's auxiliary account.
   */
  async post(em: EntityManager, organizationId: string, source: PostedSource, draft: DraftEntry): Promise<string> {
    // locks are always taken in the same order, ledger head then journal counter: no deadlock
    await this.ledger.lockHead(em, organizationId);
    const org = await this.organization(em, organizationId);
    const year = await this.assertOpen(em, organizationId, source.date, 'date');
    const chart = accountChart(org.accountingSettings);
    const journal = source.journal ?? {
      code: org.accountingSettings.journalCode || DEFAULT_JOURNAL.code,
      label: org.accountingSettings.journalLabel || DEFAULT_JOURNAL.label,
    };
    const [{ last_number }] = await em.query(
      `INSERT INTO accounting_counters (organization_id, journal_code, fiscal_year_end, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (organization_id, journal_code, fiscal_year_end) DO UPDATE SET last_number = accounting_counters.last_number + 1
       RETURNING last_number`,
      [organizationId, journal.code, year.endOn],
    );
    const aux = new Map<string, { number: string; label: string }>();
    for (const memberId of new Set(draft.lines.filter((l) => l.member).map((l) => l.memberId ?? source.memberId!)))
      aux.set(memberId, await this.memberAccount(em, organizationId, memberId));
    const auxOf = (l: DraftEntry['lines'][number]) => (l.member ? aux.get(l.memberId ?? source.memberId!)! : null);
    // ValidDate never precedes EcritureDate (A47 A-1: an entry is validated once it exists, and an
    // entry dated ahead — a redemption at the year end — is validated on its own date)
    const today = await this.today(em, organizationId);
    const validatedOn = source.date > today ? source.date : today;
    const [{ id }] = await em.query(
      `INSERT INTO accounting_entries (organization_id, journal_code, journal_label, fiscal_year_end, entry_number, entry_date, piece_ref, piece_date, label, validated_on, source_type, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        organizationId,
        journal.code,
        journal.label,
        year.endOn,
        last_number,
        source.date,
        source.pieceRef,
        source.pieceDate ?? source.date,
        draft.label,
        validatedOn,
        source.sourceType,
        source.sourceId,
      ],
    );
    await em.query(
      `INSERT INTO accounting_lines (entry_id, line_number, account, account_label, aux_account, aux_label, debit_cents, credit_cents)
       SELECT $1, * FROM unnest($2::smallint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[])`,
      [
        id,
        draft.lines.map((_, i) => i + 1),
        draft.lines.map((l) => chart[l.account].number),
        draft.lines.map((l) => chart[l.account].label),
        draft.lines.map((l) => auxOf(l)?.number ?? null),
        draft.lines.map((l) => auxOf(l)?.label ?? null),
        draft.lines.map((l) => l.debitCents),
        draft.lines.map((l) => l.creditCents),
      ],
    );
    return id;
  }

  /** The member's auxiliary account (compte de tiers) `ASS000001`, numbered on first use. */
  private async memberAccount(
    em: EntityManager,
    organizationId: string,
    memberId: string,
  ): Promise<{ number: string; label: string }> {
    let auxNumber = (await em.findOneBy(MemberAccount, { organizationId, memberId }))?.auxNumber;
    if (auxNumber === undefined) {
      // the counter row of the pseudo-journal "#AUX" numbers auxiliary accounts without gaps or races
      const [{ last_number }] = await em.query(
        `INSERT INTO accounting_counters (organization_id, journal_code, fiscal_year_end, last_number) VALUES ($1, '#AUX', '0001-01-01', 1)
         ON CONFLICT (organization_id, journal_code, fiscal_year_end) DO UPDATE SET last_number = accounting_counters.last_number + 1
         RETURNING last_number`,
        [organizationId],
      );
      await em.query(`INSERT INTO member_accounts (organization_id, member_id, aux_number) VALUES ($1, $2, $3)`, [
        organizationId,
        memberId,
        last_number,
      ]);
      auxNumber = last_number;
    }
    const [m] = await em.query(
      `SELECT sort_name, company_name, first_name, last_name FROM members WHERE organization_id = $1 AND id = $2`,
      [organizationId, memberId],
    );
    const label = (m.company_name ?? [m.last_name, m.first_name].filter(Boolean).join(' ')).slice(0, 200);
    return { number: `ASS${String(auxNumber).padStart(6, '0')}`, label };
  }

  async years(organizationId: string): Promise<FiscalYear[]> {
    return this.dataSource.getRepository(FiscalYear).find({ where: { organizationId }, order: { endOn: 'DESC' } });
  }
}
