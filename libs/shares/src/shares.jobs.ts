import { Injectable } from '@nestjs/common';
import { formatEuros } from '@socius/core';
import { DeliveriesService, JobContext, JobHandler, StagedUploadsService } from '@socius/jobs';
import { MailerService } from '@socius/notifications';
import { OpeningResultDto } from './dto/shares.dto';
import { REGISTER_OPENING_JOB, RegisterService } from './register.service';
import { CALL_DEFAULT_JOB, CALL_REMINDER_JOB, SubscriptionsService } from './subscriptions.service';

@Injectable()
export class SharesJobs {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly deliveries: DeliveriesService,
    private readonly mailer: MailerService,
    private readonly register: RegisterService,
    private readonly uploads: StagedUploadsService,
  ) {}

  /** An opening register too large (or asked) to import in its request: the same import, on the staged file. */
  @JobHandler(REGISTER_OPENING_JOB)
  openRegister(payload: Record<string, unknown>, ctx: JobContext): Promise<OpeningResultDto> {
    return this.uploads.run(payload, ctx, (upload, input, hooks) =>
      this.register.open(
        { organizationId: upload.organizationId },
        upload.params as { openedOn: string; declaredCapitalCents: number },
        input,
        hooks,
      ),
    );
  }

  /** A week before a capital call is due: one reminder to a member who has not paid it, once. */
  @JobHandler(CALL_REMINDER_JOB)
  async remind(payload: Record<string, unknown>, ctx: JobContext): Promise<{ sent: boolean }> {
    const due = await this.subscriptions.callReminder(ctx.organizationId!, String(payload.callId));
    if (!due || !due.member.email) return { sent: false };
    const { member, call, unpaidCents, organizationName, language } = due;
    const fr = language !== 'en';
    const sent = await this.deliveries.once(
      {
        organizationId: ctx.organizationId,
        purpose: `call-reminder:${call.id}`,
        recipient: member.email!,
        outboxId: ctx.outboxId,
      },
      () =>
        this.mailer.send({
          to: member.email!,
          messageId: `<${ctx.outboxId}@socius>`,
          subject: fr
            ? `${organizationName} : appel de capital à régler avant le ${call.dueOn}`
            : `${organizationName}: capital call due on ${call.dueOn}`,
          text: fr
            ? `Bonjour,\n\nUn appel de capital de ${formatEuros(call.amountCents)} sur vos parts sociales est à régler avant le ${call.dueOn}. Reste dû : ${formatEuros(unpaidCents)}.\n\n${organizationName}\n`
            : `Hello,\n\nA capital call of ${formatEuros(call.amountCents)} on your shares is due on ${call.dueOn}. Still due: ${formatEuros(unpaidCents)}.\n\n${organizationName}\n`,
        }),
    );
    return { sent };
  }

  @JobHandler(CALL_DEFAULT_JOB)
  async checkDefault(payload: Record<string, unknown>, ctx: JobContext): Promise<{ defaulted: boolean }> {
    return this.subscriptions.markDefaulted(ctx.organizationId!, String(payload.callId));
  }
}
