import { ExternalRefsService } from './external-refs.service';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertNotSetByMember, assertOwnRecord, ownRecordsOnly, type OrgContext } from '@socius/auth';
import { AuditService, diff } from '@socius/audit';
import {
  BusinessRuleError,
  ConflictError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  ValidationError,
} from '@socius/core';
import { PG, pgCode, pgConstraint } from '@socius/database';
import { OutboxService } from '@socius/jobs';
import { Organization } from '@socius/organizations';
import { organizationReader, WebhookEvents } from '@socius/webhooks';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { ChartersService } from './charters.service';
import { checkCollegeSet, checkScicCategories, ScicCategoriesCheck } from './colleges';
import {
  AdmitMemberDto,
  CollegeDto,
  CollegeListDto,
  CreateCollegeDto,
  CreateMemberDto,
  DeceaseMemberDto,
  ExcludeMemberDto,
  HistoryDto,
  MemberDto,
  MemberListDto,
  MemberQuery,
  ResignMemberDto,
  UpdateCollegeDto,
  UpdateMemberDto,
} from './dto/member.dto';
import { College } from './entities/college.entity';
import { Member, MemberStatus } from './entities/member.entity';
import { MembersRepository } from './members.repository';
import { searchTextOf, sortNameOf } from './search';

export const FINALIZE_EXIT_JOB = 'members.finalize-exit';
const COUNT_CAP = 10_000;

/** Which statuses each lifecycle step starts from. */
const TRANSITIONS = {
  admit: ['applicant'],
  resign: ['active'],
  exclude: ['active', 'resigning'],
  decease: ['applicant', 'active', 'resigning'],
} as const satisfies Record<string, readonly MemberStatus[]>;

