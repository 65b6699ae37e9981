import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@socius/auth';
import { ApiProblems, Idempotent } from '@socius/core';
import type { Request } from 'express';
import { ApplicationsService } from './applications.service';
import { ApplicationReceivedDto, JoinFormDto, MembershipApplicationDto } from './dto/application.dto';

/** The public membership application: no login, organizations that take applications only. */
@ApiTags('applications')
@Controller('v1/public/orgs/:slug')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  /** What the application form needs: the co-op, its share classes, the documents to accept, its colleges. */
  @Get('join')
  @Public()
  @ApiProblems({ 404: 'No organization takes membership applications at this address' })
  form(@Param('slug') slug: string): Promise<JoinFormDto> {
    return this.applications.form(slug);
  }

  /**
   * Applies for membership: creates the applicant (with the acceptance of the current documents)
   * and a pending subscription, e-mails a confirmation to the applicant and tells the admins. The
   * board then admits and approves through the usual routes.
   */
  @Post('applications')
  @Public()
  @Idempotent()
  @ApiProblems({
    404: 'No organization takes membership applications at this address',
    422: 'A rule refuses the application: quantity beyond the class maximum, class reserved to other colleges, a document published since the form was loaded (`charterIds`)',
    429: 'Too many applications from this address: see Retry-After',
  })
  apply(
    @Param('slug') slug: string,
    @Body() dto: MembershipApplicationDto,
    @Req() req: Request,
  ): Promise<ApplicationReceivedDto> {
    return this.applications.apply(slug, dto, req.ip ?? '');
  }
}
