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
import { ParticipationDto, ParticipationQuery, UpdateAssemblyDto, UpdateResolutionDto } from './dto/console.dto';

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
  ) {}

  /** Changes an assembly while none of its resolutions has opened (its settings decide how they count). */
  async updateAssembly(ctx: OrgContext, id: string, dto: UpdateAssemblyDto): Promise<AssemblyDto> {
    return this.dataSource.transaction(async (em) => {
      const assembly = await findAssembly(em, ctx.organizationId, id, true);
      const [{ started }] = await em.query(
        `SELECT count(*)::int AS started FROM resolutions WHERE organization_id = $1 AND assembly_id = $2 AND status <> 'draft'`,
        [ctx.organizationId, id],
      );
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
    const colleges: { code: string | null; eligible: number; voted: number }[] = await em.query(
      `SELECT c.code, count(*)::int AS eligible, count(p.member_id)::int AS voted
         FROM resolution_electors e
         LEFT JOIN participations p ON p.resolution_id = e.resolution_id AND p.member_id = e.member_id
         LEFT JOIN colleges c ON c.organization_id = e.organization_id AND c.id = e.college_id
        WHERE e.organization_id = $1 AND e.resolution_id = $2
        GROUP BY c.code ORDER BY c.code NULLS LAST`,
      [ctx.organizationId, id],
    );
    // names and colleges looked up by primary key for each voter of the page: a plan that stays
    // linear whatever the planner's statistics say about a co-op's members
    const voters: {
      member_id: string;
      membership_number: number | null;
      name: string;
      college: string | null;
      by_proxy: boolean;
      cast_by_name: string | null;
    }[] = await em.query(
      `SELECT p.member_id, m.membership_number, coalesce(m.company_name, concat_ws(' ', m.first_name, m.last_name)) AS name,
              (SELECT c.code FROM resolution_electors e JOIN colleges c ON c.id = e.college_id
                WHERE e.resolution_id = p.resolution_id AND e.member_id = p.member_id) AS college,
              p.cast_by_member_id <> p.member_id AS by_proxy,
              CASE WHEN p.cast_by_member_id <> p.member_id THEN
                (SELECT coalesce(h.company_name, concat_ws(' ', h.first_name, h.last_name)) FROM members h WHERE h.id = p.cast_by_member_id)
              END AS cast_by_name
         FROM participations p
         JOIN members m ON m.id = p.member_id
        WHERE p.organization_id = $1 AND p.resolution_id = $2
        ORDER BY m.membership_number NULLS LAST, m.id
        LIMIT $3 OFFSET $4`,
      [ctx.organizationId, id, page.limit ?? 100, page.offset ?? 0],
    );
    const [{ voters: votersCount, proxies }] = await em.query(
      `SELECT count(*)::int AS voters, count(*) FILTER (WHERE cast_by_member_id <> member_id)::int AS proxies
         FROM participations WHERE organization_id = $1 AND resolution_id = $2`,
      [ctx.organizationId, id],
    );
    return {
      resolutionId: id,
      status: resolution.status,
      eligibleCount: colleges.reduce((n, c) => n + c.eligible, 0),
      votersCount,
      proxyVotes: proxies,
      colleges,
      voters: voters.map((v) => ({
        memberId: v.member_id,
        membershipNumber: v.membership_number,
        name: v.name,
        college: v.college,
        byProxy: v.by_proxy,
        castByName: v.cast_by_name,
      })),
    };
  }
}
