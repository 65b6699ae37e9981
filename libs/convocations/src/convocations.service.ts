import { Inject, Injectable } from '@nestjs/common';
import { VotingCodesService } from '@socius/assemblies';
import { AuditService } from '@socius/audit';
import type { OrgContext } from '@socius/auth';
import {
  APP_CONFIG,
  AppConfig,
  BusinessRuleError,
  ConflictError,
  CSV_STRINGIFY_CAST,
  NotFoundError,
} from '@socius/core';
import { OutboxService } from '@socius/jobs';
import { stringify } from 'csv-stringify';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, EntityManager } from 'typeorm';
import {
  Addressee,
  AgendaItem,
  Convocation,
  convocationPurpose,
  noticeWarnings,
  postalLettersPdf,
} from './convocation';
import { AddresseeRow, ConvocationsRepository, RecipientRow, ScheduledNoticeRow } from './convocations.repository';
import { ConvocationStartedDto, NoticeStartedDto, VotingCodeReissuedDto } from './dto/convocations.dto';
import { NoticeResolution, reminderPurpose, resultNoticePurpose } from './notices';

export const CONVOCATION_JOB = 'convocations.send';
export const REMINDERS_JOB = 'convocations.reminders';
export const RESULT_NOTICES_JOB = 'convocations.result-notices';
export const SWEEP_JOB = 'convocations.sweep';
export const VOTING_CODE_JOB = 'convocations.voting-code';

/** Reminders go out this long before a vote closes (or when it opens, if it opens later than that). */
export const REMINDER_LEAD_MS = 48 * 3600_000;
/** Results of votes closed longer ago than this are not sent by the sweep (a new deployment does not mail the past). */
export const RESULT_NOTICE_WINDOW_MS = 7 * 24 * 3600_000;

export const POSTAL_CSV_COLUMNS = [
  'membershipNumber',
  'name',
  'legalRepresentative',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'reason',
] as const;
/** Letters in one PDF at most: pdfkit keeps a file's pages in memory until it ends (about 0.25 MB a letter). */
export const MAX_LETTERS_PER_FILE = 200;
const PAGE = 2_000;

/** Who gets what, once: the recipients still to reach and how many there are in all. */
export interface Recipients {
  total: number;
  pending: Addressee[];
}

/**
 * Convocations of an assembly (by e-mail to members who consented, by post to the others),
 * reminders to electors who have not voted, and result notices. The commands only put a job in the
 * outbox with the request; the jobs (convocations.jobs.ts) read everything again when they run.
 */