@Injectable()
export class MembersService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(College) private readonly colleges: Repository<College>,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly charters: ChartersService,
    private readonly webhookEvents: WebhookEvents,
    private readonly externalRefs: ExternalRefsService,
    private readonly repository: MembersRepository,
  ) {}

  onModuleInit(): void {
    // a webhook's member.* data: the member as GET /members/{id} shows it
    this.webhookEvents.describe('member', (organizationId, id) => this.get(organizationReader(organizationId), id));
  }

  // ---- colleges -------------------------------------------------------------------------

  async createCollege(ctx: OrgContext, dto: CreateCollegeDto): Promise<CollegeDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const college = await em.save(
          em.create(College, {
            organizationId: ctx.organizationId,
            code: dto.code,
            name: dto.name.trim(),
            weightPercent: dto.weightPercent,
          }),
        );
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'college.created',
          entityType: 'college',
          entityId: college.id,
          changes: { ...dto },
        });
        return toCollegeDto(college);
      });
    } catch (error) {
      if (pgCode(error) === PG.uniqueViolation) {
        throw new ConflictError(
          'college-code-taken',
          `A college with the code ${dto.code} already exists.`,
          undefined,
          [{ field: 'code', message: 'is already used' }],
        );
      }
      throw error;
    }
  }

  async updateCollege(ctx: OrgContext, code: string, dto: UpdateCollegeDto): Promise<CollegeDto> {
    return this.dataSource.transaction(async (em) => {
      const college = await em.findOne(College, {
        where: { organizationId: ctx.organizationId, code },
        lock: { mode: 'pessimistic_write' },
      });
      if (!college) throw new NotFoundError('college');
      const before = toCollegeDto(college);
      Object.assign(college, dto);
      const saved = await em.save(college);
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'college.updated',
        entityType: 'college',
        entityId: college.id,
        changes: diff(before as never, toCollegeDto(saved) as never),
      });
      return toCollegeDto(saved);
    });
  }

  async listColleges(ctx: OrgContext): Promise<CollegeListDto> {
    const [colleges, org] = await Promise.all([
      this.colleges.find({ where: { organizationId: ctx.organizationId }, order: { code: 'ASC' } }),
      this.dataSource.getRepository(Organization).findOneByOrFail({ id: ctx.organizationId }),
    ]);
    const items = colleges.map(toCollegeDto);
    return { items, total: items.length, nextCursor: null, ...checkCollegeSet(items, org.legalForm) };
  }

  /** For college-weighted votes: refuses with the reasons when the set is not valid. */
  async assertCollegesUsable(em: EntityManager, organizationId: string): Promise<CollegeDto[]> {
    const colleges = (await em.find(College, { where: { organizationId }, order: { code: 'ASC' } })).map(toCollegeDto);
    const org = await em.findOneByOrFail(Organization, { id: organizationId });
    const check = checkCollegeSet(colleges, org.legalForm);
    if (!check.valid)
      throw new BusinessRuleError(
        'invalid-colleges',
        `The voting colleges cannot be used: ${check.problems.join('; ')}.`,
        {
          problems: check.problems,
        },
      );
    return colleges;
  }

  /** The active members per SCIC category (art. 19 septies), checked; `em` when inside a transaction. */
  async scicCategories(
    organizationId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ScicCategoriesCheck> {
    const rows = await this.repository.scicCategoryCounts(em, organizationId);
    return checkScicCategories(Object.fromEntries(rows.map((r) => [r.category, r.n])));
  }

  // ---- members --------------------------------------------------------------------------

  async create(ctx: OrgContext, dto: CreateMemberDto): Promise<MemberDto> {
    return this.write((em) => this.createIn(em, ctx.organizationId, dto));
  }

  /** A new applicant, inside the caller's transaction (the public membership application). */
  async createIn(em: EntityManager, organizationId: string, dto: CreateMemberDto): Promise<MemberDto> {
    const member = em.create(Member, {
      organizationId,
      ...this.fields(dto),
      kind: dto.kind,
      status: 'applicant',
    });
    member.collegeId = await this.collegeId(em, organizationId, dto.collegeCode);
    this.index(member);
    const saved = await em.save(member);
    await this.audit.record(em, {
      organizationId,
      action: 'member.created',
      entityType: 'member',
      entityId: saved.id,
      changes: { ...dto },
    });
    await this.webhookEvents.publish(em, organizationId, 'member.created', { memberId: saved.id });
    return this.toDto(em, saved);
  }

  async get(ctx: OrgContext, id: string): Promise<MemberDto> {
    const member = await this.find(this.dataSource.manager, ctx, id);
    const dto = await this.toDto(this.dataSource.manager, member);
    return { ...dto, externalRefs: await this.externalRefs.list(this.dataSource.manager, ctx.organizationId, id) };
  }

  /**
   * The list, sorted by name. The total is exact up to COUNT_CAP matches (then `totalCapped`):
   * counting every match of a common search term over a large registry costs more than it tells.
   */
  async list(ctx: OrgContext, query: MemberQuery): Promise<MemberListDto> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    const { matches: n, rows } = await this.repository.listPage(
      this.dataSource.manager,
      ctx.organizationId,
      {
        ownId: ownRecordsOnly(ctx, undefined),
        status: query.status,
        collegeCode: query.collegeCode,
        eConsent: query.eConsent ? query.eConsent === 'true' : undefined,
        search: query.search,
        after: after ? [String(after[0]), String(after[1])] : null,
      },
      limit,
      COUNT_CAP,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const loaded = new Map(
      (page.length
        ? await this.members.find({
            where: { organizationId: ctx.organizationId, id: In(page.map((r) => r.id)) },
            relations: { college: true },
          })
        : []
      ).map((m) => [m.id, m]),
    );
    return {
      items: page.map((r) => loaded.get(r.id)!).map((m) => toMemberDto(m, m.college?.code ?? null)),
      total: Math.min(n, COUNT_CAP),
      ...(n > COUNT_CAP ? { totalCapped: true } : {}),
      nextCursor: rows.length > limit ? encodeCursor([last.sort_name, last.id]) : null,
    };
  }

  async update(ctx: OrgContext, id: string, dto: UpdateMemberDto): Promise<MemberDto> {
    assertOwnRecord(ctx, id);
    assertNotSetByMember(ctx, dto, [
      'firstName',
      'lastName',
      'companyName',
      'siren',
      'legalRepresentative',
      'collegeCode',
      'externalRef',
    ]);
    return this.write(async (em) => {
      const member = await this.find(em, ctx, id, true);
      const before = await this.toDto(em, member);
      Object.assign(member, this.fields(dto));
      if (dto.collegeCode !== undefined)
        member.collegeId = await this.collegeId(em, ctx.organizationId, dto.collegeCode);
      if (member.kind === 'person' && !member.lastName)
        throw ValidationError.field('lastName', 'is required for a person');
      if (member.kind === 'legal_entity' && !member.companyName)
        throw ValidationError.field('companyName', 'is required for a legal entity');
      this.index(member);
      const saved = await em.save(member);
      const after = await this.toDto(em, saved);
      const changes = diff(before as never, after as never);
      delete changes.updatedAt;
      if (Object.keys(changes).length) {
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'member.updated',
          entityType: 'member',
          entityId: id,
          changes,
        });
        await this.webhookEvents.publish(em, ctx.organizationId, 'member.updated', { memberId: id });
      }
      return after;
    });
  }

  /** Admission: the next membership number, gapless under concurrent admissions. */
  async admit(ctx: OrgContext, id: string, dto: AdmitMemberDto): Promise<MemberDto> {
    return this.dataSource.transaction((em) => this.admitIn(em, ctx.organizationId, id, dto));
  }

  /** The same, inside a caller's transaction (the shares library admits on a first paid subscription). */
  async admitIn(em: EntityManager, organizationId: string, id: string, dto: AdmitMemberDto): Promise<MemberDto> {
    const member = await this.lockForTransition(em, organizationId, id, 'admit');
    const missing = await this.charters.missingForAdmission(em, organizationId, id);
    if (missing.length) {
      throw new BusinessRuleError(
        'charter-not-accepted',
        `Admission needs the member's acceptance of ${missing.map((m) => `"${m.title}" (version ${m.version})`).join(', ')} first.`,
        { missing },
      );
    }
    const membershipNumber = await this.repository.nextMembershipNumber(em, organizationId);
    member.status = 'active';
    member.membershipNumber = membershipNumber;
    member.admittedOn = dto.admittedOn;
    member.admissionDecisionRef = dto.decisionRef ?? null;
    this.index(member);
    const saved = await em.save(member);
    await this.audit.record(em, {
      organizationId,
      action: 'member.admitted',
      entityType: 'member',
      entityId: id,
      changes: {
        status: { from: 'applicant', to: 'active' },
        membershipNumber,
        admittedOn: dto.admittedOn,
        decisionRef: dto.decisionRef ?? null,
      },
    });
    await this.webhookEvents.publish(em, organizationId, 'member.admitted', { memberId: id });
    return this.toDto(em, saved);
  }

  /** Resignation is notified now and takes effect at a date; the member is `resigning` until then. */
  async resign(ctx: OrgContext, id: string, dto: ResignMemberDto): Promise<MemberDto> {
    return this.exit(ctx, id, 'resign', 'resigning', 'resigned', dto.effectiveOn, dto.decisionRef ?? null);
  }

  async exclude(ctx: OrgContext, id: string, dto: ExcludeMemberDto): Promise<MemberDto> {
    return this.exit(ctx, id, 'exclude', 'excluded', 'excluded', dto.effectiveOn, dto.decisionRef);
  }

  async decease(ctx: OrgContext, id: string, dto: DeceaseMemberDto): Promise<MemberDto> {
    return this.exit(ctx, id, 'decease', 'deceased', 'deceased', dto.diedOn, null);
  }

  /** Job: a resignation whose date has come becomes final. */
  async finalizeExit(organizationId: string, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const member = await em.findOne(Member, { where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
      if (!member || member.status !== 'resigning' || !member.exitOn) return false;
      const today = await this.today(em, organizationId);
      if (member.exitOn > today) return false;
      member.status = 'resigned';
      await em.save(member);
      await this.audit.record(em, {
        organizationId,
        action: 'member.resigned',
        entityType: 'member',
        entityId: id,
        changes: { status: { from: 'resigning', to: 'resigned' } },
      });
      await this.webhookEvents.publish(em, organizationId, 'member.exited', { memberId: id });
      return true;
    });
  }

  async history(ctx: OrgContext, id: string): Promise<HistoryDto> {
    await this.find(this.dataSource.manager, ctx, id);
    const page = await this.audit.list(ctx.organizationId, { entityType: 'member', entityId: id, limit: 200 });
    return { items: page.items.map(({ at, actor, action, changes }) => ({ at, actor, action, changes })) };
  }

  // ---- helpers ---------------------------------------------------------------------------

  /**
   * A resignation inside a caller's transaction: the shares library resigns a member whose last
   * shares leave the register (redemption or transfer of everything they held).
   */
  async resignIn(
    em: EntityManager,
    organizationId: string,
    id: string,
    effectiveOn: string,
    decisionRef: string | null,
  ): Promise<MemberDto> {
    return this.exitIn(em, organizationId, id, 'resign', 'resigning', 'resigned', effectiveOn, decisionRef);
  }

  private async exit(
    ctx: OrgContext,
    id: string,
    step: 'resign' | 'exclude' | 'decease',
    pending: MemberStatus,
    final: MemberStatus,
    effectiveOn: string,
    decisionRef: string | null,
  ): Promise<MemberDto> {
    return this.dataSource.transaction((em) =>
      this.exitIn(em, ctx.organizationId, id, step, pending, final, effectiveOn, decisionRef),
    );
  }

  private async exitIn(
    em: EntityManager,
    organizationId: string,
    id: string,
    step: 'resign' | 'exclude' | 'decease',
    pending: MemberStatus,
    final: MemberStatus,
    effectiveOn: string,
    decisionRef: string | null,
  ): Promise<MemberDto> {
    const member = await this.lockForTransition(em, organizationId, id, step);
    if (member.admittedOn && effectiveOn < member.admittedOn) {
      throw ValidationError.field(
        step === 'decease' ? 'diedOn' : 'effectiveOn',
        `cannot be before the admission (${member.admittedOn})`,
      );
    }
    const from = member.status;
    const today = await this.today(em, organizationId);
    member.status = effectiveOn <= today ? final : pending;
    member.exitOn = effectiveOn;
    member.exitDecisionRef = decisionRef;
    const saved = await em.save(member);
    await this.audit.record(em, {
      organizationId,
      action: `member.${member.status}`,
      entityType: 'member',
      entityId: id,
      changes: { status: { from, to: member.status }, exitOn: effectiveOn, decisionRef },
    });
    // a resignation dated later is a change of the record until its day comes (finalizeExit)
    await this.webhookEvents.publish(em, organizationId, member.status === final ? 'member.exited' : 'member.updated', {
      memberId: id,
    });
    if (member.status === 'resigning') {
      await this.outbox.enqueue(em, {
        organizationId,
        queue: 'default',
        name: FINALIZE_EXIT_JOB,
        payload: { memberId: id },
        availableAt: await this.startOfDay(em, organizationId, effectiveOn),
      });
    }
    return this.toDto(em, saved);
  }

  private async lockForTransition(
    em: EntityManager,
    organizationId: string,
    id: string,
    step: keyof typeof TRANSITIONS,
  ): Promise<Member> {
    const member = await em.findOne(Member, { where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
    if (!member) throw new NotFoundError('member');
    const allowed: readonly MemberStatus[] = TRANSITIONS[step];
    if (!allowed.includes(member.status)) {
      throw new BusinessRuleError(
        'invalid-transition',
        `A member who is ${member.status} cannot be ${step === 'admit' ? 'admitted' : step === 'resign' ? 'resigned' : step === 'exclude' ? 'excluded' : 'recorded as deceased'}.`,
        {
          memberStatus: member.status,
        },
      );
    }
    return member;
  }

  private async find(em: EntityManager, ctx: OrgContext, id: string, lock = false): Promise<Member> {
    // a member-role user reads only their own record; anything else looks missing
    assertOwnRecord(ctx, id);
    const member = await em.findOne(Member, {
      where: { organizationId: ctx.organizationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!member) throw new NotFoundError('member');
    return member;
  }

  private async collegeId(
    em: EntityManager,
    organizationId: string,
    code: string | undefined | null,
  ): Promise<string | null> {
    if (!code) return null;
    const college = await em.findOneBy(College, { organizationId, code });
    if (!college) throw ValidationError.field('collegeCode', `no college has the code ${code}`);
    return college.id;
  }

  private fields(dto: UpdateMemberDto): Partial<Member> {
    const out: Partial<Member> = {};
    for (const [key, value] of Object.entries(dto)) {
      if (key === 'collegeCode' || value === undefined) continue;
      (out as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() : value;
    }
    return out;
  }

  private index(member: Member): void {
    member.searchText = searchTextOf(member);
    member.sortName = sortNameOf(member);
  }

  private async write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(fn);
    } catch (error) {
      if (pgCode(error) === PG.uniqueViolation && pgConstraint(error) === 'members_org_external_ref_key') {
        throw new ConflictError('external-ref-taken', 'Another member already has this externalRef.', undefined, [
          { field: 'externalRef', message: 'is already used' },
        ]);
      }
      throw error;
    }
  }

  private today(em: EntityManager, organizationId: string): Promise<string> {
    return this.repository.today(em, organizationId);
  }

  private startOfDay(em: EntityManager, organizationId: string, date: string): Promise<Date> {
    return this.repository.startOfDay(em, organizationId, date);
  }

  private async toDto(em: EntityManager, member: Member): Promise<MemberDto> {
    const code = member.collegeId ? ((await em.findOneBy(College, { id: member.collegeId }))?.code ?? null) : null;
    return toMemberDto(member, code);
  }
}

function toCollegeDto(c: College): CollegeDto {
  return { id: c.id, code: c.code, name: c.name, weightPercent: c.weightPercent };
}

export function toMemberDto(m: Member, collegeCode: string | null): MemberDto {
  return {
    id: m.id,
    kind: m.kind,
    firstName: m.firstName,
    lastName: m.lastName,
    companyName: m.companyName,
    siren: m.siren,
    legalRepresentative: m.legalRepresentative,
    email: m.email,
    phone: m.phone,
    addressLine1: m.addressLine1,
    addressLine2: m.addressLine2,
    postalCode: m.postalCode,
    city: m.city,
    country: m.country,
    iban: m.iban,
    collegeCode,
    externalRef: m.externalRef,
    eConsent: m.eConsent,
    associateType: m.associateType,
    cooperativeSociety: m.cooperativeSociety,
    scicCategory: m.scicCategory,
    status: m.status,
    membershipNumber: m.membershipNumber,
    admittedOn: m.admittedOn,
    admissionDecisionRef: m.admissionDecisionRef,
    exitOn: m.exitOn,
    exitDecisionRef: m.exitDecisionRef,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}
