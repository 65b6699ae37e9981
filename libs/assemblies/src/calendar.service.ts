import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import { OrgContext, SecretBox, sha256 } from '@socius/auth';
import { APP_CONFIG, AppConfig, NotFoundError } from '@socius/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CalendarResolution, calendarOf } from './calendar';
import { CalendarFeedDto } from './dto/calendar.dto';
import { CalendarFeed } from './entities/calendar-feed.entity';

/** The feed's secret in its URL: `cal_` and 192 random bits. */
const FEED_SECRET = /^cal_[A-Za-z0-9_-]{32}$/;

/** How far back a personal feed goes: a calendar app keeps what it saw already. */
const FEED_HISTORY = `1 year`;

/** A member who has left sees their feed stop. */
const MEMBERS_WHO_LEFT = ['resigned', 'excluded', 'deceased'];

interface ResolutionRow {
  id: string | null;
  number: number;
  title: string;
  opens_at: Date;
  closes_at: Date;
  assembly_id: string;
  assembly_title: string;
}

/** Calendars (iCalendar) of assemblies and resolutions, and members' personal feeds (PRODUCT.md §7). */
@Injectable()
export class CalendarService {
  private readonly box: SecretBox;
  private readonly host: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.JWT_SECRET, 'calendar-feed');
    this.host = new URL(config.PUBLIC_URL).host;
  }

  /** An assembly: an event for it (its first opening to its last closing) and one per resolution. */
  async assembly(ctx: OrgContext, assemblyId: string): Promise<string> {
    const rows = await this.resolutions(ctx.organizationId, `a.id = $2`, [assemblyId], 'LEFT');
    if (!rows.length) throw new NotFoundError('assembly');
    return this.calendar(ctx.organizationId, rows[0].assembly_title, rows, true);
  }

  async resolution(ctx: OrgContext, resolutionId: string): Promise<string> {
    const rows = await this.resolutions(ctx.organizationId, `r.id = $2`, [resolutionId], 'INNER');
    if (!rows.length) throw new NotFoundError('resolution');
    return this.calendar(ctx.organizationId, `${rows[0].number}. ${rows[0].title}`, rows, false);
  }

  /** The caller's own feed, made on first asking; 404 for an account without a member record here. */
  async myFeed(ctx: OrgContext): Promise<CalendarFeedDto> {
    const memberId = this.ownMember(ctx);
    const { secretHash, sealed } = this.newSecret(memberId);
    await this.dataSource.query(
      `INSERT INTO calendar_feeds (organization_id, member_id, secret_hash, secret_sealed) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, member_id) DO NOTHING`,
      [ctx.organizationId, memberId, secretHash, sealed],
    );
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOneByOrFail({ organizationId: ctx.organizationId, memberId });
    return this.toDto(feed);
  }

  /** A new secret URL for the caller's feed: the old one stops answering at once. */
  async resetMyFeed(ctx: OrgContext): Promise<CalendarFeedDto> {
    const memberId = this.ownMember(ctx);
    const { secretHash, sealed } = this.newSecret(memberId);
    return this.dataSource.transaction(async (em) => {
      await em.query(
        `INSERT INTO calendar_feeds (organization_id, member_id, secret_hash, secret_sealed) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id, member_id)
         DO UPDATE SET secret_hash = EXCLUDED.secret_hash, secret_sealed = EXCLUDED.secret_sealed, created_at = now()`,
        [ctx.organizationId, memberId, secretHash, sealed],
      );
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'calendar-feed.reset',
        entityType: 'member',
        entityId: memberId,
      });
      return this.toDto(await em.findOneByOrFail(CalendarFeed, { organizationId: ctx.organizationId, memberId }));
    });
  }

  /** The feed of a secret (`cal_….ics`): the organization's resolutions of the last year and to come. */
  async feed(file: string): Promise<string> {
    const secret = file.replace(/\.ics$/, '');
    if (!FEED_SECRET.test(secret)) throw new NotFoundError('calendar');
    const [feed]: { organization_id: string; name: string }[] = await this.dataSource.query(
      `SELECT f.organization_id, o.name
         FROM calendar_feeds f
         JOIN organizations o ON o.id = f.organization_id
         JOIN members m ON m.organization_id = f.organization_id AND m.id = f.member_id
        WHERE f.secret_hash = $1 AND m.status <> ALL($2)`,
      [sha256(secret), MEMBERS_WHO_LEFT],
    );
    if (!feed) throw new NotFoundError('calendar');
    const rows = await this.resolutions(
      feed.organization_id,
      `r.closes_at > now() - interval '${FEED_HISTORY}'`,
      [],
      'INNER',
    );
    return this.calendar(feed.organization_id, feed.name, rows, true);
  }

  private async resolutions(
    organizationId: string,
    where: string,
    params: unknown[],
    join: 'LEFT' | 'INNER',
  ): Promise<ResolutionRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.number, r.title, r.opens_at, r.closes_at, a.id AS assembly_id, a.title AS assembly_title
         FROM assemblies a
         ${join} JOIN resolutions r ON r.organization_id = a.organization_id AND r.assembly_id = a.id
        WHERE a.organization_id = $1 AND ${where}
        ORDER BY r.opens_at, a.id, r.number`,
      [organizationId, ...params],
    );
  }

  private async calendar(organizationId: string, name: string, rows: ResolutionRow[], withAssemblies: boolean) {
    const [{ slug }]: { slug: string }[] = await this.dataSource.query(`SELECT slug FROM organizations WHERE id = $1`, [
      organizationId,
    ]);
    const resolutions: CalendarResolution[] = rows
      .filter((r): r is ResolutionRow & { id: string } => r.id !== null)
      .map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        opensAt: r.opens_at,
        closesAt: r.closes_at,
        assemblyId: r.assembly_id,
        assemblyTitle: r.assembly_title,
      }));
    return calendarOf(resolutions, {
      name,
      host: this.host,
      portalUrl: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/o/${slug}`,
      withAssemblies,
    });
  }

  private ownMember(ctx: OrgContext): string {
    if (!ctx.memberId) throw new NotFoundError('member');
    return ctx.memberId;
  }

  private newSecret(memberId: string): { secretHash: string; sealed: string } {
    const secret = `cal_${randomBytes(24).toString('base64url')}`;
    return { secretHash: sha256(secret), sealed: this.box.seal(secret, `calendar-feed:${memberId}`) };
  }

  private toDto(feed: CalendarFeed): CalendarFeedDto {
    const secret = this.box.open(feed.secretSealed, `calendar-feed:${feed.memberId}`);
    return { url: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/v1/calendar/${secret}.ics`, createdAt: feed.createdAt };
  }
}
