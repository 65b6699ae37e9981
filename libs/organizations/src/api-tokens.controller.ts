import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { IdParam } from '@socius/core';
import { ApiTokenListDto, CreateApiTokenDto, CreatedApiTokenDto } from './dto/api-token.dto';
import { ApiTokensService } from './api-tokens.service';

@ApiTags('api-tokens')
@Controller('v1/orgs/:slug/api-tokens')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  /** Creates an API token for another platform; its secret is in this answer only. */
  @Post()
  @Roles('admin')
  create(@Org() org: OrgContext, @Body() dto: CreateApiTokenDto): Promise<CreatedApiTokenDto> {
    return this.tokens.create(org, dto);
  }

  /** The organization's API tokens (not revoked), without their secret. */
  @Get()
  @Roles('admin')
  list(@Org() org: OrgContext): Promise<ApiTokenListDto> {
    return this.tokens.list(org);
  }

  /** Revokes an API token: it stops working at once. */
  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  async revoke(@Org() org: OrgContext, @IdParam('api-token') id: string): Promise<void> {
    await this.tokens.revoke(org, id);
  }
}
