import { Injectable } from '@nestjs/common';
import { assertOwnRecord, type OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, ConflictError, NotFoundError } from '@socius/core';
import { PG, pgCode } from '@socius/database';
import { DataSource, EntityManager } from 'typeorm';
import {
  AcceptanceListDto,
  AcceptCharterDto,
  AcceptanceDto,
  CharterDto,
  CharterListDto,
  PendingListDto,
  PublishCharterDto,
} from './dto/charter.dto';
import { CharterAcceptance } from './entities/charter-acceptance.entity';
import { Charter } from './entities/charter.entity';
import { Member } from './entities/member.entity';
import { ChartersRepository, MissingCharterRow } from './charters.repository';
import { MembersRepository } from './members.repository';

/**
 * Versioned documents members accept (charter, statutes, internal rules). A federation admits
 * its members on acceptance of its charter: admission checks it, and each acceptance is kept
 * with its version and date.
 */
@Injectable()
export class ChartersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly repository: ChartersRepository,
    private readonly members: MembersRepository,
  ) {}

  /** Publishes the next version of a kind of document; earlier versions stay as they were. */
  async publish(ctx: OrgContext, dto: PublishCharterDto): Promise<CharterDto & { pendingCount: number }> {
    return this.dataSource.transaction(async (em) => {
      // one publisher at a time per organization and kind: versions have no gap and no duplicate
      await this.repository.lockKind(em, ctx.organizationId, dto.kind);
      const next = await this.repository.nextVersion(em, ctx.organizationId, dto.kind);
      const charter = await em.save(
        em.create(Charter, {
          organizationId: ctx.organizationId,
          kind: dto.kind,
          version: next,
          title: dto.title.trim(),
          body: dto.body,
          requiredForAdmission: dto.requiredForAdmission ?? false,
        }),
      );
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'charter.published',
        entityType: 'charter',
        entityId: charter.id,
        changes: {
          kind: dto.kind,
          version: next,
          title: charter.title,
          requiredForAdmission: charter.requiredForAdmission,
        },
      });
      const n = await this.repository.countConcerned(em, ctx.organizationId);
      return { ...toDto(charter, true), pendingCount: n };
    });
  }

  async list(ctx: OrgContext): Promise<CharterListDto> {
    const rows = await this.dataSource
      .getRepository(Charter)
      .find({ where: { organizationId: ctx.organizationId }, order: { kind: 'ASC', version: 'DESC' } });
    const latest = new Map<string, number>();
    for (const r of rows) if (!latest.has(r.kind)) latest.set(r.kind, r.version);
    const items = rows.map((r) => toDto(r, latest.get(r.kind) === r.version));
    return { items, total: items.length, nextCursor: null };
  }

  async get(ctx: OrgContext, id: string): Promise<CharterDto> {
    const charter = await this.find(this.dataSource.manager, ctx.organizationId, id);
    return { ...toDto(charter, await this.isCurrent(this.dataSource.manager, charter)), body: charter.body };
  }

  /** Who has not yet accepted this version: the list to chase after publishing one. */
  async pending(ctx: OrgContext, id: string): Promise<PendingListDto> {
    const em = this.dataSource.manager;
    const charter = await this.find(em, ctx.organizationId, id);
    const rows = await this.repository.pending(em, ctx.organizationId, id);
    return {
      charter: toDto(charter, await this.isCurrent(em, charter)),
      items: rows.map((r) => ({
        id: r.id,
        membershipNumber: r.membership_number,
        displayName:
          r.kind === 'legal_entity' ? (r.company_name ?? '') : [r.first_name, r.last_name].filter(Boolean).join(' '),
        email: r.email,
        status: r.status,
      })),
      total: rows.length,
    };
  }

  /** Records a member's acceptance; a member-role user may only accept for themselves, today. */
  async accept(ctx: OrgContext, memberId: string, dto: AcceptCharterDto): Promise<AcceptanceDto> {
    assertOwnRecord(ctx, memberId);
    return this.dataSource.transaction(async (em) => {
      const member = await em.findOneBy(Member, { organizationId: ctx.organizationId, id: memberId });
      if (!member) throw new NotFoundError('member');
      const charter = await this.find(em, ctx.organizationId, dto.charterId).catch(() => {
        throw new BusinessRuleError('unknown-charter', 'No such charter version here.', undefined, [
          { field: 'charterId', message: 'is not a charter of this organization' },
        ]);
      });
      const today = await this.members.today(em, ctx.organizationId);
      const self = ctx.role === 'member';
      const acceptedOn = self ? today : (dto.acceptedOn ?? today);
      if (acceptedOn > today)
        throw new BusinessRuleError('future-date', 'An acceptance cannot be dated in the future.', undefined, [
          { field: 'acceptedOn', message: 'is in the future' },
        ]);
      try {
        return await this.acceptIn(em, charter, memberId, acceptedOn, self ? 'member' : (dto.via ?? 'admin'));
      } catch (error) {
        if (pgCode(error) === PG.uniqueViolation)
          throw new ConflictError(
            'already-accepted',
            `This member already accepted ${charter.title} (version ${charter.version}).`,
          );
        throw error;
      }
    });
  }

  /** Records one acceptance inside the caller's transaction, with its audit entry. */
  async acceptIn(
    em: EntityManager,
    charter: Charter,
    memberId: string,
    acceptedOn: string,
    via: CharterAcceptance['via'],
  ): Promise<AcceptanceDto> {
    const saved = await em.save(
      em.create(CharterAcceptance, {
        organizationId: charter.organizationId,
        memberId,
        charterId: charter.id,
        acceptedOn,
        via,
      }),
    );
    await this.audit.record(em, {
      organizationId: charter.organizationId,
      action: 'member.charter-accepted',
      entityType: 'member',
      entityId: memberId,
      changes: { kind: charter.kind, version: charter.version, acceptedOn, via },
    });
    return toAcceptance(saved, charter);
  }

  /** The current version of each kind of document, what someone joining now accepts. */
  async currentVersions(em: EntityManager, organizationId: string): Promise<Charter[]> {
    return em
      .createQueryBuilder(Charter, 'c')
      .where('c.organizationId = :organizationId', { organizationId })
      .andWhere(
        'c.version = (SELECT max(l.version) FROM charters l WHERE l.organization_id = c.organization_id AND l.kind = c.kind)',
      )
      .orderBy('c.kind', 'ASC')
      .getMany();
  }

  async acceptances(ctx: OrgContext, memberId: string): Promise<AcceptanceListDto> {
    assertOwnRecord(ctx, memberId);
    const exists = await this.dataSource
      .getRepository(Member)
      .existsBy({ organizationId: ctx.organizationId, id: memberId });
    if (!exists) throw new NotFoundError('member');
    const rows = await this.dataSource.getRepository(CharterAcceptance).find({
      where: { organizationId: ctx.organizationId, memberId },
      relations: { charter: true },
      order: { recordedAt: 'DESC' },
    });
    return { items: rows.map((r) => toAcceptance(r, r.charter!)) };
  }

  /** For admission: the current required versions this member has not accepted. */
  async missingForAdmission(em: EntityManager, organizationId: string, memberId: string): Promise<MissingCharterRow[]> {
    return this.repository.missingForAdmission(em, organizationId, memberId);
  }

  private async find(em: EntityManager, organizationId: string, id: string): Promise<Charter> {
    const charter = await em.findOneBy(Charter, { organizationId, id });
    if (!charter) throw new NotFoundError('charter');
    return charter;
  }

  private async isCurrent(em: EntityManager, charter: Charter): Promise<boolean> {
    return (await this.repository.latestVersion(em, charter.organizationId, charter.kind)) === charter.version;
  }
}

function toDto(c: Charter, current: boolean): CharterDto {
  return {
    id: c.id,
    kind: c.kind,
    version: c.version,
    title: c.title,
    requiredForAdmission: c.requiredForAdmission,
    publishedAt: c.publishedAt,
    current,
  };
}

function toAcceptance(a: CharterAcceptance, c: Charter): AcceptanceDto {
  return {
    charterId: c.id,
    kind: c.kind,
    version: c.version,
    title: c.title,
    acceptedOn: a.acceptedOn,
    via: a.via,
    recordedAt: a.recordedAt,
  };
}
