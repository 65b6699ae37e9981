import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, AuthUser, CurrentUser, Org, OrgContext, Roles } from '@socius/auth';
import { IdParam } from '@socius/core';
import {
  AcceptedInvitationDto,
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationDto,
  InvitationListDto,
} from './dto/organization.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('organizations')
@Controller('v1')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /** Invites an e-mail address to a role (and a member record); the link is e-mailed. */
  @Post('orgs/:slug/invitations')
  @Roles('admin')
  invite(@Org() org: OrgContext, @Body() dto: CreateInvitationDto): Promise<InvitationDto> {
    return this.invitations.invite(org, dto);
  }

  /** The pending invitations. */
  @Get('orgs/:slug/invitations')
  @Roles('admin')
  list(@Org() org: OrgContext): Promise<InvitationListDto> {
    return this.invitations.pending(org);
  }

  /** Sends an invitation again with a new link; the former link stops working. */
  @Post('orgs/:slug/invitations/:id/resend')
  @HttpCode(200)
  @Roles('admin')
  resend(@Org() org: OrgContext, @IdParam('invitation') id: string): Promise<InvitationDto> {
    return this.invitations.resend(org, id);
  }

  /** Withdraws a pending invitation: its link stops working. */
  @Delete('orgs/:slug/invitations/:id')
  @HttpCode(204)
  @Roles('admin')
  @ApiNoContentResponse()
  revoke(@Org() org: OrgContext, @IdParam('invitation') id: string): Promise<void> {
    return this.invitations.revoke(org, id);
  }

  /** Accepts an invitation with its link's token, signed in with the verified address it was sent to. */
  @Post('invitations/accept')
  @HttpCode(200)
  @Authenticated()
  accept(@CurrentUser() user: AuthUser, @Body() dto: AcceptInvitationDto): Promise<AcceptedInvitationDto> {
    return this.invitations.accept(user.id, dto.token);
  }
}