@Injectable()
export class ConvocationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ConvocationsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly votingCodes: VotingCodesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- commands ----------------------------------------------------------------------------

  /**
   * `POST assemblies/{id}/convocations`: one outbox job that e-mails every member who consented,
   * once per member whatever the retries or repeats; the counts are those of the register now.
   */
  async convene(ctx: OrgContext, assemblyId: string): Promise<ConvocationStartedDto> {
    return this.dataSource.transaction(async (em) => {
      // the assembly's lock orders concurrent requests; the deliveries keep them from sending twice
      if (!(await this.repository.lockAssembly(em, ctx.organizationId, assemblyId)))
        throw new NotFoundError('assembly');
      const c = await this.context(ctx.organizationId, assemblyId, em);
      if (!c.agenda.length)
        throw new BusinessRuleError(
          'empty-agenda',
          'This assembly has no resolution left to vote on: add its resolutions before convening it.',
        );
      const counts = await this.repository.conveneCounts(
        em,
        ctx.organizationId,
        convocationPurpose(assemblyId),
        c.organization.eConvocation,
      );
      const jobId = await this.outbox.enqueue(em, {
        organizationId: ctx.organizationId,
        queue: 'mail',
        name: CONVOCATION_JOB,
        payload: { assemblyId },
      });
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'assembly.convened',
        entityType: 'assembly',
        entityId: assemblyId,
        changes: { jobId, emailCount: counts.email, postalCount: counts.postal, alreadySent: counts.sent },
      });
      return {
        jobId,
        emailCount: counts.email,
        postalCount: counts.postal,
        alreadySent: counts.sent,
        warnings: noticeWarnings(c.assembly.kind, c.agenda, new Date(), c.organization.language),
      };
    });
  }

  /**
   * `POST assemblies/{id}/members/{memberId}/voting-code`: revokes the member's voting code for the
   * assembly (theirs only) and issues a new one, which a job e-mails them (a member convened by post
   * gets it in their letter, `letters.pdf?memberId=`). Nobody else sees the code.
   */
  async reissueVotingCode(ctx: OrgContext, assemblyId: string, memberId: string): Promise<VotingCodeReissuedDto> {
    return this.dataSource.transaction(async (em) => {
      if (!(await this.repository.lockAssembly(em, ctx.organizationId, assemblyId)))
        throw new NotFoundError('assembly');
      const member = await this.repository.memberChannel(em, ctx.organizationId, memberId);
      if (!member) throw new NotFoundError('member');
      if (member.status !== 'active')
        throw new BusinessRuleError('member-not-active', `Only active members vote; this one is ${member.status}.`, {
          status: member.status,
        });
      const { codeId, revokedCodeId } = await this.votingCodes.reissue(em, ctx.organizationId, assemblyId, memberId);
      const jobId = member.byEmail
        ? await this.outbox.enqueue(em, {
            organizationId: ctx.organizationId,
            queue: 'mail',
            name: VOTING_CODE_JOB,
            payload: { assemblyId, memberId, codeId },
          })
        : null;
      const channel = member.byEmail ? 'email' : 'post';
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'assembly.voting-code-reissued',
        entityType: 'assembly',
        entityId: assemblyId,
        changes: { memberId, codeId, revokedCodeId, channel, jobId },
      });
      return { channel, jobId, revoked: revokedCodeId !== null };
    });
  }

  /** `POST resolutions/{id}/reminders`: e-mails the electors who have not voted yet (each once). */
  async remind(ctx: OrgContext, resolutionId: string): Promise<NoticeStartedDto> {
    return this.enqueueNotice(ctx, resolutionId, 'open', REMINDERS_JOB, 'resolution.reminders-requested');
  }

  /** `POST resolutions/{id}/result-notices`: e-mails the results of a closed vote to its electors (each once). */
  async notifyResults(ctx: OrgContext, resolutionId: string): Promise<NoticeStartedDto> {
    return this.enqueueNotice(ctx, resolutionId, 'closed', RESULT_NOTICES_JOB, 'resolution.result-notices-requested');
  }

  private async enqueueNotice(
    ctx: OrgContext,
    resolutionId: string,
    status: 'open' | 'closed',
    job: string,
    action: string,
  ): Promise<NoticeStartedDto> {
    return this.dataSource.transaction(async (em) => {
      const r = await this.repository.resolutionStatus(em, ctx.organizationId, resolutionId);
      if (!r) throw new NotFoundError('resolution');
      if (r.status !== status) {
        throw new ConflictError(
          status === 'open' ? 'resolution-not-open' : 'resolution-not-closed',
          status === 'open'
            ? `This resolution is ${r.status}: reminders go out while its vote is open.`
            : `This resolution is ${r.status}: its results are sent once it has closed.`,
          { status: r.status },
        );
      }
      const jobId = await this.outbox.enqueue(em, {
        organizationId: ctx.organizationId,
        queue: 'mail',
        name: job,
        payload: { resolutionId },
      });
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action,
        entityType: 'resolution',
        entityId: resolutionId,
        changes: { jobId },
      });
      return { jobId };
    });
  }

  /**
   * The periodic sweep (`@Scheduled`, see convocations.jobs.ts): puts in the outbox the reminders of
   * every open vote that closes within 48 hours, and the result notices of every vote closed in the
   * last 7 days, each once. The "once" is a row in the deliveries table — purpose
   * `reminders:{resolutionId}` or `result-notices:{resolutionId}`, recipient `*` (the whole
   * electorate) — inserted in the transaction of the job it schedules: of two sweeps, one inserts it
   * and enqueues, the other finds it and does nothing. Nothing in the assemblies library changes.
   */
  async sweep(): Promise<{ reminders: number; resultNotices: number }> {
    return this.dataSource.transaction(async (em) => {
      const schedule = async (due: ScheduledNoticeRow[], job: string): Promise<number> => {
        for (const d of due) {
          await this.outbox.enqueue(em, {
            organizationId: d.organizationId,
            queue: 'mail',
            name: job,
            payload: { resolutionId: d.resolutionId, trigger: 'sweep' },
          });
        }
        return due.length;
      };
      const reminders = await schedule(await this.repository.claimReminders(em, REMINDER_LEAD_MS), REMINDERS_JOB);
      const resultNotices = await schedule(
        await this.repository.claimResultNotices(em, RESULT_NOTICE_WINDOW_MS),
        RESULT_NOTICES_JOB,
      );
      return { reminders, resultNotices };
    });
  }

  // ---- what the jobs and the postal outputs read ----------------------------------------------

  /** The organization, the assembly and its agenda (404 when the assembly is not this organization's). */
  async context(
    organizationId: string,
    assemblyId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<Convocation> {
    const row = await this.repository.context(em, organizationId, assemblyId);
    if (!row) throw new NotFoundError('assembly');
    const agenda = await this.repository.agenda(em, organizationId, assemblyId);
    return {
      organization: {
        id: organizationId,
        name: row.name,
        slug: row.slug,
        legalForm: row.legalForm,
        siren: row.siren,
        address: row.address,
        rcsCity: row.rcsCity,
        language: row.defaultLanguage === 'en' ? 'en' : 'fr',
        timezone: row.timezone,
        eConvocation: row.eConvocation,
      },
      assembly: {
        id: assemblyId,
        title: row.title,
        kind: row.kind,
        place: row.place,
        proxiesAllowed: row.proxyCapRule === 'scop' || row.maxProxiesPerHolder > 0,
      },
      agenda: agenda.map((r): AgendaItem => ({
        id: r.id,
        number: r.number,
        title: r.title,
        opensAt: r.opensAt,
        closesAt: r.closesAt,
      })),
      links: this.links(row.slug),
    };
  }

  /** Where members vote in the web app: with their account, or with a voting code. */
  links(slug: string): { account: string; page: string } {
    return { account: `${this.config.PUBLIC_URL}/o/${slug}/votes`, page: `${this.config.PUBLIC_URL}/vote` };
  }

  /** Active members convened by e-mail: all of them, and those the convocation has not reached yet. */
  async emailRecipients(c: Convocation): Promise<Recipients> {
    if (!c.organization.eConvocation) return { total: 0, pending: [] };
    return recipients(
      await this.repository.emailRecipients(
        this.dataSource.manager,
        c.organization.id,
        convocationPurpose(c.assembly.id),
      ),
    );
  }

  /** Electors of an open vote with e-mail and consent who have not voted (themselves or by proxy). */
  async reminderRecipients(organizationId: string, resolutionId: string): Promise<Recipients> {
    return recipients(
      await this.repository.nonVoterRecipients(
        this.dataSource.manager,
        organizationId,
        resolutionId,
        reminderPurpose(resolutionId),
      ),
    );
  }

  /** Electors of a closed vote with e-mail and consent. */
  async resultRecipients(organizationId: string, resolutionId: string): Promise<Recipients> {
    return recipients(
      await this.repository.electorRecipients(
        this.dataSource.manager,
        organizationId,
        resolutionId,
        resultNoticePurpose(resolutionId),
      ),
    );
  }

  /**
   * The voting codes of these members for the assembly (issued now to those who have none), for the
   * members without an account: those with one vote with it and get no code.
   */
  async codesFor(organizationId: string, assemblyId: string, members: Addressee[]): Promise<Map<string, string>> {
    const withoutAccount = members.filter((m) => !m.hasAccount).map((m) => m.id);
    if (!withoutAccount.length) return new Map();
    const issued = await this.dataSource.transaction((em) =>
      this.votingCodes.ensure(em, organizationId, assemblyId, withoutAccount),
    );
    return new Map([...issued].map(([memberId, c]) => [memberId, c.code]));
  }

  /** The code of an issue still current (null once revoked), and its member as an addressee. */
  async reissuedCode(
    organizationId: string,
    assemblyId: string,
    memberId: string,
    codeId: string,
  ): Promise<{ code: string; member: Addressee } | null> {
    const code = await this.votingCodes.current(assemblyId, memberId, codeId);
    const row = await this.repository.consentingMember(this.dataSource.manager, organizationId, memberId);
    return code && row ? { code, member: toAddressee(row) } : null;
  }

  /** Whether the member has voted (or been voted for) on the resolution by now. */
  async hasVoted(resolutionId: string, memberId: string): Promise<boolean> {
    return this.repository.hasParticipated(this.dataSource.manager, resolutionId, memberId);
  }

  /** A resolution with what its notices say, or null when it is gone. */
  async noticeResolution(organizationId: string, resolutionId: string): Promise<NoticeResolution | null> {
    const row = await this.repository.noticeResolution(this.dataSource.manager, organizationId, resolutionId);
    if (!row) return null;
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      kind: row.kind,
      status: row.status,
      closesAt: row.closesAt,
      closedAt: row.closedAt,
      results: row.results,
      assemblyId: row.assemblyId,
      assemblyTitle: row.assemblyTitle,
      organization: {
        name: row.name,
        slug: row.slug,
        language: row.defaultLanguage === 'en' ? 'en' : 'fr',
        timezone: row.timezone,
      },
    };
  }

  // ---- postal convocations -----------------------------------------------------------------------

  /**
   * `postal.csv`: the active members to convene by post — no e-mail address, no consent, or all of
   * them when the organization does not convene by e-mail — in the French spreadsheet preset
   * (UTF-8 with BOM, `;`, CRLF), read page by page so memory stays flat.
   */
  async writePostalCsv(c: Convocation, out: Writable): Promise<void> {
    const pages = this.postalPages(c);
    async function* rows() {
      for await (const page of pages) {
        for (const m of page) {
          const reason = !c.organization.eConvocation
            ? 'e-convocation-off'
            : !m.email?.trim()
              ? 'no-email'
              : 'no-consent';
          yield [
            m.membershipNumber,
            m.name,
            m.legalRepresentative,
            m.addressLine1,
            m.addressLine2,
            m.postalCode,
            m.city,
            m.country,
            reason,
          ];
        }
      }
    }
    out.write('\uFEFF');
    await pipeline(
      Readable.from(rows()),
      stringify({
        delimiter: ';',
        record_delimiter: '\r\n',
        header: true,
        columns: [...POSTAL_CSV_COLUMNS],
        cast: CSV_STRINGIFY_CAST,
      }),
      out,
    );
  }

  /**
   * `letters.pdf`: the postal letters, `limit` members from `offset` in membership-number order (or
   * the one `memberId`), and how many there are. Each member without an account finds their voting
   * code in their letter (issued now if they had none): whoever prints the letters handles those
   * codes, so each download is in the audit log, with the members it printed.
   */
  async postalLetters(
    ctx: OrgContext,
    assemblyId: string,
    offset: number,
    limit: number,
    memberId?: string,
  ): Promise<{ pdf: Buffer; total: number; count: number }> {
    const c = await this.context(ctx.organizationId, assemblyId);
    const db = this.dataSource.manager;
    const total = await this.repository.postalCount(db, ctx.organizationId, c.organization.eConvocation, memberId);
    const rows = await this.repository.postalPage(
      db,
      ctx.organizationId,
      c.organization.eConvocation,
      offset,
      limit,
      memberId,
    );
    const members = rows.map(toAddressee);
    const codes = await this.codesFor(ctx.organizationId, assemblyId, members);
    if (members.length)
      await this.dataSource.transaction((em) =>
        this.audit.record(em, {
          organizationId: ctx.organizationId,
          action: 'assembly.convocation-letters-printed',
          entityType: 'assembly',
          entityId: assemblyId,
          changes: { offset, count: members.length, memberIds: members.map((m) => m.id), withCode: codes.size },
        }),
      );
    return { pdf: await postalLettersPdf(c, members, codes), total, count: rows.length };
  }

  private async *postalPages(c: Convocation): AsyncGenerator<Addressee[]> {
    let after = -1;
    for (;;) {
      const rows = await this.repository.postalAfter(
        this.dataSource.manager,
        c.organization.id,
        c.organization.eConvocation,
        after,
        PAGE,
      );
      if (rows.length) yield rows.map(toAddressee);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].membershipNumber!;
    }
  }
}

/** Who of these recipients the e-mail has not reached yet, and how many there are in all. */
function recipients(rows: RecipientRow[]): Recipients {
  return { total: rows.length, pending: rows.filter((r) => !r.sent).map(toAddressee) };
}

function toAddressee(r: AddresseeRow): Addressee {
  return {
    id: r.id,
    membershipNumber: r.membershipNumber,
    name: r.name,
    legalRepresentative: r.legalRepresentative,
    email: r.email,
    addressLine1: r.addressLine1,
    addressLine2: r.addressLine2,
    postalCode: r.postalCode,
    city: r.city,
    country: r.country,
    hasAccount: r.hasAccount,
  };
}
