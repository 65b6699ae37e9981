import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Public, Roles, TokenScope } from '@socius/auth';
import { ApiProblems, FileResponse, IdParam } from '@socius/core';
import type { Response } from 'express';
import { CalendarService } from './calendar.service';
import { CalendarFeedDto } from './dto/calendar.dto';

const CALENDAR = 'text/calendar; charset=utf-8';

function sendCalendar(res: Response, body: string, filename: string): void {
  res.setHeader('Content-Type', CALENDAR);
  res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
  res.setHeader('Cache-Control', 'private, max-age=300');
  res.send(body);
}

@ApiTags('calendars')
@Controller('v1/orgs/:slug')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  /** The assembly as a calendar (iCalendar, UTC): an event for it and one per resolution, opening to closing. */
  @Get('assemblies/:id/calendar.ics')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('assemblies:read')
  @FileResponse('text/calendar', 'an iCalendar file (RFC 5545)')
  async assembly(@Org() org: OrgContext, @IdParam('assembly') id: string, @Res() res: Response): Promise<void> {
    sendCalendar(res, await this.calendars.assembly(org, id), `assembly-${id.slice(0, 8)}.ics`);
  }

  /** The resolution as a calendar event (iCalendar, UTC), from its opening to its closing. */
  @Get('resolutions/:id/calendar.ics')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('assemblies:read')
  @FileResponse('text/calendar', 'an iCalendar file (RFC 5545)')
  async resolution(@Org() org: OrgContext, @IdParam('resolution') id: string, @Res() res: Response): Promise<void> {
    sendCalendar(res, await this.calendars.resolution(org, id), `resolution-${id.slice(0, 8)}.ics`);
  }

  /**
   * Your personal calendar feed: a secret address a calendar app subscribes to, listing the
   * organization's assemblies and resolutions (made on first asking; 404 without a member record here).
   */
  @Get('my/calendar')
  @Roles('admin', 'member')
  myFeed(@Org() org: OrgContext): Promise<CalendarFeedDto> {
    return this.calendars.myFeed(org);
  }

  /** A new address for your feed: the old one stops answering at once. */
  @Post('my/calendar/reset')
  @HttpCode(200)
  @Roles('admin', 'member')
  resetMyFeed(@Org() org: OrgContext): Promise<CalendarFeedDto> {
    return this.calendars.resetMyFeed(org);
  }
}

@ApiTags('calendars')
@Controller('v1/calendar')
export class CalendarFeedController {
  constructor(private readonly calendars: CalendarService) {}

  /** A member's calendar feed, by its secret address (`GET /v1/orgs/{slug}/my/calendar`); 404 once reset. */
  @Get(':file')
  @Public()
  @FileResponse('text/calendar', 'an iCalendar file (RFC 5545)')
  @ApiProblems({ 404: 'No feed at this address: unknown, changed since, or of a member who has left' })
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    sendCalendar(res, await this.calendars.feed(file), 'socius.ics');
  }
}
