import { Injectable } from '@nestjs/common';
import { OrgContext, sha256, User } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@socius/core';
import { PG, pgCode } from '@socius/database';
import { OutboxService } from '@socius/jobs';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AcceptedInvitationDto, CreateInvitationDto, InvitationDto, InvitationListDto } from './dto/organization.dto';
import { Invitation } from './entities/invitation.entity';
import { Organization } from './entities/organization.entity';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

export const INVITATION_JOB = 'organization.invitation';

/** How long an invitation's link stays good after its last sending. */
const INVITATION_DAYS = 14;

/**
 * Invitations: an admin invites an address to a role; the person accepts once signed in with that
 * address verified. So a role never goes to whoever typed an address first.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly repository: OrganizationsRepository,
  ) {}

  async invite(ctx: OrgContext, dto: CreateInvitationDto): Promise<InvitationDto> {
    if (dto.memberId && dto.role !== 'member')
      throw ValidationError.field('memberId', 'can only be given with the role "member"');
    try {
      return await this.dataSource.transaction(async (em) => {
        if (dto.memberId) {
          if (!(await this.repository.memberExists(em, ctx.organizationId, dto.memberId)))
            throw ValidationError.field('memberId', 'is not a member of this organization');
        }
        const invitation = await em.save(
          em.create(Invitation, {
            organizationId: ctx.organizationId,
            email: dto.email,
            role: dto.role,
            memberId: dto.memberId ?? null,
            invitedByUserId: ctx.userId,
            expiresAt: daysFromNow(INVITATION_DAYS),
          }),
        );
        await this.record(em, invitation, 'invitation.created', {
          email: dto.email,
          role: dto.role,
          memberId: dto.memberId ?? null,
        });
        await this.send(em, invitation);
        return toDto(invitation);
      });
    } catch (error) {
      if (pgCode(error) === PG.uniqueViolation) {
        throw new ConflictError(
          'invitation-pending',
          'This address already has a pending invitation here: send it again or revoke it.',
          undefined,
          [{ field: 'email', message: 'has a pending invitation' }],
        );
      }
      throw error;
    }
  }

  /** The invitations not yet accepted or revoked, newest first. */
  async pending(ctx: OrgContext): Promise<InvitationListDto> {
    const rows = await this.dataSource.getRepository(Invitation).find({
      where: { organizationId: ctx.organizationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    const items = rows.map(toDto);
    return { items, total: items.length, nextCursor: null };
  }

  /** Sends the invitation again, with a new link (the former one stops working) good for another 14 days. */
  async resend(ctx: OrgContext, id: string): Promise<InvitationDto> {
    return this.dataSource.transaction(async (em) => {
      const invitation = await this.pendingOne(em, ctx, id);
      invitation.expiresAt = daysFromNow(INVITATION_DAYS);
      await em.save(invitation);
      await this.record(em, invitation, 'invitation.resent', {});
      await this.send(em, invitation);
      return toDto(invitation);
    });
  }

  async revoke(ctx: OrgContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const invitation = await this.pendingOne(em, ctx, id);
      invitation.revokedAt = new Date();
      invitation.tokenHash = null;
      await em.save(invitation);
      await this.record(em, invitation, 'invitation.revoked', {});
    });
  }

  /**
   * Accepts an invitation by its link's token, as the signed-in account whose verified address it
   * was sent to: the role (and member link) is granted in the same transaction.
   */
  async accept(userId: string, token: string): Promise<AcceptedInvitationDto> {
    return this.dataSource.transaction(async (em) => {
      const invitation = await em.findOne(Invitation, {
        where: { tokenHash: sha256(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) {
        throw ValidationError.field(
          'token',
          'is not valid: the invitation was accepted, revoked, sent again with a new link, or has expired',
        );
      }
      const user = await em.findOneByOrFail(User, { id: userId });
      if (user.email !== invitation.email) {
        throw new ForbiddenError(
          `This invitation was sent to another address: sign in with the account of ${maskEmail(invitation.email)}.`,
          'invitation-for-another-account',
        );
      }
      if (!user.emailVerifiedAt) {
        throw new ForbiddenError(
          'Verify your e-mail address first (the link sent at sign-up), then accept the invitation.',
          'email-not-verified',
        );
      }
      await this.organizations.grantIn(em, invitation.organizationId, user, invitation.role, invitation.memberId);
      invitation.acceptedAt = new Date();
      invitation.acceptedByUserId = user.id;
      invitation.tokenHash = null;
      await em.save(invitation);
      await this.record(em, invitation, 'invitation.accepted', { userId: user.id });
      const org = await em.findOneByOrFail(Organization, { id: invitation.organizationId });
      return { organizationSlug: org.slug, organizationName: org.name, role: invitation.role };
    });
  }

  /**
   * A new link token for the mail job: stored hashed on the invitation, answered in clear once.
   * Null when the invitation is no longer pending.
   */
  async mintToken(
    invitationId: string,
  ): Promise<{ token: string; invitation: Invitation; organization: Organization } | null> {
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (em) => {
      const invitation = await em.findOne(Invitation, {
        where: { id: invitationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.acceptedAt || invitation.revokedAt) return null;
      invitation.tokenHash = sha256(token);
      invitation.sentCount += 1;
      invitation.lastSentAt = new Date();
      await em.save(invitation);
      return {
        token,
        invitation,
        organization: await em.findOneByOrFail(Organization, { id: invitation.organizationId }),
      };
    });
  }

  private send(em: EntityManager, invitation: Invitation): Promise<string> {
    return this.outbox.enqueue(em, {
      organizationId: invitation.organizationId,
      queue: 'mail',
      name: INVITATION_JOB,
      payload: { invitationId: invitation.id },
    });
  }

  private async pendingOne(em: EntityManager, ctx: OrgContext, id: string): Promise<Invitation> {
    const invitation = await em.findOne(Invitation, {
      where: { organizationId: ctx.organizationId, id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invitation) throw new NotFoundError('invitation');
    if (invitation.acceptedAt || invitation.revokedAt) {
      throw new ConflictError(
        'invitation-not-pending',
        `This invitation was ${invitation.acceptedAt ? 'accepted' : 'revoked'} already.`,
      );
    }
    return invitation;
  }

  private record(
    em: EntityManager,
    invitation: Invitation,
    action: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(em, {
      organizationId: invitation.organizationId,
      action,
      entityType: 'invitation',
      entityId: invitation.id,
      changes,
    });
  }
}

function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 86_400_000);
}

/** j•••@example.coop: enough to recognise one's own address, not to learn someone else's. */
function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

function toDto(i: Invitation): InvitationDto {
  const status = i.acceptedAt
    ? 'accepted'
    : i.revokedAt
      ? 'revoked'
      : i.expiresAt <= new Date()
        ? 'expired'
        : 'pending';
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    memberId: i.memberId,
    status,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    sentCount: i.sentCount,
    lastSentAt: i.lastSentAt,
    acceptedAt: i.acceptedAt,
  };
}
