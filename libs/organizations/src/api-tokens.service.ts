import { Injectable } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import { ApiTokenIdentity, ApiTokenResolver, apiTokenHash, newApiToken, OrgContext } from '@socius/auth';
import { NotFoundError, ValidationError } from '@socius/core';
import { DataSource, IsNull } from 'typeorm';
import { ApiTokenDto, ApiTokenListDto, CreateApiTokenDto, CreatedApiTokenDto } from './dto/api-token.dto';
import { ApiTokensRepository } from './api-tokens.repository';
import { ApiToken } from './entities/api-token.entity';

/** `last_used_at` is written at most this often, not on every request. */
const NOTE_USE_EVERY_MS = 60_000;

/** An organization's API tokens: created by its admins, shown once, revoked at once (PRODUCT.md §7). */
@Injectable()
export class ApiTokensService extends ApiTokenResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly repository: ApiTokensRepository,
  ) {
    super();
  }

  async create(ctx: OrgContext, dto: CreateApiTokenDto): Promise<CreatedApiTokenDto> {
    const expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now())
      throw ValidationError.field('expiresAt', 'must be in the future');
    const { token, secretHash } = newApiToken();
    return this.dataSource.transaction(async (em) => {
      const row = await em.save(
        em.create(ApiToken, {
          organizationId: ctx.organizationId,
          name: dto.name.trim(),
          scopes: dto.scopes,
          secretHash,
          createdByUserId: ctx.userId,
          expiresAt,
        }),
      );
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'api-token.created',
        entityType: 'api-token',
        entityId: row.id,
        changes: { name: row.name, scopes: row.scopes, expiresAt: expiresAt?.toISOString() ?? null },
      });
      return { ...toDto(row), token };
    });
  }

  /** The live tokens (expired ones included, revoked ones not), newest first; never their secret. */
  async list(ctx: OrgContext): Promise<ApiTokenListDto> {
    const rows = await this.dataSource.getRepository(ApiToken).find({
      where: { organizationId: ctx.organizationId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return { items: rows.map(toDto) };
  }

  /** Revokes a token: its next request is refused. */
  async revoke(ctx: OrgContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const result = await em.update(
        ApiToken,
        { id, organizationId: ctx.organizationId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected) throw new NotFoundError('api-token');
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'api-token.revoked',
        entityType: 'api-token',
        entityId: id,
      });
    });
  }

  async resolve(token: string): Promise<ApiTokenIdentity | null> {
    const em = this.dataSource.manager;
    const row = await this.repository.findActiveByHash(em, apiTokenHash(token));
    if (!row) return null;
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() >= NOTE_USE_EVERY_MS)
      await this.repository.noteUse(em, row.id);
    return { id: row.id, organizationId: row.organization_id, slug: row.slug, scopes: row.scopes };
  }
}

function toDto(row: ApiToken): ApiTokenDto {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
  };
}
