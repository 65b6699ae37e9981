import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { DeliveriesService, JobContext, JobHandler, Scheduled } from '@socius/jobs';
import { MailerService } from '@socius/notifications';
import {
  Addressee,
  convocationMail,
  convocationPurpose,
  emailLetterPdf,
  Mail,
  messageId,
  votingCodeMail,
  votingCodePurpose,
} from './convocation';
import {
  CONVOCATION_JOB,
  ConvocationsService,
  Recipients,
  REMINDERS_JOB,
  RESULT_NOTICES_JOB,
  SWEEP_JOB,
  VOTING_CODE_JOB,
} from './convocations.service';
import { reminderMail, reminderPurpose, resultMail, resultNoticePurpose } from './notices';
import { sendAll, SendAllResult } from './send-all';

/**
 * Sends in flight at once in one job: as many SMTP connections while the mailer opens one per
 * message (see the README), or enough to keep a pool busy while the next messages are built and
 * their deliveries claimed.
 */
const CONCURRENCY = 16;

/** Every 10 minutes (Europe/Paris): a reminder goes out at most 10 minutes after closing time − 48 h. */
export const SWEEP_CRON = '*/10 * * * *';

type JobResult = SendAllResult | { skipped: string };

/**
 * The convocation, reminder and result-notice jobs. Each goes through the recipients still to
 * reach, and each e-mail through `DeliveriesService.once` (purpose, member): a retried job, a
 * repeated request or a job restarted after its worker died sends nobody a second message — except
 * the few whose message the SMTP server had accepted when the worker died before recording it
 * (at least once at that boundary); those carry the same Message-ID as the first.
 */
@Injectable()
export class ConvocationsJobs {
  constructor(
    private readonly convocations: ConvocationsService,
    private readonly deliveries: DeliveriesService,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler(CONVOCATION_JOB)
  async convene(payload: Record<string, unknown>, ctx: JobContext): Promise<JobResult> {
    const c = await this.convocations.context(ctx.organizationId!, String(payload.assemblyId));
    if (!c.agenda.length) return { skipped: 'no resolution left on the agenda' };
    const recipients = await this.convocations.emailRecipients(c);
    // drawn once per run: every e-mail attaches the same letter
    const letter = recipients.pending.length ? await emailLetterPdf(c) : Buffer.alloc(0);
    const attachment = {
      filename: `convocation-${c.assembly.id.slice(0, 8)}.pdf`,
      content: letter,
      contentType: 'application/pdf',
    };
    // each member without an account gets their code; derived from its stored id, the same on a retry
    const codes = await this.convocations.codesFor(c.organization.id, c.assembly.id, recipients.pending);
    const mail = convocationMail(c);
    return this.sendEach(ctx, recipients, convocationPurpose(c.assembly.id), 'convocation', c.assembly.id, (m) => ({
      ...mail(m, codes.get(m.id) ?? null),
      attachments: [attachment],
    }));
  }

  /** A voting code issued again to one member (ConvocationsService.reissueVotingCode), unless revoked since. */
  @JobHandler(VOTING_CODE_JOB)
  async sendVotingCode(payload: Record<string, unknown>, ctx: JobContext): Promise<JobResult> {
    const [assemblyId, memberId, codeId] = [payload.assemblyId, payload.memberId, payload.codeId].map(String);
    const c = await this.convocations.context(ctx.organizationId!, assemblyId);
    const issued = await this.convocations.reissuedCode(ctx.organizationId!, assemblyId, memberId, codeId);
    if (!issued) return { skipped: 'the code was revoked since, or the member has no e-mail to send it to' };
    return this.sendEach(
      ctx,
      { total: 1, pending: [issued.member] },
      votingCodePurpose(codeId),
      'voting-code',
      codeId,
      (m) => votingCodeMail(c, m, issued.code),
    );
  }

  @JobHandler(REMINDERS_JOB)
  async remind(payload: Record<string, unknown>, ctx: JobContext): Promise<JobResult> {
    const resolutionId = String(payload.resolutionId);
    const r = await this.convocations.noticeResolution(ctx.organizationId!, resolutionId);
    if (!r || r.status !== 'open' || r.closesAt <= new Date())
      return {
        skipped: !r
          ? 'the resolution is gone'
          : r.status === 'open'
            ? 'the vote is past its closing time'
            : `the vote is ${r.status}`,
      };
    const recipients = await this.convocations.reminderRecipients(ctx.organizationId!, resolutionId);
    const codes = await this.convocations.codesFor(ctx.organizationId!, r.assemblyId, recipients.pending);
    // a member who votes while the reminders go out is checked once more just before their turn
    const mail = reminderMail(r, this.convocations.links(r.organization.slug));
    return this.sendEach(
      ctx,
      recipients,
      reminderPurpose(resolutionId),
      'reminder',
      resolutionId,
      (m) => mail(m.name, codes.get(m.id) ?? null),
      (m) => this.convocations.hasVoted(resolutionId, m.id),
    );
  }

  @JobHandler(RESULT_NOTICES_JOB)
  async notifyResults(payload: Record<string, unknown>, ctx: JobContext): Promise<JobResult> {
    const resolutionId = String(payload.resolutionId);
    const r = await this.convocations.noticeResolution(ctx.organizationId!, resolutionId);
    if (!r || r.status !== 'closed') return { skipped: r ? `the vote is ${r.status}` : 'the resolution is gone' };
    const link = `${this.config.PUBLIC_URL}/o/${r.organization.slug}/resolutions/${resolutionId}`;
    const recipients = await this.convocations.resultRecipients(ctx.organizationId!, resolutionId);
    const mail = resultMail(r, link);
    return this.sendEach(ctx, recipients, resultNoticePurpose(resolutionId), 'result', resolutionId, (m) =>
      mail(m.name),
    );
  }

  /** Schedules the reminders and result notices that are due (see ConvocationsService.sweep). */
  @JobHandler(SWEEP_JOB)
  @Scheduled({ pattern: SWEEP_CRON })
  sweep(): Promise<{ reminders: number; resultNotices: number }> {
    return this.convocations.sweep();
  }

  /** One e-mail per pending recipient, once per purpose; fails the job (to be retried) when some could not be sent. */
  private async sendEach(
    ctx: JobContext,
    recipients: Recipients,
    purpose: string,
    kind: string,
    subjectId: string,
    compose: (m: Addressee) => Mail & { attachments?: { filename: string; content: Buffer; contentType: string }[] },
    skip?: (m: Addressee) => Promise<boolean>,
  ): Promise<SendAllResult> {
    const result = await sendAll({
      items: recipients.pending,
      done: recipients.total - recipients.pending.length,
      total: recipients.total,
      concurrency: CONCURRENCY,
      progress: (p) => ctx.progress(p),
      send: async (m) => {
        if (skip && (await skip(m))) return false;
        return this.deliveries.once(
          { organizationId: ctx.organizationId, purpose, recipient: m.id, outboxId: ctx.outboxId },
          () => this.mailer.send({ to: m.email!, messageId: messageId(kind, subjectId, m.id), ...compose(m) }),
        );
      },
    });
    if (result.failed) {
      throw new Error(
        `${result.failed} of ${result.total} e-mails could not be sent (first error: ${result.error}); ${result.sent} sent in this try, the others wait for the next one`,
      );
    }
    return result;
  }
}
