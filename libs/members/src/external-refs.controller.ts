import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles, TokenScope } from '@socius/auth';
import { IdParam } from '@socius/core';
import { ExternalRefDto, ExternalRefMatchDto, SetExternalRefDto } from './dto/external-ref.dto';
import { ExternalRefsService } from './external-refs.service';

@ApiTags('members')
@Controller('v1/orgs/:slug')
export class ExternalRefsController {
  constructor(private readonly refs: ExternalRefsService) {}

  /** Sets the member's id on another platform (one per platform; 409 if another member has it there). */
  @Put('members/:id/external-refs/:platform')
  @Roles('admin')
  @TokenScope('registry:write')
  set(
    @Org() org: OrgContext,
    @IdParam('member') id: string,
    @Param('platform') platform: string,
    @Body() dto: SetExternalRefDto,
  ): Promise<ExternalRefDto> {
    return this.refs.set(org, id, platform, dto.externalId);
  }

  /** Removes the member's id on that platform. */
  @Delete('members/:id/external-refs/:platform')
  @HttpCode(204)
  @Roles('admin')
  @TokenScope('registry:write')
  remove(@Org() org: OrgContext, @IdParam('member') id: string, @Param('platform') platform: string): Promise<void> {
    return this.refs.remove(org, id, platform);
  }

  /** The member a platform's id stands for (404 when none). */
  @Get('external-refs/:platform/:externalId')
  @Roles('admin')
  @TokenScope('registry:read')
  find(
    @Org() org: OrgContext,
    @Param('platform') platform: string,
    @Param('externalId') externalId: string,
  ): Promise<ExternalRefMatchDto> {
    return this.refs.find(org, platform, externalId);
  }
}
