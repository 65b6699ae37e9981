import { Body, Controller, HttpCode, Injectable, Logger, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { BusinessRuleError, centsToDecimalComma, csvLine, formatEuros, ValidationError } from '@socius/core';
import {
  DeliveriesService,
  JobContext,
  JobHandler,
  OutboxService,
  Scheduled,
  SCHEDULE_TZ,
  ScheduledPayload,
} from '@socius/jobs';
import { MailerService } from '@socius/notifications';
import { Matches } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { BooksService } from './books.service';
import { CapitalReportRepository } from './capital-report.repository';
import { ledgerHeadLines } from './ledger';
import { ChainHead, LedgerService } from './ledger.service';
import type { CapitalDto } from './dto/shares.dto';
import { RegisterService } from './register.service';

/** Monthly, from the job scheduler: one report job per organization with an accountant. */
export const CAPITAL_REPORT_SWEEP_JOB = 'shares.capital-report-sweep';
/** One organization, one month: the capital statement e-mailed to each accountant. */
export const CAPITAL_REPORT_JOB = 'shares.capital-report';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** the deliveries row that records "the report job of this month is queued" (not an e-mail address) */
const JOB_CLAIM_RECIPIENT = '#outbox';
const SWEEP_BATCH = 500;

export class CapitalReportRequestDto {
  /** the month whose last day the statement shows; it must be over in the organization's time zone */
  @ApiProperty({ example: '2026-10', pattern: MONTH.source })
  @Matches(MONTH, { message: 'month must be a month YYYY-MM' })
  month: string;
}

export class CapitalReportAcceptedDto {
  /** follow it at `GET /v1/orgs/{slug}/jobs/{jobId}` */
  @ApiProperty()
  jobId: string;
}

export interface CapitalReportResult {
  month: string;
  at: string;
  accountants: number;
  /** e-mails sent by this run (0 when a previous run already reached every accountant) */
  sent: number;
}

/** "2026-10" → "2026-10-31" */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The month before the one `instant` falls in, in the time zone given: 2026-11-01T05:00Z, Paris → "2026-10". */
export function previousMonth(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(
    instant,
  );
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * The capital statement as the French spreadsheet CSV of `GET exports/capital.csv` (UTF-8 with
 * BOM, `;`, CRLF, decimal comma, DD/MM/YYYY), built here because the exports library sits above
 * this one.
 */
export function capitalCsv(capital: CapitalDto, at: string, head: ChainHead): Buffer {
  const line = (fields: (string | number | null | undefined)[]) => csvLine(fields);
  const euros = centsToDecimalComma;
  const lines: string[] = ['\uFEFF'];
  lines.push(line(['Capital social au', `${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)}`]));
  lines.push(line([]));
  lines.push(line(['Catégorie', 'Nominal', 'Parts', 'Capital souscrit', 'Appelé', 'Versé', 'Sociétaires']));
  for (const c of capital.classes) {
    lines.push(
      line([
        c.shareClassCode,
        euros(c.nominalCents),
        c.quantity,
        euros(c.subscribedCents),
        euros(c.calledCents),
        euros(c.paidCents),
        c.memberCount,
      ]),
    );
  }
  lines.push(line([]));
  lines.push(line(['Collège', 'Poids %', 'Parts', 'Capital', 'Sociétaires']));
  for (const c of capital.colleges) {
    lines.push(
      line([
        c.collegeCode ?? c.name,
        c.weightPercent === null ? '' : c.weightPercent.toFixed(2).replace('.', ','),
        c.quantity,
        euros(c.subscribedCents),
        c.memberCount,
      ]),
    );
  }
  lines.push(line([]));
  lines.push(line(['Total', 'Parts', 'Capital souscrit', 'Appelé', 'Versé', 'Sociétaires']));
  lines.push(
    line([
      'Total',
      capital.totalShares,
      euros(capital.totalCents),
      euros(capital.calledCents),
      euros(capital.paidCents),
      capital.memberCount,
    ]),
  );
  lines.push(line([]));
  lines.push(line(['Capital minimum statutaire', euros(capital.minimumCapitalCents)]));
  lines.push(line(['Plus haut capital atteint', euros(capital.highestCapitalCents)]));
  lines.push(line(['Plancher de remboursement', euros(capital.floorCents)]));
  lines.push(line([]));
  lines.push(...ledgerHeadLines(head).map(line));
  return Buffer.from(lines.join(''), 'utf8');
}

/**
 * The monthly capital report to accountants. A job scheduler (CAPITAL_REPORT_CRON, 06:00 Paris
 * on the 1st by default) runs the sweep; the sweep queues, through the outbox, one report job per
 * organization for the month just ended — once: a deliveries row `capital-report:{orgId}:{month}`
 * / `#outbox` is claimed in the same transaction. An organization whose month is not over yet in
 * its own time zone (overseas) gets its job at the start of its next day. The report job e-mails
 * every accountant of the organization the capital statement at the month's last day as a CSV
 * attachment, once per (month, accountant) through the deliveries table: a retry, a second sweep
 * or `POST reports/capital` for the same month sends nothing new, but reaches an accountant
 * added since.
 */
@Injectable()
export class CapitalReportJobs {
  private readonly logger = new Logger('CapitalReport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly register: RegisterService,
    private readonly books: BooksService,
    private readonly outbox: OutboxService,
    private readonly deliveries: DeliveriesService,
    private readonly mailer: MailerService,
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
    private readonly repository: CapitalReportRepository,
  ) {}

  /** `POST reports/capital {month}`: queues the report of a month that is over; 202 with the job id. */
  async request(ctx: OrgContext, month: string): Promise<CapitalReportAcceptedDto> {
    const at = lastDayOfMonth(month);
    const today = await this.books.today(this.dataSource.manager, ctx.organizationId);
    if (at >= today) {
      throw new BusinessRuleError(
        'month-not-over',
        `The month ${month} is not over yet in the organization's time zone: its report can be sent from the day after ${at}.`,
        undefined,
        [{ field: 'month', message: 'is not over yet' }],
      );
    }
    return this.dataSource.transaction(async (em) => {
      const jobId = await this.outbox.enqueue(em, {
        organizationId: ctx.organizationId,
        queue: 'mail',
        name: CAPITAL_REPORT_JOB,
        payload: { month, requestedBy: ctx.userId },
      });
      await this.claim(em, ctx.organizationId, month, jobId); // the scheduled sweep need not queue it again
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'reports.capital-requested',
        entityType: 'job',
        entityId: jobId,
        changes: { month },
      });
      return { jobId };
    });
  }

  @JobHandler(CAPITAL_REPORT_SWEEP_JOB)
  @Scheduled({ pattern: (config) => config.CAPITAL_REPORT_CRON, tz: SCHEDULE_TZ })
  async sweep(
    payload: ScheduledPayload & { month?: unknown },
    job: JobContext,
  ): Promise<{ month: string; organizations: number; queued: number }> {
    const month =
      typeof payload.month === 'string' && MONTH.test(payload.month)
        ? payload.month
        : previousMonth(payload.scheduledAt ? new Date(payload.scheduledAt) : new Date(), SCHEDULE_TZ);
    const at = lastDayOfMonth(month);
    // only organizations with an accountant; each gets its job once its own day `at` is over
    const orgs = await this.repository.organizationsWithAccountants(this.dataSource.manager, at);
    let queued = 0;
    for (let i = 0; i < orgs.length; i += SWEEP_BATCH) {
      queued += await this.dataSource.transaction(async (em) => {
        let n = 0;
        for (const org of orgs.slice(i, i + SWEEP_BATCH)) {
          if (!(await this.claim(em, org.id, month, null))) continue;
          const availableAt = new Date(org.availableAt) > new Date() ? new Date(org.availableAt) : undefined;
          const jobId = await this.outbox.enqueue(em, {
            organizationId: org.id,
            queue: 'mail',
            name: CAPITAL_REPORT_JOB,
            payload: { month },
            availableAt,
          });
          await this.repository.setClaimOutbox(em, purposeOf(org.id, month), JOB_CLAIM_RECIPIENT, jobId);
          n++;
        }
        return n;
      });
      if (i + SWEEP_BATCH < orgs.length) await job.progress((100 * (i + SWEEP_BATCH)) / orgs.length);
    }
    this.logger.log(`capital reports for ${month}: ${queued} queued, ${orgs.length - queued} already queued`);
    return { month, organizations: orgs.length, queued };
  }

  @JobHandler(CAPITAL_REPORT_JOB)
  async send(payload: Record<string, unknown>, job: JobContext): Promise<CapitalReportResult> {
    const organizationId = job.organizationId!;
    const month = String(payload.month);
    if (!MONTH.test(month)) throw ValidationError.field('month', 'must be a month YYYY-MM');
    const at = lastDayOfMonth(month);
    const org = await this.repository.organization(this.dataSource.manager, organizationId);
    const accountants = await this.repository.accountants(this.dataSource.manager, organizationId);
    const result: CapitalReportResult = { month, at, accountants: accountants.length, sent: 0 };
    if (!org || !accountants.length) return result;

    const capital = await this.register.capital(
      { organizationId, slug: org.slug, role: 'accountant', userId: '', memberId: null },
      at,
    );
    const fr = org.defaultLanguage !== 'en';
    const head = await this.ledger.anchor(null, organizationId, 'capital-report', { month, at });
    const csv = capitalCsv(capital, at, head);
    const chain = fr
      ? `Registre des mouvements de titres : dernier mouvement n° ${head.sequence}, empreinte SHA-256 ${head.hash}.`
      : `Share register: last movement no. ${head.sequence}, SHA-256 ${head.hash}.`;
    const date = fr ? `${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)}` : at;
    for (const accountant of accountants) {
      const sent = await this.deliveries.once(
        {
          organizationId,
          purpose: purposeOf(organizationId, month),
          recipient: accountant.email,
          outboxId: job.outboxId,
        },
        () =>
          this.mailer.send({
            to: accountant.email,
            messageId: `<capital-report.${organizationId}.${month}.${accountant.id}@socius>`,
            subject: fr ? `${org.name} : capital social au ${date}` : `${org.name}: share capital at ${date}`,
            text: fr
              ? `Bonjour ${accountant.name},\n\nVoici l'état du capital social de ${org.name} au ${date} (fichier CSV joint) : ` +
                `capital souscrit ${formatEuros(capital.totalCents)}, versé ${formatEuros(capital.paidCents)}, ${capital.memberCount} sociétaire(s).\n\n` +
                `${chain} Conservez ce relevé : il permet de vérifier plus tard que le registre n'a pas été réécrit.\n\n` +
                `Vous recevez ce relevé chaque mois en tant qu'expert-comptable de ${org.name} sur Socius.\n`
              : `Hello ${accountant.name},\n\nHere is the share capital statement of ${org.name} at ${date} (CSV attached): ` +
                `subscribed capital ${formatEuros(capital.totalCents)}, paid ${formatEuros(capital.paidCents)}, ${capital.memberCount} member(s).\n\n` +
                `${chain} Keep this statement: it lets you check later that the register was not rewritten.\n\n` +
                `You receive this statement every month as an accountant of ${org.name} on Socius.\n`,
            attachments: [
              { filename: `capital-${org.slug}-${at}.csv`, content: csv, contentType: 'text/csv; charset=utf-8' },
            ],
          }),
      );
      if (sent) result.sent++;
    }
    return result;
  }

  /** Records that the report job of this month is queued; false when it already was. */
  private async claim(
    em: EntityManager,
    organizationId: string,
    month: string,
    outboxId: string | null,
  ): Promise<boolean> {
    return this.repository.claim(em, organizationId, purposeOf(organizationId, month), JOB_CLAIM_RECIPIENT, outboxId);
  }
}

function purposeOf(organizationId: string, month: string): string {
  return `capital-report:${organizationId}:${month}`;
}

@ApiTags('reports')
@Controller('v1/orgs/:slug/reports')
export class CapitalReportController {
  constructor(private readonly reports: CapitalReportJobs) {}

  /**
   * E-mails the capital statement at the last day of `month` (CSV attached) to every accountant
   * of the organization, as the monthly job does; an accountant already sent that month's report
   * gets nothing new. Follow it at `GET jobs/{jobId}`.
   */
  @Post('capital')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'E-mails the capital statement at the end of a month to every accountant (as the monthly job does).',
  })
  @ApiAcceptedResponse({ type: CapitalReportAcceptedDto })
  capital(@Org() org: OrgContext, @Body() dto: CapitalReportRequestDto): Promise<CapitalReportAcceptedDto> {
    return this.reports.request(org, dto.month);
  }
}
