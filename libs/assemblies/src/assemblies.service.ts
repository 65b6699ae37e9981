import { Injectable, OnModuleInit } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, ConflictError, ValidationError } from '@socius/core';
import { OutboxService } from '@socius/jobs';
import { MembersService } from '@socius/members';
import { Organization } from '@socius/organizations';
import { organizationReader, WebhookEvents } from '@socius/webhooks';
import { DataSource } from 'typeorm';
import { findAssembly, findResolution, proxyCapOf } from './assembly-lookups';
import {
  AssemblyDto,
  AssemblyListDto,
  CreateAssemblyDto,
  CreateResolutionDto,
  ResolutionDto,
  ResolutionListDto,
  SecondConvocationDto,
} from './dto/assembly.dto';
import { Assembly } from './entities/assembly.entity';
import { Resolution } from './entities/resolution.entity';
import { defaultMajorityBase, isScop, legalMinimum } from './legal-rules';
import { ResolutionsRepository } from './resolutions.repository';

export const OPEN_RESOLUTION_JOB = 'assemblies.open-resolution';
export const CLOSE_RESOLUTION_JOB = 'assemblies.close-resolution';

/** Legal forms whose members vote one member one vote: a vote weighted by shares is refused. */
export const COOPERATIVE_FORMS = ['SCIC_SAS', 'SCIC_SA', 'SCIC_SARL', 'SCOP_SA', 'SCOP_SARL', 'SA_COOP'];

/**
 * Assemblies and their resolutions as the admin sets them up: the legal defaults and warnings of
 * each decision, and the jobs that open and close each vote on time (resolution-lifecycle.service.ts).
 */
