import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import { OrgContext, SecretBox, sha256 } from '@socius/auth';
import { APP_CONFIG, AppConfig, NotFoundError } from '@socius/core';
import { randomBytes } from 'node:crypto';
import { Organization } from '@socius/organizations';
import { DataSource } from 'typeorm';
import { CalendarResolution, calendarOf } from './calendar';
import { CalendarRepository, CalendarRow } from './calendar.repository';
import { CalendarFeedDto } from './dto/calendar.dto';
import { CalendarFeed } from './entities/calendar-feed.entity';

/** The feed's secret in its URL: `cal_` and 192 random bits. */
const FEED_SECRET = /^cal_[A-Za-z0-9_-]{32}$/;

/** How far back a personal feed goes: a calendar app keeps what it saw already. */
const FEED_HISTORY = `1 year`;

/** A member who has left sees their feed stop. */
const MEMBERS_WHO_LEFT = ['resigned', 'excluded', 'deceased'];

/** Calendars (iCalendar) of assemblies and resolutions, and members' personal feeds (PRODUCT.md §7). */
@Injectable()
export class CalendarService {
  private readonly box: SecretBox;
  private readonly host: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calendars: CalendarRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.JWT_SECRET, 'calendar-feed');
    this.host = new URL(config.PUBLIC_URL).host;
  }

  /** An assembly: an event for it (its first opening to its last closing) and one per resolution. */
  async assembly(ctx: OrgContext, assemblyId: string): Promise<string> {
    const rows = await this.calendars.ofAssembly(this.dataSource.manager, ctx.organizationId, assemblyId);
    if (!rows.length) throw new NotFoundError('assembly');
    return this.calendar(ctx.organizationId, rows[0].assemblyTitle, rows, true);
  }

  async resolution(ctx: OrgContext, resolutionId: string): Promise<string> {
    const rows = await this.calendars.ofResolution(this.dataSource.manager, ctx.organizationId, resolutionId);
    if (!rows.length) throw new NotFoundError('resolution');
    return this.calendar(ctx.organizationId, `${rows[0].number}. ${rows[0].title}`, rows, false);
  }

  /** The caller's own feed, made on first asking; 404 for an account without a member record here. */
  async myFeed(ctx: OrgContext): Promise<CalendarFeedDto> {
    const memberId = this.ownMember(ctx);
    const { secretHash, sealed } = this.newSecret(memberId);
    await this.calendars.createFeed(this.dataSource.manager, ctx.organizationId, memberId, secretHash, sealed);
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
      await this.calendars.replaceFeedSecret(em, ctx.organizationId, memberId, secretHash, sealed);
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
    const feed = await this.calendars.feedOf(this.dataSource.manager, sha256(secret), MEMBERS_WHO_LEFT);
    if (!feed) throw new NotFoundError('calendar');
    const rows = await this.calendars.closingSince(this.dataSource.manager, feed.organizationId, FEED_HISTORY);
    return this.calendar(feed.organizationId, feed.name, rows, true);
  }

  private async calendar(organizationId: string, name: string, rows: CalendarRow[], withAssemblies: boolean) {
    const { slug } = await this.dataSource.manager.findOneByOrFail(Organization, { id: organizationId });
    const resolutions: CalendarResolution[] = rows.filter((r): r is CalendarRow & { id: string } => r.id !== null);
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
