import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, formatEuros } from '@socius/core';
import { DeliveriesService, JobContext, JobHandler } from '@socius/jobs';
import { MailerService } from '@socius/notifications';
import { APPLICATION_RECEIVED_JOB, ApplicationNotice, ApplicationsService } from './applications.service';
import { subscriptionReference } from './subscriptions.service';

/** The e-mails of a membership application: a confirmation to the applicant, a notice to each admin. */
@Injectable()
export class ApplicationsJobs {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly deliveries: DeliveriesService,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler(APPLICATION_RECEIVED_JOB)
  async received(payload: Record<string, unknown>, ctx: JobContext): Promise<{ sent: number }> {
    const notice = await this.applications.notice(
      ctx.organizationId!,
      String(payload.memberId),
      String(payload.subscriptionId),
    );
    if (!notice) return { sent: 0 };
    const purpose = `application:${notice.subscription.id}`;
    let sent = 0;
    const applicant = confirmation(notice);
    if (
      await this.deliveries.once(
        { organizationId: notice.organization.id, purpose, recipient: notice.member.email!, outboxId: ctx.outboxId },
        () => this.mailer.send({ to: notice.member.email!, messageId: `<${ctx.outboxId}@socius>`, ...applicant }),
      )
    )
      sent++;
    const link = `${this.config.PUBLIC_URL}/o/${notice.organization.slug}`;
    for (const admin of notice.admins) {
      const mail = adminNotice(notice, link);
      if (
        await this.deliveries.once(
          { organizationId: notice.organization.id, purpose, recipient: admin.email, outboxId: ctx.outboxId },
          () => this.mailer.send({ to: admin.email, ...mail }),
        )
      )
        sent++;
    }
    return { sent };
  }
}

function applicantName(n: ApplicationNotice): string {
  const m = n.member;
  return m.kind === 'legal_entity' ? (m.companyName ?? '') : [m.firstName, m.lastName].filter(Boolean).join(' ');
}

function confirmation(n: ApplicationNotice): { subject: string; text: string } {
  const { organization: org, subscription: s, shareClass: c } = n;
  const fr = org.defaultLanguage !== 'en';
  const amount = formatEuros(s.amountCents);
  const due = formatEuros(s.calledCents);
  const reference = subscriptionReference(s.id);
  if (fr) {
    const payment = org.paymentIban
      ? `Pour régler ${due}, faites un virement à ${org.name}, IBAN ${org.paymentIban}, avec la référence ${reference}.`
      : `${org.name} vous indiquera comment régler ${due}.`;
    return {
      subject: `${org.name} : votre demande d’adhésion est reçue`,
      text:
        `Bonjour ${applicantName(n)},\n\n` +
        `${org.name} a bien reçu votre demande d’adhésion : ${s.quantity} part(s) « ${c.name} » pour ${amount}.\n\n` +
        `La suite :\n` +
        `- le conseil d’administration examine votre demande et vous informe de sa décision ;\n` +
        `- ${payment}\n` +
        `- vous devenez sociétaire une fois la demande acceptée et les parts réglées.\n\n` +
        `Si vous n’avez pas fait cette demande, répondez à ce message.\n\n${org.name}\n`,
    };
  }
  const payment = org.paymentIban
    ? `To pay ${due}, make a transfer to ${org.name}, IBAN ${org.paymentIban}, with the reference ${reference}.`
    : `${org.name} will tell you how to pay ${due}.`;
  return {
    subject: `${org.name}: your membership application is received`,
    text:
      `Hello ${applicantName(n)},\n\n` +
      `${org.name} received your membership application: ${s.quantity} share(s) "${c.name}" for ${amount}.\n\n` +
      `What happens next:\n` +
      `- the board examines your application and tells you its decision;\n` +
      `- ${payment}\n` +
      `- you become a member once the application is accepted and the shares are paid.\n\n` +
      `If you did not apply, reply to this message.\n\n${org.name}\n`,
  };
}

function adminNotice(n: ApplicationNotice, link: string): { subject: string; text: string } {
  const { organization: org, subscription: s, shareClass: c, member: m } = n;
  const fr = org.defaultLanguage !== 'en';
  const who = `${applicantName(n)}${m.legalRepresentative ? ` (${m.legalRepresentative})` : ''}, ${m.email}`;
  return fr
    ? {
        subject: `${org.name} : nouvelle demande d’adhésion de ${applicantName(n)}`,
        text: `Bonjour,\n\nNouvelle demande d’adhésion : ${who}.\nSouscription en attente : ${s.quantity} part(s) ${c.code} pour ${formatEuros(s.amountCents)} (référence ${subscriptionReference(s.id)}).\n\nÀ examiner : ${link}\n`,
      }
    : {
        subject: `${org.name}: new membership application from ${applicantName(n)}`,
        text: `Hello,\n\nNew membership application: ${who}.\nPending subscription: ${s.quantity} share(s) ${c.code} for ${formatEuros(s.amountCents)} (reference ${subscriptionReference(s.id)}).\n\nTo review: ${link}\n`,
      };
}
