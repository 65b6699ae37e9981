import { Injectable } from '@nestjs/common';
import { assertOwnRecord, type OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, ConflictError, FieldProblem, NotFoundError, ValidationError } from '@socius/core';
import { IdempotencyService, PG, pgCode } from '@socius/database';
import { ImportHooks, ImportInput, openInput } from '@socius/jobs';
import { parse } from 'csv-parse';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ACCOUNT_KEYS, accountChart, DEFAULT_JOURNAL } from './accounting';
import { BooksService } from './books.service';
import { BooksRepository } from './books.repository';
import { memberOr404 } from './common';
import {
  ACCOUNT_NUMBER,
  AccountingSettingsDto,
  AccountingSettingsViewDto,
  CapitalDto,
  CloseFiscalYearDto,
  CreateShareClassDto,
  FiscalYearDto,
  FiscalYearListDto,
  HoldingsDto,
  LedgerItemDto,
  OpeningQuery,
  OpeningResultDto,
  ReversalDto,
  ShareClassDto,
  ShareClassListDto,
  UpdateShareClassDto,
} from './dto/shares.dto';
import { FiscalYear } from './entities/fiscal-year.entity';
import { ShareClass } from './entities/share-class.entity';
import { fiscalYearOf } from './fiscal';
import { capitalFloorCents } from './ledger';
import { CapitalStatementService } from './capital-statement.service';
import { LedgerService } from './ledger.service';
import { RedemptionsService } from './redemptions.service';
import { LedgerRepository } from './ledger.repository';
import { RegisterRepository } from './register.repository';

const MAX_OPENING_ROWS = 200_000;
/** rows read between two progress reports of an opening import job */
const PROGRESS_EVERY = 5_000;

/** The job that imports a staged opening register (`POST share-register/opening` answered 202). */
export const REGISTER_OPENING_JOB = 'shares.register-opening';