@Injectable()
export class AssembliesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly members: MembersService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly webhookEvents: WebhookEvents,
    private readonly resolutionsRepository: ResolutionsRepository,
  ) {}

  onModuleInit(): void {
    this.webhookEvents.describe('resolution', (organizationId, id) =>
      this.resolution(organizationReader(organizationId), id),
    );
  }

  // ---- assemblies ------------------------------------------------------------------------

  async create(ctx: OrgContext, dto: CreateAssemblyDto): Promise<AssemblyDto> {
    return this.dataSource.transaction(async (em) => {
      const org = await em.findOneByOrFail(Organization, { id: ctx.organizationId });
      if (dto.weighting === 'per_share' && COOPERATIVE_FORMS.includes(org.legalForm)) {
        throw new BusinessRuleError(
          'per-share-vote-refused',
          `A ${org.legalForm} votes one member one vote (loi 47-1775 art. 9): a vote weighted by shares is not allowed.`,
          undefined,
          [{ field: 'weighting', message: 'per_share is not allowed for a cooperative' }],
        );
      }
      const warnings: string[] = [];
      // an extraordinary assembly's second convocation keeps the form's legal quorum unless lowered
      const legal = legalMinimum(org.legalForm, true);
      const secondQuorum =
        dto.secondConvocationQuorumPercent ?? (dto.kind === 'extraordinary' ? legal.secondQuorumPercent : 0);
      if (dto.kind === 'extraordinary' && secondQuorum < legal.secondQuorumPercent)
        warnings.push(
          `secondConvocationQuorumPercent ${secondQuorum} % is below the legal ${legal.secondQuorumPercent} % of an extraordinary assembly on second convocation (${legal.source})`,
        );
      // loi 78-763: a SCOP's statutes must cap proxies by the legal rule, its default here
      const proxyCapRule = dto.proxyCapRule ?? (isScop(org.legalForm) ? 'scop' : 'fixed');
      if (isScop(org.legalForm) && proxyCapRule === 'fixed') {
        const legalCap = await proxyCapOf(em, {
          organizationId: ctx.organizationId,
          proxyCapRule: 'scop',
        } as Assembly);
        if ((dto.maxProxiesPerHolder ?? 1) > legalCap)
          warnings.push(
            `maxProxiesPerHolder ${dto.maxProxiesPerHolder ?? 1} is above the ${legalCap} proxies loi 78-763 allows a SCOP member today (proxyCapRule "scop" applies it)`,
          );
      }
      if (org.legalForm.startsWith('SCIC')) {
        const categories = await this.members.scicCategories(ctx.organizationId, em);
        for (const problem of categories.problems)
          warnings.push(`SCIC categories of associates (loi 47-1775 art. 19 septies): ${problem}`);
      }
      const assembly = await em.save(
        em.create(Assembly, {
          organizationId: ctx.organizationId,
          title: dto.title.trim(),
          kind: dto.kind,
          weighting: dto.weighting,
          secret: dto.secret,
          allowVoteChange: dto.allowVoteChange ?? false,
          maxProxiesPerHolder: dto.maxProxiesPerHolder ?? 1,
          proxyCapRule,
          secondConvocationQuorumPercent: secondQuorum,
          place: dto.place?.trim() ?? null,
          convocationMethod: dto.convocationMethod?.trim() ?? null,
        }),
      );
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'assembly.created',
        entityType: 'assembly',
        entityId: assembly.id,
        changes: { ...dto, ...(warnings.length ? { warnings } : {}) },
      });
      return { ...toAssemblyDto(assembly), warnings };
    });
  }

  async list(ctx: OrgContext): Promise<AssemblyListDto> {
    const items = (
      await this.dataSource
        .getRepository(Assembly)
        .find({ where: { organizationId: ctx.organizationId }, order: { createdAt: 'DESC' } })
    ).map(toAssemblyDto);
    return { items, total: items.length, nextCursor: null };
  }

  async get(ctx: OrgContext, id: string): Promise<AssemblyDto> {
    return toAssemblyDto(await findAssembly(this.dataSource.manager, ctx.organizationId, id));
  }

  // ---- resolutions -----------------------------------------------------------------------

  /** A resolution opens and closes by itself at its times (scheduled jobs), or by hand before. */
  async addResolution(
    ctx: OrgContext,
    assemblyId: string,
    dto: CreateResolutionDto,
    secondConvocationOf: string | null = null,
  ): Promise<ResolutionDto> {
    if (dto.closesAt <= dto.opensAt) throw ValidationError.field('closesAt', 'must be after opensAt');
    if (dto.closesAt.getTime() <= Date.now()) throw ValidationError.field('closesAt', 'must be in the future');
    const election = dto.candidates !== undefined;
    if (election !== (dto.seats !== undefined))
      throw ValidationError.field(election ? 'seats' : 'candidates', 'an election needs both candidates and seats');
    if (election && new Set(dto.candidates!.map((c) => c.key)).size !== dto.candidates!.length)
      throw ValidationError.field('candidates', 'keys must be unique');
    if (election && dto.candidates!.some((c) => c.key === 'abstain'))
      throw ValidationError.field('candidates', '"abstain" is reserved');
    return this.dataSource.transaction(async (em) => {
      const assembly = await findAssembly(em, ctx.organizationId, assemblyId, true);
      const org = await em.findOneByOrFail(Organization, { id: ctx.organizationId });
      if (dto.amendsStatutes && assembly.kind === 'ordinary')
        throw new BusinessRuleError(
          'statute-amendment-in-ordinary-assembly',
          'Amending the statutes is an extraordinary decision (C. com. L225-96, L223-30): it cannot be voted in an ordinary assembly. Put it to an extraordinary (or permanent) assembly.',
          { assemblyKind: assembly.kind },
          [{ field: 'amendsStatutes', message: 'cannot be voted in an ordinary assembly' }],
        );
      // the legal minimums of the decision's kind: its defaults, and a warning when set lower
      const extraordinary = assembly.kind === 'extraordinary' || !!dto.amendsStatutes;
      const legal = legalMinimum(org.legalForm, extraordinary);
      const legalQuorum = secondConvocationOf ? legal.secondQuorumPercent : legal.quorumPercent;
      const majority = dto.majority ?? legal.majority;
      const quorumPercent = dto.quorumPercent ?? legalQuorum;
      const decision = extraordinary ? 'an extraordinary decision' : 'an ordinary decision';
      const warnings: string[] = [];
      if (majority === 'simple' && legal.majority === 'two_thirds')
        warnings.push(`majority "simple" is below the two thirds the law requires for ${decision} (${legal.source})`);
      if (quorumPercent < legalQuorum)
        warnings.push(
          `quorumPercent ${quorumPercent} % is below the legal ${legalQuorum} % of ${decision}${secondConvocationOf ? ' on second convocation' : ''} (${legal.source})`,
        );
      if (secondConvocationOf) {
        // checked again under the assembly's lock: of racing second convocations, one is created
        const taken = await this.resolutionsRepository.secondConvocationOf(em, ctx.organizationId, secondConvocationOf);
        if (taken)
          throw new ConflictError(
            'second-convocation-exists',
            'This resolution was already put on second convocation.',
            {
              resolutionId: taken.id,
            },
          );
      }
      const n = await this.resolutionsRepository.nextNumber(em, ctx.organizationId, assembly.id);
      const resolution = await em.save(
        em.create(Resolution, {
          organizationId: ctx.organizationId,
          assemblyId: assembly.id,
          number: n,
          title: dto.title.trim(),
          text: dto.text.trim(),
          kind: election ? 'election' : 'motion',
          candidates: dto.candidates ?? [],
          seats: dto.seats ?? null,
          majority,
          quorumPercent,
          amendsStatutes: !!dto.amendsStatutes,
          majorityBase: org.majorityBase ?? defaultMajorityBase(org.legalForm),
          opensAt: dto.opensAt,
          closesAt: dto.closesAt,
          secondConvocationOf,
        }),
      );
      await this.outbox.enqueue(em, {
        organizationId: ctx.organizationId,
        queue: 'default',
        name: OPEN_RESOLUTION_JOB,
        payload: { resolutionId: resolution.id },
        availableAt: dto.opensAt,
      });
      await this.outbox.enqueue(em, {
        organizationId: ctx.organizationId,
        queue: 'default',
        name: CLOSE_RESOLUTION_JOB,
        payload: { resolutionId: resolution.id },
        availableAt: dto.closesAt,
      });
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'resolution.created',
        entityType: 'resolution',
        entityId: resolution.id,
        changes: {
          assemblyId,
          number: n,
          title: resolution.title,
          majority,
          quorumPercent,
          amendsStatutes: resolution.amendsStatutes,
          majorityBase: resolution.majorityBase,
          opensAt: dto.opensAt,
          closesAt: dto.closesAt,
          secondConvocationOf,
          ...(warnings.length ? { warnings } : {}),
        },
      });
      return { ...toResolutionDto(resolution), warnings };
    });
  }

  async resolutions(ctx: OrgContext, assemblyId: string): Promise<ResolutionListDto> {
    await findAssembly(this.dataSource.manager, ctx.organizationId, assemblyId);
    const items = (
      await this.dataSource
        .getRepository(Resolution)
        .find({ where: { organizationId: ctx.organizationId, assemblyId }, order: { number: 'ASC' } })
    ).map(toResolutionDto);
    return { items, total: items.length, nextCursor: null };
  }

  async resolution(ctx: OrgContext, id: string): Promise<ResolutionDto> {
    return toResolutionDto(await findResolution(this.dataSource.manager, ctx.organizationId, id));
  }

  /** Puts a resolution that failed its quorum again, with the statutes' second-convocation quorum. */
  async secondConvocation(ctx: OrgContext, id: string, dto: SecondConvocationDto): Promise<ResolutionDto> {
    const first = await findResolution(this.dataSource.manager, ctx.organizationId, id);
    if (first.status !== 'closed' || first.outcome !== 'no_quorum')
      throw new BusinessRuleError(
        'quorum-not-failed',
        'Only a closed resolution that failed its quorum can be put on second convocation.',
        { status: first.status, outcome: first.outcome },
      );
    const taken = await this.resolutionsRepository.secondConvocationOf(this.dataSource.manager, ctx.organizationId, id);
    if (taken)
      throw new ConflictError('second-convocation-exists', 'This resolution was already put on second convocation.', {
        resolutionId: taken.id,
      });
    const assembly = await findAssembly(this.dataSource.manager, ctx.organizationId, first.assemblyId);
    return this.addResolution(
      ctx,
      first.assemblyId,
      {
        title: first.title,
        text: first.text,
        majority: first.majority,
        quorumPercent: assembly.secondConvocationQuorumPercent,
        amendsStatutes: first.amendsStatutes,
        opensAt: dto.opensAt,
        closesAt: dto.closesAt,
        ...(first.kind === 'election' ? { candidates: first.candidates, seats: first.seats! } : {}),
      },
      first.id,
    );
  }
}

export function toAssemblyDto(a: Assembly): AssemblyDto {
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    weighting: a.weighting,
    secret: a.secret,
    allowVoteChange: a.allowVoteChange,
    maxProxiesPerHolder: a.maxProxiesPerHolder,
    proxyCapRule: a.proxyCapRule,
    secondConvocationQuorumPercent: a.secondConvocationQuorumPercent,
    place: a.place,
    convocationMethod: a.convocationMethod,
    createdAt: a.createdAt,
  };
}

export function toResolutionDto(r: Resolution): ResolutionDto {
  return {
    id: r.id,
    assemblyId: r.assemblyId,
    number: r.number,
    title: r.title,
    text: r.text,
    kind: r.kind,
    candidates: r.candidates,
    seats: r.seats,
    majority: r.majority,
    quorumPercent: r.quorumPercent,
    amendsStatutes: r.amendsStatutes,
    majorityBase: r.majorityBase,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    status: r.status,
    outcome: r.outcome,
    eligibleCount: r.eligibleCount,
    openedAt: r.openedAt,
    closedAt: r.closedAt,
    sealHash: r.sealHash,
    secondConvocationOf: r.secondConvocationOf,
  };
}
