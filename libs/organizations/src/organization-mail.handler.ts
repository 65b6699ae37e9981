import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { DeliveriesService, JobContext, JobHandler } from '@socius/jobs';
import { MailerService } from '@socius/notifications';
import { INVITATION_JOB, InvitationsService } from './invitations.service';
import { OrganizationsService, ROLE_GRANTED_JOB } from './organizations.service';

const ROLE_LABELS = {
  fr: { admin: 'administrateur·rice', accountant: 'expert-comptable', member: 'sociétaire' },
  en: { admin: 'administrator', accountant: 'accountant', member: 'member' },
} as const;

@Injectable()
export class OrganizationMailHandler {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly invitations: InvitationsService,
    private readonly deliveries: DeliveriesService,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Tells a user they were given a role, once per grant whatever the retries. */
  @JobHandler(ROLE_GRANTED_JOB)
  async roleGranted(payload: Record<string, unknown>, ctx: JobContext): Promise<{ sent: boolean }> {
    const grant = await this.organizations.findGrant(String(payload.organizationUserId));
    if (!grant) return { sent: false }; // revoked meanwhile
    const { organization, user } = grant;
    const role = String(payload.role) as keyof (typeof ROLE_LABELS)['fr'];
    const fr = organization.defaultLanguage !== 'en';
    const label = (fr ? ROLE_LABELS.fr : ROLE_LABELS.en)[role] ?? role;
    const link = `${this.config.PUBLIC_URL}/o/${organization.slug}`;
    const sent = await this.deliveries.once(
      {
        organizationId: organization.id,
        purpose: `role-granted:${payload.organizationUserId}:${role}`,
        recipient: user.email,
        outboxId: ctx.outboxId,
      },
      () =>
        this.mailer.send({
          to: user.email,
          messageId: `<${ctx.outboxId}@socius>`,
          subject: fr ? `${organization.name} : vous êtes ${label}` : `${organization.name}: you are ${label}`,
          text: fr
            ? `Bonjour ${user.name},\n\nVous avez désormais le rôle ${label} dans ${organization.name} sur Socius.\n${link}\n`
            : `Hello ${user.name},\n\nYou now hold the role ${label} in ${organization.name} on Socius.\n${link}\n`,
        }),
    );
    return { sent };
  }

  /** An invitation's link, minted at sending: only the organization's name and the role, nothing the inviter wrote. */
  @JobHandler(INVITATION_JOB)
  async invitation(payload: Record<string, unknown>, ctx: JobContext): Promise<{ sent: boolean }> {
    const pending = await this.invitations.mintToken(String(payload.invitationId));
    if (!pending) return { sent: false }; // accepted or revoked meanwhile
    const { token, invitation, organization } = pending;
    const fr = organization.defaultLanguage !== 'en';
    const label = (fr ? ROLE_LABELS.fr : ROLE_LABELS.en)[invitation.role] ?? invitation.role;
    const link = `${this.config.PUBLIC_URL}/invitations/accept?token=${token}`;
    const sent = await this.deliveries.once(
      {
        organizationId: organization.id,
        purpose: `invitation:${ctx.outboxId}`,
        recipient: invitation.email,
        outboxId: ctx.outboxId,
      },
      () =>
        this.mailer.send({
          to: invitation.email,
          messageId: `<${ctx.outboxId}@socius>`,
          subject: fr ? `${organization.name} vous invite sur Socius` : `${organization.name} invites you to Socius`,
          text: fr
            ? `Bonjour,\n\n${organization.name} vous invite à rejoindre son espace Socius comme ${label}.\nPour accepter, ouvrez ce lien et connectez-vous (ou créez un compte) avec cette adresse e-mail :\n${link}\n\nSi vous ne connaissez pas cette organisation, ignorez ce message.\n`
            : `Hello,\n\n${organization.name} invites you to its Socius space as ${label}.\nTo accept, open this link and sign in (or sign up) with this e-mail address:\n${link}\n\nIf you do not know this organization, ignore this message.\n`,
        }),
    );
    return { sent };
  }
}