/** Share classes, the register as a whole (opening, corrections, capital), fiscal years, account numbers. */
@Injectable()
export class RegisterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: LedgerService,
    private readonly statements: CapitalStatementService,
    private readonly books: BooksService,
    private readonly redemptions: RedemptionsService,
    private readonly audit: AuditService,
    private readonly repository: RegisterRepository,
    private readonly ledgerRows: LedgerRepository,
    private readonly booksRows: BooksRepository,
  ) {}

  // ---- share classes ---------------------------------------------------------------------

  async createClass(ctx: OrgContext, dto: CreateShareClassDto): Promise<ShareClassDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        await this.checkColleges(em, ctx.organizationId, dto.collegeCodes);
        if (dto.maxPerMember != null && dto.maxPerMember < Math.max(dto.minPerMember, 1))
          throw ValidationError.field('maxPerMember', 'must be at least minPerMember');
        const saved = await em.save(
          em.create(ShareClass, {
            organizationId: ctx.organizationId,
            code: dto.code,
            name: dto.name.trim(),
            nominalCents: dto.nominalCents,
            minPerMember: dto.minPerMember,
            maxPerMember: dto.maxPerMember ?? null,
            collegeCodes: dto.collegeCodes ?? [],
            instalmentsAllowed: dto.instalmentsAllowed ?? false,
          }),
        );
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'share-class.created',
          entityType: 'share_class',
          entityId: saved.id,
          changes: { ...dto },
        });
        return toShareClassDto(saved);
      });
    } catch (error) {
      if (pgCode(error) === PG.uniqueViolation)
        throw new ConflictError(
          'share-class-code-taken',
          `A share class with the code ${dto.code} already exists.`,
          undefined,
          [{ field: 'code', message: 'is already used' }],
        );
      throw error;
    }
  }

  /** The nominal value never changes once set: the register's amounts depend on it. */
  async updateClass(ctx: OrgContext, code: string, dto: UpdateShareClassDto): Promise<ShareClassDto> {
    return this.dataSource.transaction(async (em) => {
      const shareClass = await em.findOne(ShareClass, {
        where: { organizationId: ctx.organizationId, code },
        lock: { mode: 'pessimistic_write' },
      });
      if (!shareClass) throw new NotFoundError('share class');
      await this.checkColleges(em, ctx.organizationId, dto.collegeCodes);
      const before = toShareClassDto(shareClass);
      Object.assign(shareClass, Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)));
      if (typeof dto.name === 'string') shareClass.name = dto.name.trim();
      if (shareClass.maxPerMember !== null && shareClass.maxPerMember < Math.max(shareClass.minPerMember, 1))
        throw ValidationError.field('maxPerMember', 'must be at least minPerMember');
      const saved = await em.save(shareClass);
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'share-class.updated',
        entityType: 'share_class',
        entityId: saved.id,
        changes: { before, after: toShareClassDto(saved) },
      });
      return toShareClassDto(saved);
    });
  }

  async listClasses(ctx: OrgContext): Promise<ShareClassListDto> {
    const items = (
      await this.dataSource
        .getRepository(ShareClass)
        .find({ where: { organizationId: ctx.organizationId }, order: { code: 'ASC' } })
    ).map(toShareClassDto);
    return { items, total: items.length, nextCursor: null };
  }

  async getClass(ctx: OrgContext, code: string): Promise<ShareClassDto> {
    const shareClass = await this.dataSource
      .getRepository(ShareClass)
      .findOneBy({ organizationId: ctx.organizationId, code });
    if (!shareClass) throw new NotFoundError('share class');
    return toShareClassDto(shareClass);
  }

  // ---- holdings and capital --------------------------------------------------------------

  async holdings(ctx: OrgContext, memberId: string, at?: string): Promise<HoldingsDto> {
    assertOwnRecord(ctx, memberId);
    await memberOr404(this.dataSource.manager, ctx.organizationId, memberId);
    return this.statements.holdingsAt(
      ctx.organizationId,
      memberId,
      at ?? (await this.books.today(this.dataSource.manager, ctx.organizationId)),
    );
  }

  async capital(ctx: OrgContext, at?: string): Promise<CapitalDto> {
    const em = this.dataSource.manager;
    const date = at ?? (await this.books.today(em, ctx.organizationId));
    const [statement, org, head] = await Promise.all([
      this.statements.capitalAt(ctx.organizationId, date),
      this.books.organization(em, ctx.organizationId),
      this.ledgerRows.head(em, ctx.organizationId),
    ]);
    const highest = Number(head?.highestCapitalCents ?? 0);
    return {
      ...statement,
      floorCents: capitalFloorCents(org.minimumCapitalCents, highest, {
        numerator: org.capitalFloorPercent,
        denominator: 100,
      }),
      highestCapitalCents: highest,
      minimumCapitalCents: org.minimumCapitalCents,
    };
  }

  // ---- opening register ------------------------------------------------------------------

  /**
   * Brings in the register a co-op kept elsewhere: one `opening` movement per member and class at
   * the date given, all or nothing, refused unless the holdings add up to the capital declared.
   * CSV columns: `externalRef` or `membershipNumber`, `shareClassCode`, `quantity`. A job runs it
   * on a staged file, with `hooks` for progress and for marking the file consumed in this transaction.
   */
  async open(
    ctx: Pick<OrgContext, 'organizationId'>,
    query: Pick<OpeningQuery, 'openedOn' | 'declaredCapitalCents'>,
    body: ImportInput,
    hooks: ImportHooks = {},
  ): Promise<OpeningResultDto> {
    const org = ctx.organizationId;
    // read whole before the transaction (an opening register is small)
    const rows = await this.readOpening(openInput(body, this.dataSource.manager), hooks);
    return this.idempotency.transaction(org, async (em) => {
      const head = await this.ledger.lockHead(em, org);
      if (head.lastSequence > 0)
        throw new BusinessRuleError(
          'register-not-empty',
          'The register already holds movements: an opening import only starts an empty register.',
        );
      await this.books.assertOpen(em, org, query.openedOn, 'openedOn');
      const classes = new Map((await em.find(ShareClass, { where: { organizationId: org } })).map((c) => [c.code, c]));
      const members = await this.repository.openingMembers(em, org);
      const byRef = new Map(members.filter((m) => m.externalRef).map((m) => [m.externalRef!, m]));
      const byNumber = new Map(
        members.filter((m) => m.membershipNumber !== null).map((m) => [String(m.membershipNumber), m]),
      );
      const problems: FieldProblem[] = [];
      const totals = new Map<string, number>();
      const movements = new Map<
        string,
        { memberId: string; shareClassId: string; quantity: number; unitCents: number }
      >();
      for (const r of rows) {
        const member = r.externalRef
          ? byRef.get(r.externalRef)
          : r.membershipNumber
            ? byNumber.get(r.membershipNumber)
            : undefined;
        const shareClass = classes.get(r.shareClassCode);
        const quantity = Number(r.quantity);
        if (!member)
          problems.push({
            row: r.line,
            field: r.externalRef ? 'externalRef' : 'membershipNumber',
            message: 'no member has this reference: import the members first',
          });
        else if (!['active', 'resigning'].includes(member.status))
          problems.push({ row: r.line, field: 'externalRef', message: `the member is ${member.status}` });
        if (!shareClass)
          problems.push({
            row: r.line,
            field: 'shareClassCode',
            message: `no share class has the code ${r.shareClassCode}`,
          });
        if (!/^\d{1,8}$/.test(r.quantity) || quantity < 1)
          problems.push({ row: r.line, field: 'quantity', message: 'must be a whole number of shares, 1 or more' });
        if (!member || !shareClass || !(quantity >= 1)) continue;
        const key = `${member.id}|${shareClass.id}`;
        const m = movements.get(key) ?? {
          memberId: member.id,
          shareClassId: shareClass.id,
          quantity: 0,
          unitCents: shareClass.nominalCents,
        };
        m.quantity += quantity;
        movements.set(key, m);
        totals.set(shareClass.code, (totals.get(shareClass.code) ?? 0) + quantity * shareClass.nominalCents);
      }
      if (problems.length)
        throw new ValidationError(
          problems.slice(0, 1000),
          `${problems.length} problem(s) in the register: nothing was imported.`,
        );
      const computed = [...totals.values()].reduce((s, v) => s + v, 0);
      if (computed !== query.declaredCapitalCents) {
        throw new BusinessRuleError(
          'opening-capital-mismatch',
          `The holdings add up to ${computed} cents, not the ${query.declaredCapitalCents} cents declared (difference ${computed - query.declaredCapitalCents}): nothing was imported.`,
          {
            declaredCapitalCents: query.declaredCapitalCents,
            computedCapitalCents: computed,
            differenceCents: computed - query.declaredCapitalCents,
            byClass: Object.fromEntries(totals),
          },
          [{ field: 'declaredCapitalCents', message: `the holdings add up to ${computed}` }],
        );
      }
      const operationId = randomUUID();
      const list = [...movements.values()];
      for (let i = 0; i < list.length; i += 5000) {
        await this.ledger.append(
          em,
          org,
          list.slice(i, i + 5000).map((m) => ({
            ...m,
            effectiveOn: query.openedOn,
            kind: 'opening' as const,
            operationType: 'opening',
            operationId,
          })),
        );
      }
      await this.repository.insertOpening(
        em,
        org,
        query.openedOn,
        query.declaredCapitalCents,
        list.length,
        operationId,
      );
      await this.audit.record(em, {
        organizationId: org,
        action: 'register.opened',
        entityType: 'register',
        entityId: operationId,
        changes: { openedOn: query.openedOn, declaredCapitalCents: query.declaredCapitalCents, movements: list.length },
      });
      const result: OpeningResultDto = {
        openedOn: query.openedOn,
        members: new Set(list.map((m) => m.memberId)).size,
        movements: list.length,
        capitalCents: computed,
      };
      await hooks.beforeCommit?.(em, result);
      return result;
    });
  }

  private async readOpening(
    body: Readable,
    hooks: ImportHooks,
  ): Promise<
    { line: number; externalRef?: string; membershipNumber?: string; shareClassCode: string; quantity: string }[]
  > {
    const parser = body.pipe(
      parse({
        bom: true,
        delimiter: [';', ','],
        columns: (h: string[]) => h.map((c) => c.trim()),
        skip_empty_lines: true,
        trim: true,
        info: true,
        relax_column_count: false,
      }),
    );
    const rows: {
      line: number;
      externalRef?: string;
      membershipNumber?: string;
      shareClassCode: string;
      quantity: string;
    }[] = [];
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: Record<string, string>;
        info: { lines: number };
      }>) {
        if (
          !('shareClassCode' in record) ||
          !('quantity' in record) ||
          !('externalRef' in record || 'membershipNumber' in record)
        ) {
          throw ValidationError.field(
            'body',
            'the header must name externalRef (or membershipNumber), shareClassCode and quantity',
          );
        }
        rows.push({
          line: info.lines,
          externalRef: record.externalRef || undefined,
          membershipNumber: record.membershipNumber || undefined,
          shareClassCode: record.shareClassCode,
          quantity: record.quantity,
        });
        if (rows.length > MAX_OPENING_ROWS)
          throw ValidationError.field('body', `an opening register may hold at most ${MAX_OPENING_ROWS} rows`);
        if (rows.length % PROGRESS_EVERY === 0) await hooks.rowsDone?.(rows.length);
      }
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      throw ValidationError.field('body', `is not a readable CSV: ${(error as Error).message}`);
    }
    if (!rows.length) throw ValidationError.field('body', 'holds no holdings');
    await hooks.rowsDone?.(rows.length);
    return rows;
  }

  // ---- corrections -----------------------------------------------------------------------

  /**
   * A correction: every movement of the operation that holds `sequence` is reversed by a new
   * movement of opposite quantity (kind `cancellation`) in an open year. Nothing is ever changed.
   */
  async reverse(ctx: OrgContext, dto: ReversalDto): Promise<{ operationId: string; movements: LedgerItemDto[] }> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      await this.ledger.lockHead(em, org);
      const target = await this.repository.operationOf(em, org, dto.sequence);
      if (!target) throw ValidationError.field('sequence', 'no movement has this sequence number');
      if (target.operationType === 'reversal')
        throw ValidationError.field('sequence', 'is itself a correction: reverse the original operation instead');
      const originals = await this.repository.unreversed(em, org, target.operationId, dto.sequence);
      if (!originals.length) throw new BusinessRuleError('already-reversed', 'This operation was already reversed.');
      const effectiveOn = dto.effectiveOn ?? (await this.books.today(em, org));
      await this.books.assertOpen(em, org, effectiveOn, 'effectiveOn');
      const operationId = randomUUID();
      const movements = await this.ledger.append(
        em,
        org,
        originals.map((o) => ({
          effectiveOn,
          memberId: o.memberId,
          shareClassId: o.shareClassId,
          kind: 'cancellation' as const,
          quantity: -o.quantity,
          unitCents: Number(o.unitCents),
          operationType: 'reversal',
          operationId,
          reversesSequence: Number(o.sequence),
        })),
      );
      await this.audit.record(em, {
        organizationId: org,
        action: 'ledger.reversed',
        entityType: 'ledger',
        entityId: operationId,
        changes: {
          reason: dto.reason.trim(),
          reversed: originals.map((o) => Number(o.sequence)),
          sequences: movements.map((m) => m.sequence),
        },
      });
      return { operationId, movements };
    });
  }

  // ---- fiscal years ----------------------------------------------------------------------

  async years(ctx: OrgContext): Promise<FiscalYearListDto> {
    const items = (await this.books.years(ctx.organizationId)).map(toYearDto);
    return { items, total: items.length, nextCursor: null };
  }

  /**
   * Closes a fiscal year once it has ended: nothing may be dated inside it any more. Losses per
   * share, when the year closed at a loss, reduce the redemptions that took effect in it.
   */
  async closeYear(ctx: OrgContext, endOn: string, dto: CloseFiscalYearDto): Promise<FiscalYearDto> {
    return this.idempotency.transaction(ctx.organizationId, async (em) => {
      const org = ctx.organizationId;
      const organization = await this.books.organization(em, org);
      const span = fiscalYearOf(endOn, organization.fiscalYearEnd);
      if (span.endOn !== endOn) throw new NotFoundError('fiscal year');
      const today = await this.books.today(em, org);
      if (endOn >= today)
        throw new BusinessRuleError('fiscal-year-not-ended', `The fiscal year ending ${endOn} has not ended yet.`);
      await this.ledger.lockHead(em, org); // no movement slips into the year while it closes
      await this.booksRows.ensureFiscalYear(em, org, span.startOn, span.endOn);
      const year = await em.findOneOrFail(FiscalYear, {
        where: { organizationId: org, endOn },
        lock: { mode: 'pessimistic_write' },
      });
      if (year.status === 'closed')
        throw new BusinessRuleError('fiscal-year-closed', `The fiscal year ending ${endOn} is already closed.`);
      const earlier = await this.repository.earlierOpenYear(em, org, endOn);
      if (earlier) throw new BusinessRuleError('earlier-year-open', `Close the fiscal year ending ${earlier} first.`);
      const losses = new Map<string, number>();
      const lossView: Record<string, number> = {};
      for (const l of dto.lossPerShare ?? []) {
        const shareClass = await em.findOneBy(ShareClass, { organizationId: org, code: l.shareClassCode });
        if (!shareClass)
          throw ValidationError.field('lossPerShare.shareClassCode', `no share class has the code ${l.shareClassCode}`);
        if (l.lossPerShareCents > shareClass.nominalCents)
          throw ValidationError.field(
            'lossPerShare.lossPerShareCents',
            `cannot exceed the nominal value of class ${l.shareClassCode} (${shareClass.nominalCents})`,
          );
        losses.set(shareClass.id, l.lossPerShareCents);
        lossView[l.shareClassCode] = l.lossPerShareCents;
      }
      year.status = 'closed';
      year.closedAt = new Date();
      year.closingRef = dto.closingRef?.trim() ?? null;
      year.lossPerShare = lossView;
      await em.save(year);
      const reduced = await this.redemptions.applyLosses(em, org, span, losses, today);
      await this.statements.snapshot(em, org, endOn);
      await this.audit.record(em, {
        organizationId: org,
        action: 'fiscal-year.closed',
        entityType: 'fiscal_year',
        entityId: year.id,
        changes: { endOn, closingRef: year.closingRef, lossPerShare: lossView, redemptionsReduced: reduced },
      });
      // the chain as the closed year leaves it, kept for `ledger/verify`
      await this.ledger.anchor(em, org, 'fiscal-year-close', { endOn });
      return toYearDto(year);
    });
  }

  // ---- account numbers -------------------------------------------------------------------

  async accounting(ctx: OrgContext): Promise<AccountingSettingsViewDto> {
    const org = await this.books.organization(this.dataSource.manager, ctx.organizationId);
    return toAccountingView(org.accountingSettings);
  }

  async setAccounting(ctx: OrgContext, dto: AccountingSettingsDto): Promise<AccountingSettingsViewDto> {
    const problems: FieldProblem[] = [];
    for (const [key, value] of Object.entries(dto.accounts ?? {})) {
      if (!(ACCOUNT_KEYS as readonly string[]).includes(key))
        problems.push({
          field: `accounts.${key}`,
          message: `is not an account of the journal (${ACCOUNT_KEYS.join(', ')})`,
        });
      else if (typeof value !== 'string' || !ACCOUNT_NUMBER.test(value))
        problems.push({
          field: `accounts.${key}`,
          message: 'must start with the 3 digits of the French chart and hold at most 20 letters or digits',
        });
    }
    if (problems.length) throw new ValidationError(problems);
    return this.dataSource.transaction(async (em) => {
      const org = await this.books.organization(em, ctx.organizationId);
      const before = org.accountingSettings;
      const next: Record<string, string> = { ...before, ...(dto.accounts ?? {}) };
      if (dto.journalCode) next.journalCode = dto.journalCode;
      if (dto.journalLabel) next.journalLabel = dto.journalLabel.trim();
      await this.repository.setAccountingSettings(em, org.id, next);
      await this.audit.record(em, {
        organizationId: org.id,
        action: 'accounting.settings-updated',
        entityType: 'organization',
        entityId: org.id,
        changes: { from: before, to: next },
      });
      return toAccountingView(next);
    });
  }

  private async checkColleges(
    em: import('typeorm').EntityManager,
    organizationId: string,
    codes: string[] | undefined,
  ): Promise<void> {
    if (!codes?.length) return;
    const found = await this.repository.collegeCodes(em, organizationId, codes);
    const missing = codes.filter((c) => !found.includes(c));
    if (missing.length) throw ValidationError.field('collegeCodes', `no college has the code ${missing.join(', ')}`);
  }
}

function toAccountingView(settings: Record<string, string>): AccountingSettingsViewDto {
  return {
    journalCode: settings.journalCode || DEFAULT_JOURNAL.code,
    journalLabel: settings.journalLabel || DEFAULT_JOURNAL.label,
    accounts: accountChart(settings),
  };
}

export function toShareClassDto(c: ShareClass): ShareClassDto {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    nominalCents: c.nominalCents,
    minPerMember: c.minPerMember,
    maxPerMember: c.maxPerMember,
    collegeCodes: c.collegeCodes,
    instalmentsAllowed: c.instalmentsAllowed,
  };
}

function toYearDto(y: FiscalYear): FiscalYearDto {
  return {
    startOn: y.startOn,
    endOn: y.endOn,
    status: y.status,
    closedAt: y.closedAt,
    closingRef: y.closingRef,
    lossPerShare: y.lossPerShare,
  };
}
