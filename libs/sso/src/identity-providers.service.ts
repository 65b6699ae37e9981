import { Inject, Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { SecretBox } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { APP_CONFIG, AppConfig, BusinessRuleError, NotFoundError, ValidationError } from '@socius/core';
import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import {
  CreateIdentityProviderDto,
  IdentityProviderDto,
  IdentityProviderListDto,
  SsoButtonListDto,
  UpdateIdentityProviderDto,
} from './dto/identity-provider.dto';
import { IdentityProvider } from './entities/identity-provider.entity';
import { SsoRepository } from './sso.repository';

/** An organization has at most this many providers (a sign-in page is no directory). */
const MAX_PROVIDERS = 10;
/** A discovered configuration is used this long before the provider's document is read again. */
const DISCOVERY_CACHE_MS = 60 * 60_000;

/** The identity providers of organizations: the admins' routes, and the provider configurations sign-in uses. */
@Injectable()
export class IdentityProvidersService {
  private readonly secrets: SecretBox;
  private readonly configurations = new Map<string, { key: string; at: number; config: oidc.Configuration }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SsoRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.secrets = new SecretBox(config.JWT_SECRET, 'sso-client-secret');
  }

  /** The one address every provider sends people back to (registered at the provider). */
  get redirectUri(): string {
    return new URL('/v1/auth/sso/callback', this.config.PUBLIC_URL).href;
  }

  async create(ctx: OrgContext, dto: CreateIdentityProviderDto): Promise<IdentityProviderDto> {
    const issuer = this.issuerOf(dto.issuer);
    await this.discover(issuer, dto.clientId, dto.clientSecret);
    return this.dataSource.transaction(async (em) => {
      if ((await this.repository.countProviders(em, ctx.organizationId)) >= MAX_PROVIDERS)
        throw new BusinessRuleError(
          'too-many-identity-providers',
          `An organization has at most ${MAX_PROVIDERS} identity providers.`,
        );
      const id = randomUUID();
      const provider = await em.save(
        em.create(IdentityProvider, {
          id,
          organizationId: ctx.organizationId,
          name: dto.name.trim(),
          issuer,
          clientId: dto.clientId,
          clientSecret: this.secrets.seal(dto.clientSecret, id),
        }),
      );
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'identity-provider.created',
        entityType: 'identity-provider',
        entityId: id,
        changes: { name: provider.name, issuer, clientId: dto.clientId },
      });
      return this.toDto(provider);
    });
  }

  async list(ctx: OrgContext): Promise<IdentityProviderListDto> {
    const rows = await this.dataSource.getRepository(IdentityProvider).find({
      where: { organizationId: ctx.organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { items: rows.map((row) => this.toDto(row)), total: rows.length, nextCursor: null };
  }

  async get(ctx: OrgContext, id: string): Promise<IdentityProviderDto> {
    return this.toDto(await this.find(this.dataSource.manager, ctx.organizationId, id));
  }

  /** A changed issuer, client id or secret is checked against the provider's discovery document first. */
  async update(ctx: OrgContext, id: string, dto: UpdateIdentityProviderDto): Promise<IdentityProviderDto> {
    return this.dataSource.transaction(async (em) => {
      const provider = await this.find(em, ctx.organizationId, id, true);
      const issuer = dto.issuer !== undefined ? this.issuerOf(dto.issuer) : provider.issuer;
      const clientId = dto.clientId ?? provider.clientId;
      const changes: Record<string, unknown> = {};
      if (dto.issuer !== undefined || dto.clientId !== undefined || dto.clientSecret !== undefined) {
        await this.discover(issuer, clientId, dto.clientSecret ?? this.secrets.open(provider.clientSecret, id));
        if (issuer !== provider.issuer) changes.issuer = provider.issuer = issuer;
        if (clientId !== provider.clientId) changes.clientId = provider.clientId = clientId;
        if (dto.clientSecret !== undefined) {
          provider.clientSecret = this.secrets.seal(dto.clientSecret, id);
          changes.clientSecret = 'changed';
        }
      }
      if (dto.name !== undefined && dto.name.trim() !== provider.name) changes.name = provider.name = dto.name.trim();
      if (dto.enabled !== undefined && dto.enabled !== provider.enabled) {
        if (!dto.enabled) await this.assertNotLastRequired(em, ctx.organizationId, id);
        changes.enabled = provider.enabled = dto.enabled;
      }
      const saved = await em.save(provider);
      this.configurations.delete(id);
      if (Object.keys(changes).length)
        await this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'identity-provider.updated',
          entityType: 'identity-provider',
          entityId: id,
          changes,
        });
      return this.toDto(saved);
    });
  }

  /** Deletes the provider and the links of its people to their accounts (their sessions stay until they end). */
  async remove(ctx: OrgContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const provider = await this.find(em, ctx.organizationId, id, true);
      await this.assertNotLastRequired(em, ctx.organizationId, id);
      await em.delete(IdentityProvider, { id });
      this.configurations.delete(id);
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'identity-provider.deleted',
        entityType: 'identity-provider',
        entityId: id,
        changes: { name: provider.name, issuer: provider.issuer },
      });
    });
  }

  /** The sign-in buttons of an organization (public: its sign-in page shows them). */
  async buttons(slug: string): Promise<SsoButtonListDto> {
    const rows = await this.repository.buttons(this.dataSource.manager, slug);
    return {
      items: rows.map((row) => ({ ...row, startUrl: `/v1/auth/sso/${slug}/${row.id}/start` })),
    };
  }

  /** An enabled provider of the organization `slug`, or null. */
  async findEnabled(slug: string, id: string): Promise<IdentityProvider | null> {
    return this.dataSource
      .getRepository(IdentityProvider)
      .createQueryBuilder('p')
      .innerJoin('p.organization', 'o')
      .where('o.slug = :slug AND p.id = :id AND p.enabled', { slug, id })
      .getOne();
  }

  /** The provider's client configuration, discovered again after DISCOVERY_CACHE_MS or a change. */
  async configuration(provider: IdentityProvider): Promise<oidc.Configuration> {
    const key = `${provider.issuer} ${provider.clientId} ${provider.updatedAt.toISOString()}`;
    const cached = this.configurations.get(provider.id);
    if (cached && cached.key === key && Date.now() - cached.at < DISCOVERY_CACHE_MS) return cached.config;
    const config = await this.discover(
      provider.issuer,
      provider.clientId,
      this.secrets.open(provider.clientSecret, provider.id),
    );
    this.configurations.set(provider.id, { key, at: Date.now(), config });
    return config;
  }

  /** Reads the issuer's discovery document; whatever is wrong with it is a 400 on `issuer`. */
  private async discover(issuer: string, clientId: string, clientSecret: string): Promise<oidc.Configuration> {
    try {
      return await oidc.discovery(new URL(issuer), clientId, clientSecret, undefined, {
        timeout: 10,
        ...(this.config.SSO_ALLOW_HTTP_ISSUERS ? { execute: [oidc.allowInsecureRequests] } : {}),
      });
    } catch (error) {
      throw ValidationError.field(
        'issuer',
        `its discovery document (${issuer.replace(/\/$/, '')}/.well-known/openid-configuration) could not be used: ${(error as Error).message}`,
      );
    }
  }

  /** An absolute `https://` URL (`http://` when SSO_ALLOW_HTTP_ISSUERS), without a query or fragment. */
  private issuerOf(value: string): string {
    let url: URL;
    try {
      url = new URL(value.trim());
    } catch {
      throw ValidationError.field('issuer', 'is not an absolute URL');
    }
    const allowed = this.config.SSO_ALLOW_HTTP_ISSUERS ? ['https:', 'http:'] : ['https:'];
    if (!allowed.includes(url.protocol)) throw ValidationError.field('issuer', 'must start with https://');
    if (url.search || url.hash || url.username) throw ValidationError.field('issuer', 'has no query, fragment or user');
    return value.trim();
  }

  /** While single sign-on is required, its last enabled provider stays: nobody could sign in otherwise. */
  private async assertNotLastRequired(em: EntityManager, organizationId: string, id: string): Promise<void> {
    const row = await this.repository.lockRequireSso(em, organizationId, id);
    if (row?.requireSso && row.others === 0)
      throw new BusinessRuleError(
        'last-identity-provider',
        'This organization requires single sign-on: turn that off first (PATCH /v1/orgs/{slug} requireSso: false), or add another provider.',
      );
  }

  private async find(em: EntityManager, organizationId: string, id: string, lock = false): Promise<IdentityProvider> {
    const provider = await em.findOne(IdentityProvider, {
      where: { id, organizationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!provider) throw new NotFoundError('identity provider');
    return provider;
  }

  private toDto(provider: IdentityProvider): IdentityProviderDto {
    return {
      id: provider.id,
      name: provider.name,
      issuer: provider.issuer,
      clientId: provider.clientId,
      enabled: provider.enabled,
      redirectUri: this.redirectUri,
      createdAt: provider.createdAt,
      updatedAt: provider.updatedAt,
    };
  }
}
