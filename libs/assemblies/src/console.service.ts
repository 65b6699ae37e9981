import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, ValidationError } from '@socius/core';
import { OutboxService } from '@socius/jobs';
import { Organization } from '@socius/organizations';
import { DataSource } from 'typeorm';
import {
  CLOSE_RESOLUTION_JOB,
  COOPERATIVE_FORMS,
  OPEN_RESOLUTION_JOB,
  toAssemblyDto,
  toResolutionDto,
} from './assemblies.service';
import { findAssembly, findResolution } from './assembly-lookups';
import { AssemblyDto, ResolutionDto } from './dto/assembly.dto';
import { BallotsRepository } from './ballots.repository';
import { ParticipationDto, ParticipationQuery, UpdateAssemblyDto, UpdateResolutionDto } from './dto/console.dto';
import { ElectoratesRepository } from './electorates.repository';
import { ResolutionsRepository } from './resolutions.repository';

/**
 * What the administrators' console needs besides the votes themselves: changing an assembly or a
 * resolution before anything has opened, and the attendance of a vote while it runs.
 */
@Injectable()
export class AssembliesConsoleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly resolutionsRepository: ResolutionsRepository,
    private readonly electorates: ElectoratesRepository,
    private readonly ballots: BallotsRepository,
  ) {}

  /** Changes an assembly while none of its resolutions has opened (its settings decide how they count). */
  async updateAssembly(ctx: OrgContext, id: string, dto: UpdateAssemblyDto): Promise<AssemblyDto> {
    return this.dataSource.transaction(async (em) => {
      const assembly = await findAssembly(em, ctx.organizationId, id, true);
      const started = await this.resolutionsRepository.startedCount(em, ctx.organizationId, id);
      if (started > 0)
        throw new BusinessRuleError(
          'assembly-started',
          'A vote of this assembly has opened: its settings can no longer change.',
          { opened: started },
        );
      if (dto.weighting === 'per_share') {
        const org = await em.findOneByOrFail(Organization, { id: ctx.organizationId });
        if (COOPERATIVE_FORMS.includes(org.legalForm))
          throw new BusinessRuleError(
            'per-share-vote-refused',
            `A ${org.legalForm} votes one member one vote (loi 47-1775 art. 9): a vote weighted by shares is not allowed.`,
            undefined,
            [{ field: 'weighting', message: 'per_share is not allowed for a cooperative' }],
          );
      }
      const { place, convocationMethod, title, ...rest } = dto;
      Object.assign(assembly, rest);
      if (title !== undefined) assembly.title = title.trim();
      if (place !== undefined) assembly.place = place.trim() || null;
      if (convocationMethod !== undefined) assembly.convocationMethod = convocationMethod.trim() || null;
      await em.save(assembly);
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'assembly.updated',
        entityType: 'assembly',
        entityId: id,
        changes: { ...dto },
      });
      return toAssemblyDto(assembly);
    });
  }

  /**
   * Changes a draft resolution. New times get their own opening and closing jobs: the jobs of the
   * old times find the resolution already open or closed, or reschedule themselves, so they do nothing wrong.
   */
  async updateResolution(ctx: OrgContext, id: string, dto: UpdateResolutionDto): Promise<ResolutionDto> {
    return this.dataSource.transaction(async (em) => {
      const resolution = await findResolution(em, ctx.organizationId, id, true);
      if (resolution.status !== 'draft')
        throw new BusinessRuleError(
          'invalid-transition',
          `This resolution is ${resolution.status}: only a draft can be changed.`,
          { status: resolution.status },
        );
      const opensAt = dto.opensAt ?? resolution.opensAt;
      const closesAt = dto.closesAt ?? resolution.closesAt;
      if (closesAt <= opensAt) throw ValidationError.field('closesAt', 'must be after opensAt');
      if (closesAt.getTime() <= Date.now()) throw ValidationError.field('closesAt', 'must be in the future');
      const moved =
        opensAt.getTime() !== resolution.opensAt.getTime() || closesAt.getTime() !== resolution.closesAt.getTime();
      if (dto.title !== undefined) resolution.title = dto.title.trim();
      if (dto.text !== undefined) resolution.text = dto.text.trim();
      if (dto.majority !== undefined) resolution.majority = dto.majority;
      if (dto.quorumPercent !== undefined) resolution.quorumPercent = dto.quorumPercent;
      resolution.opensAt = opensAt;
      resolution.closesAt = closesAt;
      await em.save(resolution);
      if (moved) {
        for (const [name, at] of [
          [OPEN_RESOLUTION_JOB, opensAt],
          [CLOSE_RESOLUTION_JOB, closesAt],
        ] as const)
          await this.outbox.enqueue(em, {
            organizationId: ctx.organizationId,
            queue: 'default',
            name,
            payload: { resolutionId: id },
            availableAt: at,
          });
      }
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'resolution.updated',
        entityType: 'resolution',
        entityId: id,
        changes: { ...dto },
      });
      return toResolutionDto(resolution);
    });
  }

  /**
   * Who has voted on a resolution, by college and by name — read from the participations (the
   * attendance sheet), which hold no choice; the ballots are never read here.
   */
  async participation(ctx: OrgContext, id: string, page: ParticipationQuery = {}): Promise<ParticipationDto> {
    const em = this.dataSource.manager;
    const resolution = await findResolution(em, ctx.organizationId, id);
    if (resolution.status === 'draft')
      throw new BusinessRuleError(
        'resolution-not-open',
        'This resolution has not opened: its electorate is fixed when it opens.',
        { status: resolution.status },
      );
    const colleges = await this.electorates.attendanceByCollege(em, ctx.organizationId, id);
    const voters = await this.ballots.attendancePage(em, ctx.organizationId, id, page.limit ?? 100, page.offset ?? 0);
    const { voters: votersCount, proxies } = await this.ballots.attendanceCounts(em, ctx.organizationId, id);
    return {
      resolutionId: id,
      status: resolution.status,
      eligibleCount: colleges.reduce((n, c) => n + c.eligible, 0),
      votersCount,
      proxyVotes: proxies,
      colleges,
      voters,
    };
  }
}
