import { Injectable } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import type { OrgContext } from '@socius/auth';
import { ConflictError, NotFoundError, ValidationError } from '@socius/core';
import { PG, pgCode, pgConstraint } from '@socius/database';
import { DataSource, EntityManager } from 'typeorm';
import { ExternalRefDto, ExternalRefMatchDto, PLATFORM_PATTERN } from './dto/external-ref.dto';
import { ExternalRefsRepository } from './external-refs.repository';

/**
 * A member's ids on other platforms: one per platform, and on a platform one member per id, so a
 * platform's webhook or import can find the member it means.
 */
@Injectable()
export class ExternalRefsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly refs: ExternalRefsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(em: EntityManager, organizationId: string, memberId: string): Promise<ExternalRefDto[]> {
    return this.refs.list(em, organizationId, memberId);
  }

  /** Sets (or replaces) the member's id on the platform; 409 when another member has that id there. */
  async set(ctx: OrgContext, memberId: string, platform: string, externalId: string): Promise<ExternalRefDto> {
    checkPlatform(platform);
    try {
      return await this.dataSource.transaction(async (em) => {
        await this.member(em, ctx.organizationId, memberId);
        const row = await this.refs.upsert(em, ctx.organizationId, memberId, platform, externalId);
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'member.external-ref.set',
          entityType: 'member',
          entityId: memberId,
          changes: { platform, externalId },
        });
        return row;
      });
    } catch (error) {
      if (pgCode(error) === PG.uniqueViolation && pgConstraint(error) === 'member_external_refs_platform_key')
        throw new ConflictError('external-ref-taken', `Another member already has this id on ${platform}.`, undefined, [
          { field: 'externalId', message: 'is already used on this platform' },
        ]);
      throw error;
    }
  }

  async remove(ctx: OrgContext, memberId: string, platform: string): Promise<void> {
    checkPlatform(platform);
    await this.dataSource.transaction(async (em) => {
      await this.member(em, ctx.organizationId, memberId);
      if (!(await this.refs.remove(em, ctx.organizationId, memberId, platform)))
        throw new NotFoundError('external reference');
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'member.external-ref.removed',
        entityType: 'member',
        entityId: memberId,
        changes: { platform },
      });
    });
  }

  async find(ctx: OrgContext, platform: string, externalId: string): Promise<ExternalRefMatchDto> {
    checkPlatform(platform);
    const row = await this.refs.find(this.dataSource.manager, ctx.organizationId, platform, externalId);
    if (!row) throw new NotFoundError('member with this external reference');
    return row;
  }

  /** The erasure: a departed member's ids elsewhere go with their name. */
  async eraseMember(em: EntityManager, organizationId: string, memberId: string): Promise<void> {
    await this.refs.removeAll(em, organizationId, memberId);
  }

  private async member(em: EntityManager, organizationId: string, memberId: string): Promise<void> {
    if (!(await this.refs.memberExists(em, organizationId, memberId))) throw new NotFoundError('member');
  }
}

function checkPlatform(platform: string): void {
  if (!PLATFORM_PATTERN.test(platform))
    throw ValidationError.field('platform', 'must be lower case letters, digits, ".", "_" or "-" (40 at most)');
}
