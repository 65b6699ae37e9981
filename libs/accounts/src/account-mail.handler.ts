import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { DeliveriesService, JobContext, JobHandler } from '@socius/jobs';
import { MailerService } from '@socius/notifications';
import { AccountsService, PASSWORD_RESET_JOB, TOKEN_HOURS, VERIFY_EMAIL_JOB } from './accounts.service';

/**
 * The e-mails of accounts. Each mints its link's token when it is sent (so no token waits in the
 * outbox in clear), once per job whatever the retries. Links point to the web app's pages.
 */
@Injectable()
export class AccountMailHandler {
  constructor(
    private readonly accounts: AccountsService,
    private readonly deliveries: DeliveriesService,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler(VERIFY_EMAIL_JOB)
  async verifyEmail(payload: Record<string, unknown>, ctx: JobContext): Promise<{ sent: boolean }> {
    const user = await this.accounts.findUser(String(payload.userId));
    if (!user || user.emailVerifiedAt) return { sent: false };
    const sent = await this.deliveries.once(
      { organizationId: null, purpose: `verify-email:${ctx.outboxId}`, recipient: user.email, outboxId: ctx.outboxId },
      async () => {
        const link = `${this.config.PUBLIC_URL}/verify-email?token=${await this.accounts.mintToken(user.id, 'verify-email')}`;
        await this.mailer.send({
          to: user.email,
          messageId: `<${ctx.outboxId}@socius>`,
          subject: 'Socius : confirmez votre adresse e-mail / confirm your e-mail address',
          text:
            `Bonjour ${user.name},\n\nPour confirmer que cette adresse est la vôtre, ouvrez ce lien (valable ${TOKEN_HOURS['verify-email']} heures) :\n${link}\n\n` +
            `Hello ${user.name},\n\nTo confirm this address is yours, open this link (good for ${TOKEN_HOURS['verify-email']} hours):\n${link}\n\n` +
            `Si vous n'avez pas créé de compte Socius, ignorez ce message. / If you did not sign up to Socius, ignore this message.\n`,
        });
      },
    );
    return { sent };
  }

  @JobHandler(PASSWORD_RESET_JOB)
  async passwordReset(payload: Record<string, unknown>, ctx: JobContext): Promise<{ sent: boolean }> {
    const user = await this.accounts.findUser(String(payload.userId));
    if (!user) return { sent: false };
    const sent = await this.deliveries.once(
      {
        organizationId: null,
        purpose: `password-reset:${ctx.outboxId}`,
        recipient: user.email,
        outboxId: ctx.outboxId,
      },
      async () => {
        const link = `${this.config.PUBLIC_URL}/reset-password?token=${await this.accounts.mintToken(user.id, 'password-reset')}`;
        await this.mailer.send({
          to: user.email,
          messageId: `<${ctx.outboxId}@socius>`,
          subject: 'Socius : nouveau mot de passe / new password',
          text:
            `Bonjour ${user.name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure, une seule fois) :\n${link}\n\n` +
            `Hello ${user.name},\n\nTo choose a new password, open this link (good for one hour, once):\n${link}\n\n` +
            `Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas. / If you did not ask, ignore this message: your password stays as it is.\n`,
        });
      },
    );
    return { sent };
  }
}
