import { Injectable } from '@nestjs/common';
import { BusinessRuleError, FieldProblem } from '@socius/core';
import { Organization } from '@socius/organizations';
import { DataSource, EntityManager } from 'typeorm';
import { accountChart, DEFAULT_JOURNAL, DraftEntry } from './accounting';
import { BooksRepository } from './books.repository';
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
    private readonly repository: BooksRepository,
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
    if (!m.today) m.today = await this.repository.today(em, organizationId);
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
    await this.repository.ensureFiscalYear(em, organizationId, span.startOn, span.endOn);
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
    const entryNumber = await this.repository.nextNumber(em, organizationId, journal.code, year.endOn);
    const aux = new Map<string, { number: string; label: string }>();
    for (const memberId of new Set(draft.lines.filter((l) => l.member).map((l) => l.memberId ?? source.memberId!)))
      aux.set(memberId, await this.memberAccount(em, organizationId, memberId));
    const auxOf = (l: DraftEntry['lines'][number]) => (l.member ? aux.get(l.memberId ?? source.memberId!)! : null);
    // ValidDate never precedes EcritureDate (A47 A-1: an entry is validated once it exists, and an
    // entry dated ahead — a redemption at the year end — is validated on its own date)
    const today = await this.today(em, organizationId);
    const validatedOn = source.date > today ? source.date : today;
    const id = await this.repository.insertEntry(em, {
      organizationId,
      journalCode: journal.code,
      journalLabel: journal.label,
      fiscalYearEnd: year.endOn,
      entryNumber,
      entryDate: source.date,
      pieceRef: source.pieceRef,
      pieceDate: source.pieceDate ?? source.date,
      label: draft.label,
      validatedOn,
      sourceType: source.sourceType,
      sourceId: source.sourceId,
    });
    await this.repository.insertLines(
      em,
      id,
      draft.lines.map((l) => ({
        account: chart[l.account].number,
        accountLabel: chart[l.account].label,
        auxAccount: auxOf(l)?.number ?? null,
        auxLabel: auxOf(l)?.label ?? null,
        debitCents: l.debitCents,
        creditCents: l.creditCents,
      })),
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
      auxNumber = await this.repository.nextAuxNumber(em, organizationId);
      await this.repository.insertMemberAccount(em, organizationId, memberId, auxNumber);
    }
    const m = (await this.repository.memberName(em, organizationId, memberId))!;
    const label = (m.companyName ?? [m.lastName, m.firstName].filter(Boolean).join(' ')).slice(0, 200);
    return { number: `ASS${String(auxNumber).padStart(6, '0')}`, label };
  }

  async years(organizationId: string): Promise<FiscalYear[]> {
    return this.dataSource.getRepository(FiscalYear).find({ where: { organizationId }, order: { endOn: 'DESC' } });
  }
}
