import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { APP_CONFIG, AppConfig, ConflictError } from '@socius/core';
import { DeliveriesService, JobContext, JobHandler, OutboxService } from '@socius/jobs';
import { DocumentFile, DocumentFormat, DocumentsService, LABELS } from '@socius/documents';
import { MailerService } from '@socius/notifications';
import { DataSource } from 'typeorm';
import { CapitalStatementService } from '../capital-statement.service';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService, DocumentMember, toDocumentMember } from './certificates.service';

export const ANNUAL_CERTIFICATES_JOB = 'documents.annual-certificates';

/** members whose figures are read, and certificates issued, together */
const CHUNK = 200;
/** e-mails being sent at once (the mailer pools its SMTP connections) */
const MAILS_IN_FLIGHT = 8;
/** chunks being certified at once */
const CHUNKS_IN_FLIGHT = 2;

export interface AnnualCertificatesResult {
  at: string;
  /** members holding shares at that date: one certificate each */
  members: number;
  /** e-mails sent by this run (0 when a previous run sent them all) */
  sent: number;
  /** members not e-mailed: no address, or no consent to e-mail */
  notEmailed: number;
}

/**
 * The yearly certificates: one share certificate at a date for every member holding shares then,
 * e-mailed (PDF attached) to those with an address who consented to e-mail, once per member and
 * year. A retry or a second run issues nothing new (the same state is the same document) and
 * sends nothing twice (deliveries).
 */
@Injectable()
export class AnnualCertificatesService {
  private readonly logger = new Logger('AnnualCertificates');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CertificatesRepository,
    private readonly certificates: CertificatesService,
    private readonly documents: DocumentsService,
    private readonly capital: CapitalStatementService,
    private readonly outbox: OutboxService,
    private readonly deliveries: DeliveriesService,
    private readonly mailer: MailerService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `POST documents/annual-certificates {at}`: queues the batch; the job id tells how far it went.
   * One batch per organization at a time (409 while another is queued or running): two at once
   * could both claim a member's e-mail while it is being sent.
   */
  async request(ctx: OrgContext, at?: string): Promise<{ jobId: string }> {
    const org = await this.certificates.organization(ctx.organizationId);
    const date = this.certificates.pastDate(org, at);
    return this.dataSource.transaction(async (em) => {
      const running = await this.repository.lockBatch(em, org.id, ANNUAL_CERTIFICATES_JOB);
      if (running)
        throw new ConflictError(
          'annual-certificates-running',
          'Annual certificates are already being issued for this organization: follow that job, then ask again.',
          { jobId: running.id },
        );
      const jobId = await this.outbox.enqueue(em, {
        organizationId: org.id,
        queue: 'mail',
        name: ANNUAL_CERTIFICATES_JOB,
        payload: { at: date, requestedBy: ctx.userId },
      });
      await this.audit.record(em, {
        organizationId: org.id,
        action: 'documents.annual-certificates-requested',
        entityType: 'job',
        entityId: jobId,
        changes: { at: date },
      });
      return { jobId };
    });
  }

  @JobHandler(ANNUAL_CERTIFICATES_JOB)
  async run(payload: Record<string, unknown>, job: JobContext): Promise<AnnualCertificatesResult> {
    const organizationId = job.organizationId!;
    const at = String(payload.at);
    const requestedBy = typeof payload.requestedBy === 'string' ? payload.requestedBy : null;
    const year = at.slice(0, 4);
    const org = await this.certificates.organization(organizationId);
    const language = org.defaultLanguage;
    const labels = LABELS[language];
    const date = new DocumentFormat(language, org.timezone).calendarDate(at);

    const base = await this.capital.holdingsAtSql(this.dataSource.manager, organizationId, at);
    const members = (await this.repository.holders(this.dataSource.manager, base)).map(toDocumentMember);

    const result: AnnualCertificatesResult = { at, members: members.length, sent: 0, notEmailed: 0 };
    const send = async (member: DocumentMember, { document, bytes }: DocumentFile) => {
      if (member.email && member.eConsent) {
        // keyed by member: two members sharing an address each get theirs, and a member gets one per year
        const sent = await this.deliveries.once(
          {
            organizationId,
            purpose: `annual-certificate:${year}:${member.id}`,
            recipient: member.email,
            outboxId: job.outboxId,
          },
          () =>
            this.mailer.send({
              to: member.email!,
              messageId: `<annual-certificate.${year}.${member.id}@socius>`,
              subject: labels.annualMailSubject(org.name, date),
              text: labels.annualMailText(
                org.name,
                date,
                document.number,
                document.verificationCode,
                `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/v1/verify/${document.verificationCode}`,
              ),
              attachments: [{ filename: `${document.number}.pdf`, content: bytes, contentType: 'application/pdf' }],
            }),
        );
        if (sent) result.sent++;
      } else {
        result.notEmailed++;
      }
    };
    // a chunk of members at a time: their figures read in two queries, their certificates numbered
    // in one transaction and registered in another (the registry's issueMany), then e-mailed
    // two chunks in flight: one is read and numbered while the other's last certificates are drawn
    // and registered, so the drawing threads never wait between chunks
    let done = 0;
    const certify = async (chunk: DocumentMember[]) => {
      const figures = await this.certificates.holdingFigures(
        organizationId,
        chunk.map((m) => m.id),
        at,
      );
      const files = await this.documents.issueMany(
        chunk.map((member) =>
          this.certificates.certificateRequest(org, member, at, language, requestedBy, figures.get(member.id)!),
        ),
      );
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(MAILS_IN_FLIGHT, chunk.length) }, async () => {
          while (next < chunk.length) {
            const k = next++;
            await send(chunk[k], files[k]);
          }
        }),
      );
      done += chunk.length;
      if (done < members.length) await job.progress(Math.floor((100 * done) / members.length));
    };
    const chunks = Array.from({ length: Math.ceil(members.length / CHUNK) }, (_, i) =>
      members.slice(i * CHUNK, (i + 1) * CHUNK),
    );
    let nextChunk = 0;
    await Promise.all(
      Array.from({ length: Math.min(CHUNKS_IN_FLIGHT, chunks.length) }, async () => {
        while (nextChunk < chunks.length) await certify(chunks[nextChunk++]);
      }),
    );
    this.logger.log(
      `annual certificates at ${at} for organization ${organizationId}: ${result.members} members, ${result.sent} e-mails sent`,
    );
    return result;
  }
}
