import { Inject, Injectable } from '@nestjs/common';
import { ResultsDto, VotingCodesService } from '@socius/assemblies';
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

/** Members who consented to e-mail and gave an address (the organization must also allow e-convocation). */
const CONSENTING = `m.e_consent AND m.email IS NOT NULL AND btrim(m.email) <> ''`;
const ADDRESSEE = `m.id, m.membership_number, coalesce(m.company_name, concat_ws(' ', m.first_name, m.last_name)) AS name,
  CASE WHEN m.kind = 'legal_entity' THEN m.legal_representative END AS legal_representative,
  m.email, m.address_line1, m.address_line2, m.postal_code, m.city, m.country,
  EXISTS (SELECT 1 FROM organization_users ou WHERE ou.organization_id = m.organization_id AND ou.member_id = m.id) AS has_account`;

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

interface AddresseeRow {
  id: string;
  membership_number: number | null;
  name: string;
  legal_representative: string | null;
  email: string | null;
  address_line1: string | null;
  address_line2: string | null;
  postal_code: string | null;
  city: string | null;
  country: string;
  has_account: boolean;
}

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
      const [locked] = await em.query(`SELECT id FROM assemblies WHERE organization_id = $1 AND id = $2 FOR UPDATE`, [
        ctx.organizationId,
        assemblyId,
      ]);
      if (!locked) throw new NotFoundError('assembly');
      const c = await this.context(ctx.organizationId, assemblyId, em);
      if (!c.agenda.length)
        throw new BusinessRuleError(
          'empty-agenda',
          'This assembly has no resolution left to vote on: add its resolutions before convening it.',
        );
      const [counts] = await em.query(
        `SELECT count(*) FILTER (WHERE ${CONSENTING} AND $3)::int AS email,
                count(*) FILTER (WHERE NOT (${CONSENTING} AND $3))::int AS postal,
                count(*) FILTER (WHERE ${CONSENTING} AND $3 AND EXISTS (SELECT 1 FROM deliveries d WHERE d.purpose = $2 AND d.recipient = m.id::text AND d.status = 'sent'))::int AS sent
           FROM members m WHERE m.organization_id = $1 AND m.status = 'active'`,
        [ctx.organizationId, convocationPurpose(assemblyId), c.organization.eConvocation],
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
      const [assembly] = await em.query(`SELECT id FROM assemblies WHERE organization_id = $1 AND id = $2 FOR UPDATE`, [
        ctx.organizationId,
        assemblyId,
      ]);
      if (!assembly) throw new NotFoundError('assembly');
      const [member]: { status: string; by_email: boolean }[] = await em.query(
        `SELECT m.status, ${CONSENTING} AND o.e_convocation AS by_email
           FROM members m JOIN organizations o ON o.id = m.organization_id WHERE m.organization_id = $1 AND m.id = $2`,
        [ctx.organizationId, memberId],
      );
      if (!member) throw new NotFoundError('member');
      if (member.status !== 'active')
        throw new BusinessRuleError('member-not-active', `Only active members vote; this one is ${member.status}.`, {
          status: member.status,
        });
      const { codeId, revokedCodeId } = await this.votingCodes.reissue(em, ctx.organizationId, assemblyId, memberId);
      const jobId = member.by_email
        ? await this.outbox.enqueue(em, {
            organizationId: ctx.organizationId,
            queue: 'mail',
            name: VOTING_CODE_JOB,
            payload: { assemblyId, memberId, codeId },
          })
        : null;
      const channel = member.by_email ? 'email' : 'post';
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
      const [r] = await em.query(`SELECT status FROM resolutions WHERE organization_id = $1 AND id = $2`, [
        ctx.organizationId,
        resolutionId,
      ]);
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
      const schedule = async (
        kind: 'reminders' | 'result-notices',
        where: string,
        job: string,
        window: number,
      ): Promise<number> => {
        const due: { organization_id: string; resolution_id: string }[] = await em.query(
          `INSERT INTO deliveries (organization_id, purpose, recipient, status, sent_at)
           SELECT r.organization_id, $1 || r.id, '*', 'sent', now() FROM resolutions r WHERE ${where}
           ON CONFLICT (purpose, recipient) DO NOTHING
           RETURNING organization_id, substr(purpose, length($1) + 1) AS resolution_id`,
          [`${kind}:`, window],
        );
        for (const d of due) {
          await this.outbox.enqueue(em, {
            organizationId: d.organization_id,
            queue: 'mail',
            name: job,
            payload: { resolutionId: d.resolution_id, trigger: 'sweep' },
          });
        }
        return due.length;
      };
      const reminders = await schedule(
        'reminders',
        `r.status = 'open' AND r.closes_at > now() AND r.closes_at <= now() + $2::float8 * interval '1 millisecond'`,
        REMINDERS_JOB,
        REMINDER_LEAD_MS,
      );
      const resultNotices = await schedule(
        'result-notices',
        `r.status = 'closed' AND r.closed_at > now() - $2::float8 * interval '1 millisecond'`,
        RESULT_NOTICES_JOB,
        RESULT_NOTICE_WINDOW_MS,
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
    const [row] = await em.query(
      `SELECT o.name, o.slug, o.legal_form, o.siren, o.address, o.rcs_city, o.default_language, o.timezone, o.e_convocation,
              a.title, a.kind, a.place, a.max_proxies_per_holder, a.proxy_cap_rule
         FROM assemblies a JOIN organizations o ON o.id = a.organization_id
        WHERE a.organization_id = $1 AND a.id = $2`,
      [organizationId, assemblyId],
    );
    if (!row) throw new NotFoundError('assembly');
    const agenda: { id: string; number: number; title: string; opens_at: Date; closes_at: Date }[] = await em.query(
      `SELECT id, number, title, opens_at, closes_at FROM resolutions WHERE organization_id = $1 AND assembly_id = $2 AND status IN ('draft', 'open') ORDER BY number`,
      [organizationId, assemblyId],
    );
    return {
      organization: {
        id: organizationId,
        name: row.name,
        slug: row.slug,
        legalForm: row.legal_form,
        siren: row.siren,
        address: row.address,
        rcsCity: row.rcs_city,
        language: row.default_language === 'en' ? 'en' : 'fr',
        timezone: row.timezone,
        eConvocation: row.e_convocation,
      },
      assembly: {
        id: assemblyId,
        title: row.title,
        kind: row.kind,
        place: row.place,
        proxiesAllowed: row.proxy_cap_rule === 'scop' || row.max_proxies_per_holder > 0,
      },
      agenda: agenda.map((r): AgendaItem => ({
        id: r.id,
        number: r.number,
        title: r.title,
        opensAt: r.opens_at,
        closesAt: r.closes_at,
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
    return this.recipients(
      `SELECT ${ADDRESSEE}, d.status = 'sent' AS sent FROM members m
         LEFT JOIN deliveries d ON d.purpose = $2 AND d.recipient = m.id::text
        WHERE m.organization_id = $1 AND m.status = 'active' AND ${CONSENTING}
        ORDER BY m.membership_number`,
      [c.organization.id, convocationPurpose(c.assembly.id)],
    );
  }

  /** Electors of an open vote with e-mail and consent who have not voted (themselves or by proxy). */
  async reminderRecipients(organizationId: string, resolutionId: string): Promise<Recipients> {
    return this.recipients(
      `SELECT ${ADDRESSEE}, d.status = 'sent' AS sent FROM resolution_electors e
         JOIN members m ON m.organization_id = e.organization_id AND m.id = e.member_id
         LEFT JOIN deliveries d ON d.purpose = $3 AND d.recipient = m.id::text
        WHERE e.organization_id = $1 AND e.resolution_id = $2 AND ${CONSENTING}
          AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.resolution_id = e.resolution_id AND p.member_id = e.member_id)
        ORDER BY m.membership_number`,
      [organizationId, resolutionId, reminderPurpose(resolutionId)],
    );
  }

  /** Electors of a closed vote with e-mail and consent. */
  async resultRecipients(organizationId: string, resolutionId: string): Promise<Recipients> {
    return this.recipients(
      `SELECT ${ADDRESSEE}, d.status = 'sent' AS sent FROM resolution_electors e
         JOIN members m ON m.organization_id = e.organization_id AND m.id = e.member_id
         LEFT JOIN deliveries d ON d.purpose = $3 AND d.recipient = m.id::text
        WHERE e.organization_id = $1 AND e.resolution_id = $2 AND ${CONSENTING}
        ORDER BY m.membership_number`,
      [organizationId, resolutionId, resultNoticePurpose(resolutionId)],
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
    const [row]: AddresseeRow[] = await this.dataSource.query(
      `SELECT ${ADDRESSEE} FROM members m WHERE m.organization_id = $1 AND m.id = $2 AND m.status = 'active' AND ${CONSENTING}`,
      [organizationId, memberId],
    );
    return code && row ? { code, member: toAddressee(row) } : null;
  }

  /** Whether the member has voted (or been voted for) on the resolution by now. */
  async hasVoted(resolutionId: string, memberId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM participations WHERE resolution_id = $1 AND member_id = $2`,
      [resolutionId, memberId],
    );
    return rows.length > 0;
  }

  /** A resolution with what its notices say, or null when it is gone. */
  async noticeResolution(organizationId: string, resolutionId: string): Promise<NoticeResolution | null> {
    const [row] = await this.dataSource.query(
      `SELECT r.id, r.number, r.title, r.kind, r.status, r.closes_at, r.closed_at, r.results, a.id AS assembly_id, a.title AS assembly_title,
              o.name, o.slug, o.default_language, o.timezone
         FROM resolutions r JOIN assemblies a ON a.id = r.assembly_id JOIN organizations o ON o.id = r.organization_id
        WHERE r.organization_id = $1 AND r.id = $2`,
      [organizationId, resolutionId],
    );
    if (!row) return null;
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      kind: row.kind,
      status: row.status,
      closesAt: row.closes_at,
      closedAt: row.closed_at,
      results: row.results as ResultsDto | null,
      assemblyId: row.assembly_id,
      assemblyTitle: row.assembly_title,
      organization: {
        name: row.name,
        slug: row.slug,
        language: row.default_language === 'en' ? 'en' : 'fr',
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
    const one = memberId ? `AND m.id = $3` : '';
    const params = [ctx.organizationId, c.organization.eConvocation, ...(memberId ? [memberId] : [])];
    const postal = `m.organization_id = $1 AND m.status = 'active' AND NOT (${CONSENTING} AND $2) ${one}`;
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM members m WHERE ${postal}`,
      params,
    );
    const rows: AddresseeRow[] = await this.dataSource.query(
      `SELECT ${ADDRESSEE} FROM members m WHERE ${postal}
        ORDER BY m.membership_number OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, offset, limit],
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
      const rows: AddresseeRow[] = await this.dataSource.query(
        `SELECT ${ADDRESSEE} FROM members m
          WHERE m.organization_id = $1 AND m.status = 'active' AND NOT (${CONSENTING} AND $2) AND m.membership_number > $3
          ORDER BY m.membership_number LIMIT ${PAGE}`,
        [c.organization.id, c.organization.eConvocation, after],
      );
      if (rows.length) yield rows.map(toAddressee);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].membership_number!;
    }
  }

  private async recipients(sql: string, params: unknown[]): Promise<Recipients> {
    const rows: (AddresseeRow & { sent: boolean | null })[] = await this.dataSource.query(sql, params);
    return { total: rows.length, pending: rows.filter((r) => !r.sent).map(toAddressee) };
  }
}

function toAddressee(r: AddresseeRow): Addressee {
  return {
    id: r.id,
    membershipNumber: r.membership_number,
    name: r.name,
    legalRepresentative: r.legal_representative,
    email: r.email,
    addressLine1: r.address_line1,
    addressLine2: r.address_line2,
    postalCode: r.postal_code,
    city: r.city,
    country: r.country,
    hasAccount: r.has_account,
  };
}
