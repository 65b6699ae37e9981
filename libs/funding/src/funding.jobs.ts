import { Injectable, Logger } from '@nestjs/common';
import { formatEuros } from '@socius/core';
import { DeliveriesService, JobContext, JobHandler, Scheduled, SCHEDULE_TZ } from '@socius/jobs';
import { MailerService } from '@socius/notifications';
import { DataSource } from 'typeorm';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService, SETTLEMENT_NOTICES_JOB } from './campaigns.service';
import { systemContext } from './common';
import { ContributionsService, RECEIPT_MAIL_JOB } from './contributions.service';
import { ReceiptsRepository } from './receipts.repository';
import { FundingReceiptsService } from './receipts.service';

/** Daily, just after midnight in Paris: campaigns past their last day close, monthly pledges get the instalments that fell due. */
export const FUNDING_DAILY_JOB = 'funding.daily';

@Injectable()
export class FundingJobs {
  private readonly logger = new Logger('Funding');

  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly contributions: ContributionsService,
    private readonly receipts: FundingReceiptsService,
    private readonly campaignRows: CampaignsRepository,
    private readonly receiptRows: ReceiptsRepository,
    private readonly deliveries: DeliveriesService,
    private readonly mailer: MailerService,
  ) {}

  /** Idempotent: a campaign closes once (it must be open), an instalment is generated once (unique key). */
  @JobHandler(FUNDING_DAILY_JOB)
  @Scheduled({ pattern: '5 0 * * *', tz: SCHEDULE_TZ })
  async daily(): Promise<{ closed: number; plans: number; instalments: number }> {
    const { closed } = await this.campaigns.closeDue();
    const { plans, instalments } = await this.contributions.generateDueInstalments();
    if (closed || instalments) this.logger.log(`campaigns closed: ${closed}; instalments generated: ${instalments}`);
    return { closed, plans, instalments };
  }

  /**
   * A failed campaign tells each contributor with an e-mail address, once per campaign and address:
   * their pledges are cancelled, and what they paid will be returned.
   */
  @JobHandler(SETTLEMENT_NOTICES_JOB)
  async settlementNotices(
    payload: Record<string, unknown>,
    job: JobContext,
  ): Promise<{ contributors: number; sent: number }> {
    const organizationId = job.organizationId!;
    const campaignId = String(payload.campaignId);
    const db = this.dataSource.manager;
    const campaign = await this.campaignRows.settlementCampaign(db, organizationId, campaignId);
    if (!campaign) return { contributors: 0, sent: 0 };
    const rows = await this.campaignRows.settlementContributors(db, organizationId, campaignId);
    const fr = campaign.defaultLanguage !== 'en';
    let sent = 0;
    for (const r of rows) {
      const refund = Number(r.refund);
      const done = await this.deliveries.once(
        { organizationId, purpose: `campaign-settlement:${campaignId}`, recipient: r.email, outboxId: job.outboxId },
        () =>
          this.mailer.send({
            to: r.email,
            messageId: `<campaign-settlement.${campaignId}.${Buffer.from(r.email).toString('hex').slice(0, 40)}@socius>`,
            subject: fr
              ? `${campaign.organizationName} : la campagne « ${campaign.title} » n'a pas atteint son objectif`
              : `${campaign.organizationName}: the campaign "${campaign.title}" missed its goal`,
            text: fr
              ? `Bonjour ${r.name},\n\nLa campagne « ${campaign.title} » s'est terminée sans atteindre son objectif de ${formatEuros(Number(campaign.goalCents))} ` +
                `(${formatEuros(Number(campaign.closingRaisedCents ?? 0))} réunis). C'était une campagne « tout ou rien » : vos promesses sont annulées` +
                (refund
                  ? ` et la somme de ${formatEuros(refund)} que vous avez versée va vous être remboursée.`
                  : '.') +
                `\n\nMerci de votre soutien.\n${campaign.organizationName}\n`
              : `Hello ${r.name},\n\nThe campaign "${campaign.title}" ended without reaching its goal of ${formatEuros(Number(campaign.goalCents))} ` +
                `(${formatEuros(Number(campaign.closingRaisedCents ?? 0))} raised). It was all or nothing: your pledges are cancelled` +
                (refund ? ` and the ${formatEuros(refund)} you paid will be refunded to you.` : '.') +
                `\n\nThank you for your support.\n${campaign.organizationName}\n`,
          }),
      );
      if (done) sent++;
    }
    return { contributors: rows.length, sent };
  }

  /** After each payment: the contribution receipt (PDF) to the contributor, once per payment. */
  @JobHandler(RECEIPT_MAIL_JOB)
  async receiptMail(payload: Record<string, unknown>, job: JobContext): Promise<{ sent: boolean; number?: string }> {
    const organizationId = job.organizationId!;
    const contribution = await this.contributions.find(organizationId, String(payload.contributionId));
    if (!contribution.contributorEmail) return { sent: false };
    const { document, bytes } = await this.receipts.receipt(systemContext(organizationId), contribution.id);
    const org = (await this.receiptRows.mailOrganization(this.dataSource.manager, organizationId))!;
    const fr = org.defaultLanguage !== 'en';
    const sent = await this.deliveries.once(
      {
        organizationId,
        purpose: `contribution-receipt:${String(payload.eventId)}`,
        recipient: contribution.contributorEmail,
        outboxId: job.outboxId,
      },
      () =>
        this.mailer.send({
          to: contribution.contributorEmail!,
          messageId: `<contribution-receipt.${String(payload.eventId)}@socius>`,
          subject: fr
            ? `${org.name} : reçu de votre contribution (${document.number})`
            : `${org.name}: receipt for your contribution (${document.number})`,
          text: fr
            ? `Bonjour ${contribution.contributorName},\n\nMerci : nous avons bien reçu votre versement. Votre reçu ${document.number} est joint (code de vérification ${document.verificationCode}).\n\n${org.name}\n`
            : `Hello ${contribution.contributorName},\n\nThank you: your payment was received. Your receipt ${document.number} is attached (verification code ${document.verificationCode}).\n\n${org.name}\n`,
          attachments: [{ filename: `${document.number}.pdf`, content: bytes, contentType: 'application/pdf' }],
        }),
    );
    return { sent, number: document.number };
  }
}
