import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthService, OrgContext, OrgRoleResolver, Role, User } from '@socius/auth';
import { AuditService, diff } from '@socius/audit';
import {
  BusinessRuleError,
  ConflictError,
  ForbiddenError,
  formatEuros,
  NotFoundError,
  ValidationError,
} from '@socius/core';
import { PG, pgCode, pgConstraint } from '@socius/database';
import { OutboxService } from '@socius/jobs';
import { DataSource, EntityManager, Repository } from 'typeorm';
import {
  CreateOrganizationDto,
  GrantRoleDto,
  OrganizationDto,
  OrganizationUserDto,
  SLUG_PATTERN,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { OrganizationUser } from './entities/organization-user.entity';
import { LegalForm, Organization } from './entities/organization.entity';
import { LEGAL_MINIMUM_CAPITAL_CENTS, legalMinimumSource } from './legal-minimum';
import { defaultMajorityBase } from './majority-base';
import { OrganizationsRepository } from './organizations.repository';

export const ROLE_GRANTED_JOB = 'organization.role-granted';

@Injectable()
export class OrganizationsService extends OrgRoleResolver {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    @InjectRepository(OrganizationUser) private readonly organizationUsers: Repository<OrganizationUser>,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly repository: OrganizationsRepository,
  ) {
    super();
  }

  /**
   * The caller's role here, or null. An admin of an organization that requires two-factor sign-in
   * of its admins, who has not turned it on, is refused (403 `two-factor-required`) on every route
   * of it: they turn it on at `/v1/auth/totp/...` first.
   */
  async resolve(slug: string, userId: string, ssoOrganizationId?: string | null): Promise<OrgContext | null> {
    // a path that cannot be a slug (a NUL, an emoji) names no organization: 404 like any unknown one
    if (!SLUG_PATTERN.test(slug)) return null;
    const rows = await this.repository.membership(this.dataSource.manager, slug, userId);
    if (!rows.length) return null;
    const viaSso = Boolean(ssoOrganizationId) && ssoOrganizationId === rows[0].id;
    if (rows[0].require_sso && !viaSso) {
      throw new ForbiddenError(
        'This organization requires signing in through its identity provider: sign out, then use its single sign-on button (GET /v1/auth/sso/{slug}).',
        'sso-required',
      );
    }
    // the organization's provider vouches for the person (its own second factor, if any)
    if (rows[0].two_factor_missing && !viaSso) {
      throw new ForbiddenError(
        'This organization requires its admins to sign in with two factors: turn it on for your account first (POST /v1/auth/totp/setup, then /v1/auth/totp/enable).',
        'two-factor-required',
      );
    }
    return { organizationId: rows[0].id, slug, role: rows[0].role, userId, memberId: rows[0].member_id, viaSso };
  }

  /** Creates the organization; its creator becomes its first admin. */
  async create(dto: CreateOrganizationDto, userId: string): Promise<OrganizationDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const minimumCapitalCents = dto.minimumCapitalCents ?? LEGAL_MINIMUM_CAPITAL_CENTS[dto.legalForm];
        assertLegalMinimum(dto.legalForm, minimumCapitalCents);
        const org = await em.save(
          em.create(Organization, {
            ...dto,
            minimumCapitalCents,
            name: dto.name.trim(),
            siren: dto.siren ?? null,
            address: dto.address ?? null,
          }),
        );
        await em.insert(OrganizationUser, { organizationId: org.id, userId, role: 'admin' });
        await this.audit.record(em, {
          organizationId: org.id,
          action: 'organization.created',
          entityType: 'organization',
          entityId: org.id,
          changes: { ...dto },
        });
        return { ...toDto(org), role: 'admin' };
      });
    } catch (error) {
      if (pgCode(error) === PG.uniqueViolation) {
        throw new ConflictError(
          'slug-taken',
          `The slug "${dto.slug}" is already used by another organization.`,
          undefined,
          [{ field: 'slug', message: 'is already taken' }],
        );
      }
      throw error;
    }
  }

  /** `onlyOrganizationId`: a session obtained through single sign-on sees the organization it was obtained for only. */
  async listForUser(
    userId: string,
    onlyOrganizationId?: string | null,
  ): Promise<{ items: OrganizationDto[]; total: number; nextCursor: null }> {
    const rows = await this.organizationUsers.find({
      where: { userId, ...(onlyOrganizationId ? { organizationId: onlyOrganizationId } : {}) },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
    const items = rows.map((r) => ({ ...toDto(r.organization!), role: r.role }));
    return { items, total: items.length, nextCursor: null };
  }

  async get(ctx: OrgContext): Promise<OrganizationDto> {
    return {
      ...toDto(await this.load(this.organizations.manager, ctx.organizationId)),
      role: ctx.role,
      memberId: ctx.memberId,
    };
  }

  async update(ctx: OrgContext, dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.dataSource.transaction(async (em) => {
      const org = await this.load(em, ctx.organizationId, true);
      if (dto.requireAdminTwoFactor && !org.requireAdminTwoFactor) await this.assertTwoFactorOn(em, ctx.userId);
      if (dto.requireSso && !org.requireSso) assertSignedInThroughSso(ctx);
      const before = toDto(org);
      // only the fields sent: a DTO field declared on the class itself is present, undefined, when not sent
      const sent = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
      Object.assign(org, sent, dto.name ? { name: dto.name.trim() } : {});
      if (dto.legalForm !== undefined || dto.minimumCapitalCents !== undefined)
        assertLegalMinimum(org.legalForm, org.minimumCapitalCents);
      const saved = await em.save(org);
      const changes = diff(before as never, toDto(saved) as never);
      delete changes.updatedAt;
      if (Object.keys(changes).length) {
        await this.audit.record(em, {
          organizationId: org.id,
          action: 'organization.updated',
          entityType: 'organization',
          entityId: org.id,
          changes,
        });
      }
      return { ...toDto(saved), role: ctx.role };
    });
  }

  async listUsers(ctx: OrgContext): Promise<{ items: OrganizationUserDto[]; total: number; nextCursor: null }> {
    const rows = await this.organizationUsers.find({
      where: { organizationId: ctx.organizationId },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    const items = rows.map(toUserDto);
    return { items, total: items.length, nextCursor: null };
  }

  /** Gives an existing account a role here (or changes it), and tells them by e-mail. */
  async grantRole(ctx: OrgContext, dto: GrantRoleDto): Promise<OrganizationUserDto> {
    if (dto.memberId && dto.role !== 'member')
      throw ValidationError.field('memberId', 'can only be given with the role "member"');
    const user = await this.auth.findByEmail(dto.email);
    if (!user) {
      throw new BusinessRuleError(
        'unknown-account',
        `No Socius account uses ${dto.email}; ask them to sign up first.`,
        undefined,
        [{ field: 'email', message: 'has no account' }],
      );
    }
    if (!user.emailVerifiedAt) {
      throw new BusinessRuleError(
        'email-not-verified',
        `The account of ${dto.email} has not verified its address yet: send an invitation instead (POST /v1/orgs/{slug}/invitations).`,
        undefined,
        [{ field: 'email', message: 'is not verified' }],
      );
    }
    return this.dataSource.transaction((em) =>
      this.grantIn(em, ctx.organizationId, user, dto.role, dto.memberId ?? null),
    );
  }

  /**
   * Gives a verified account a role (or changes it), in the caller's transaction, and tells them by
   * e-mail (the organization's name and the role only: nothing the granting admin wrote).
   */
  async grantIn(
    em: EntityManager,
    organizationId: string,
    user: User,
    role: Role,
    memberId: string | null,
  ): Promise<OrganizationUserDto> {
    if (memberId && role !== 'member')
      throw ValidationError.field('memberId', 'can only be given with the role "member"');
    try {
      // a savepoint: a refused link leaves the caller's transaction usable
      return await em.transaction(async (tx) => {
        const existing = await tx.findOne(OrganizationUser, {
          where: { organizationId, userId: user.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (existing?.role === 'admin' && role !== 'admin') await this.assertAnotherAdmin(tx, organizationId, user.id);
        const row = existing ?? tx.create(OrganizationUser, { organizationId, userId: user.id });
        const before = existing ? { role: existing.role, memberId: existing.memberId } : {};
        row.role = role;
        row.memberId = memberId;
        const saved = await tx.save(row);
        saved.user = user;
        await this.audit.record(tx, {
          organizationId,
          action: existing ? 'organization.role-changed' : 'organization.role-granted',
          entityType: 'user',
          entityId: user.id,
          changes: diff(before, { role: saved.role, memberId: saved.memberId }),
        });
        if (!existing || existing.role !== role) {
          await this.outbox.enqueue(tx, {
            organizationId,
            queue: 'mail',
            name: ROLE_GRANTED_JOB,
            payload: { organizationUserId: saved.id, role: saved.role },
          });
        }
        return toUserDto(saved);
      });
    } catch (error) {
      if (pgCode(error) === PG.foreignKeyViolation)
        throw ValidationError.field('memberId', 'is not a member of this organization');
      if (pgCode(error) === PG.uniqueViolation && pgConstraint(error) === 'organization_users_member_key') {
        throw new ConflictError(
          'member-already-linked',
          'This member record is already linked to another account.',
          undefined,
          [{ field: 'memberId', message: 'is linked to another account' }],
        );
      }
      throw error;
    }
  }

  /** Takes a user's role away; the last admin cannot be removed. */
  async revokeRole(ctx: OrgContext, userId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const row = await em.findOne(OrganizationUser, {
        where: { organizationId: ctx.organizationId, userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw new NotFoundError('user in this organization');
      if (row.role === 'admin') await this.assertAnotherAdmin(em, ctx.organizationId, userId);
      await em.delete(OrganizationUser, { id: row.id });
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'organization.role-revoked',
        entityType: 'user',
        entityId: userId,
        changes: { role: { from: row.role, to: null } },
      });
    });
  }

  /** For job handlers: an organization and one of its users, by the organization_users id. */
  async findGrant(
    organizationUserId: string,
  ): Promise<{ organization: Organization; user: User; role: string } | null> {
    const row = await this.organizationUsers.findOne({
      where: { id: organizationUserId },
      relations: { organization: true, user: true },
    });
    return row ? { organization: row.organization!, user: row.user!, role: row.role } : null;
  }

  async findBySlug(slug: string): Promise<Organization | null> {
    return this.organizations.findOneBy({ slug });
  }

  private async assertAnotherAdmin(em: EntityManager, organizationId: string, userId: string): Promise<void> {
    // lock the admins so that two admins cannot demote each other at the same time
    const admins = await this.repository.lockAdmins(em, organizationId);
    if (!admins.some((adminId) => adminId !== userId)) {
      throw new BusinessRuleError(
        'last-admin',
        'An organization keeps at least one admin: give the role to someone else first.',
      );
    }
  }

  /** Whoever makes two-factor sign-in required of admins has it on: nobody locks themselves out. */
  private async assertTwoFactorOn(em: EntityManager, userId: string | null): Promise<void> {
    const user = userId ? await em.findOneBy(User, { id: userId }) : null;
    if (user?.totpEnabledAt) return;
    throw new BusinessRuleError(
      'two-factor-not-enabled',
      'Turn on two-factor sign-in for your own account first (POST /v1/auth/totp/setup, then /v1/auth/totp/enable): requiring it of the admins would otherwise lock you out.',
      undefined,
      [{ field: 'requireAdminTwoFactor', message: 'needs two-factor sign-in on your own account first' }],
    );
  }

  private async load(em: EntityManager, id: string, lock = false): Promise<Organization> {
    const org = await em.findOne(Organization, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!org) throw new NotFoundError('organization');
    return org;
  }
}

/** Whoever requires single sign-on has just used it here: the provider works, and nobody locks themselves out. */
function assertSignedInThroughSso(ctx: OrgContext): void {
  if (ctx.viaSso) return;
  throw new BusinessRuleError(
    'sso-not-used',
    "Sign in through one of this organization's identity providers first: requiring single sign-on of everyone would otherwise lock you out if it does not work.",
    undefined,
    [{ field: 'requireSso', message: 'needs you to be signed in through single sign-on' }],
  );
}

/** The statutes may set more than the legal minimum of the form, never less. */
function assertLegalMinimum(form: LegalForm, minimumCapitalCents: number): void {
  const legal = LEGAL_MINIMUM_CAPITAL_CENTS[form];
  if (minimumCapitalCents < legal)
    throw new BusinessRuleError(
      'minimum-capital-below-legal',
      `A ${form} cannot have a statutory minimum capital below ${formatEuros(legal)} (${legalMinimumSource(form)}).`,
      { legalMinimumCapitalCents: legal },
      [
        {
          field: 'minimumCapitalCents',
          message: `must be at least ${legal} for a ${form} (${legalMinimumSource(form)})`,
        },
      ],
    );
}

export function toDto(org: Organization): OrganizationDto {
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    legalForm: org.legalForm,
    siren: org.siren,
    address: org.address,
    rcsCity: org.rcsCity,
    legalRepresentativeName: org.legalRepresentativeName,
    legalRepresentativeTitle: org.legalRepresentativeTitle,
    signaturePlace: org.signaturePlace,
    currency: org.currency,
    fiscalYearEnd: org.fiscalYearEnd,
    minimumCapitalCents: org.minimumCapitalCents,
    legalMinimumCapitalCents: LEGAL_MINIMUM_CAPITAL_CENTS[org.legalForm],
    capitalFloorPercent: org.capitalFloorPercent,
    instalmentDeadlineYears: org.instalmentDeadlineYears,
    majorityBase: org.majorityBase ?? defaultMajorityBase(org.legalForm),
    legalMajorityBase: defaultMajorityBase(org.legalForm),
    fullyPaidSharesOnly: org.fullyPaidSharesOnly,
    eConvocation: org.eConvocation,
    defaultLanguage: org.defaultLanguage,
    timezone: org.timezone,
    requireAdminTwoFactor: org.requireAdminTwoFactor,
    requireSso: org.requireSso,
    acceptsApplications: org.acceptsApplications,
    paymentIban: org.paymentIban,
    createdAt: org.createdAt,
  };
}

function toUserDto(row: OrganizationUser): OrganizationUserDto {
  return {
    userId: row.userId,
    email: row.user!.email,
    name: row.user!.name,
    role: row.role,
    memberId: row.memberId,
    since: row.createdAt,
  };
}
