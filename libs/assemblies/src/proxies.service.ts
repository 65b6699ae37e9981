import { Injectable } from '@nestjs/common';
import { assertOwnRecord, type OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, ConflictError, NotFoundError, ValidationError } from '@socius/core';
import { Member } from '@socius/members';
import { DataSource } from 'typeorm';
import { findAssembly, proxyCapOf } from './assembly-lookups';
import { GrantProxyDto, ProxyDto, ProxyListDto } from './dto/assembly.dto';
import { Proxy } from './entities/voting.entity';
import { ProxiesRepository } from './proxies.repository';

/** Proxies between members of an assembly: given, capped, revoked; a member sees only their own. */
@Injectable()
export class ProxiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly proxiesRepository: ProxiesRepository,
  ) {}

  /** A proxy between two members of the assembly; the holder's cap is checked now and again when voting. */
  async grantProxy(ctx: OrgContext, assemblyId: string, dto: GrantProxyDto): Promise<ProxyDto> {
    assertOwnRecord(ctx, dto.grantorMemberId);
    if (dto.grantorMemberId === dto.holderMemberId)
      throw ValidationError.field('holderMemberId', 'must differ from the grantor');
    try {
      return await this.dataSource.transaction(async (em) => {
        const assembly = await findAssembly(em, ctx.organizationId, assemblyId, true);
        for (const [field, id] of [
          ['grantorMemberId', dto.grantorMemberId],
          ['holderMemberId', dto.holderMemberId],
        ] as const) {
          const m = await em.findOne(Member, {
            select: { status: true },
            where: { organizationId: ctx.organizationId, id },
          });
          if (!m) throw ValidationError.field(field, 'no member has this id here');
          if (m.status !== 'active')
            throw new BusinessRuleError(
              'member-not-active',
              `Only active members give or hold proxies; this one is ${m.status}.`,
              undefined,
              [{ field, message: `is ${m.status}` }],
            );
        }
        const cap = await proxyCapOf(em, assembly);
        const held = await this.proxiesRepository.heldCount(em, assembly.id, dto.holderMemberId);
        if (held >= cap) {
          throw new BusinessRuleError(
            'proxy-cap',
            cap === 0
              ? 'This assembly allows no proxies.'
              : `A member may hold at most ${cap} proxies in this assembly; this one holds ${held}.`,
            { cap, held },
            [{ field: 'holderMemberId', message: `holds the maximum of ${cap} proxies` }],
          );
        }
        const proxy = await em.save(
          em.create(Proxy, {
            organizationId: ctx.organizationId,
            assemblyId: assembly.id,
            grantorMemberId: dto.grantorMemberId,
            holderMemberId: dto.holderMemberId,
          }),
        );
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'proxy.granted',
          entityType: 'assembly',
          entityId: assembly.id,
          changes: { proxyId: proxy.id, ...dto },
        });
        return toProxyDto(proxy);
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw new ConflictError(
          'proxy-exists',
          'This member already gave a proxy for this assembly: revoke it first.',
          undefined,
          [{ field: 'grantorMemberId', message: 'already gave a proxy' }],
        );
      }
      throw error;
    }
  }

  async revokeProxy(ctx: OrgContext, proxyId: string): Promise<ProxyDto> {
    return this.dataSource.transaction(async (em) => {
      const proxy = await em.findOne(Proxy, {
        where: { organizationId: ctx.organizationId, id: proxyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!proxy) throw new NotFoundError('proxy');
      assertOwnRecord(ctx, proxy.grantorMemberId, 'proxy');
      if (!proxy.revokedAt) {
        proxy.revokedAt = new Date();
        await em.save(proxy);
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'proxy.revoked',
          entityType: 'assembly',
          entityId: proxy.assemblyId,
          changes: { proxyId },
        });
      }
      return toProxyDto(proxy);
    });
  }

  async proxies(ctx: OrgContext, assemblyId: string): Promise<ProxyListDto> {
    await findAssembly(this.dataSource.manager, ctx.organizationId, assemblyId);
    const where = ctx.role === 'member' ? `AND (grantor_member_id = $3 OR holder_member_id = $3)` : '';
    const rows = await this.dataSource
      .getRepository(Proxy)
      .createQueryBuilder('p')
      .where(`p.organization_id = :org AND p.assembly_id = :a ${where.replaceAll('$3', ':m')}`, {
        org: ctx.organizationId,
        a: assemblyId,
        m: ctx.memberId,
      })
      .orderBy('p.created_at')
      .getMany();
    return { items: rows.map(toProxyDto), total: rows.length, nextCursor: null };
  }

  async myProxies(ctx: OrgContext): Promise<ProxyListDto> {
    const rows = await this.dataSource
      .getRepository(Proxy)
      .createQueryBuilder('p')
      .where('p.organization_id = :org AND (p.grantor_member_id = :m OR p.holder_member_id = :m)', {
        org: ctx.organizationId,
        m: ctx.memberId ?? '00000000-0000-0000-0000-000000000000',
      })
      .orderBy('p.created_at')
      .getMany();
    return { items: rows.map(toProxyDto), total: rows.length, nextCursor: null };
  }
}

function toProxyDto(p: Proxy): ProxyDto {
  return {
    id: p.id,
    assemblyId: p.assemblyId,
    grantorMemberId: p.grantorMemberId,
    holderMemberId: p.holderMemberId,
    createdAt: p.createdAt,
    revokedAt: p.revokedAt,
  };
}
