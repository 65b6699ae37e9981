import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { ApiProblems, IdParam } from '@socius/core';
import {
  CreateIdentityProviderDto,
  IdentityProviderDto,
  IdentityProviderListDto,
  UpdateIdentityProviderDto,
} from './dto/identity-provider.dto';
import { IdentityProvidersService } from './identity-providers.service';

@ApiTags('single sign-on')
@Controller('v1/orgs/:slug/identity-providers')
export class IdentityProvidersController {
  constructor(private readonly providers: IdentityProvidersService) {}

  /** Trusts an OpenID Connect provider; its discovery document is read first. The secret is never answered. */
  @Post()
  @Roles('admin')
  @ApiProblems({
    400: 'The issuer is not https://, or its discovery document cannot be read or names another issuer (field `issuer`)',
    422: 'Too many providers',
  })
  create(@Org() org: OrgContext, @Body() dto: CreateIdentityProviderDto): Promise<IdentityProviderDto> {
    return this.providers.create(org, dto);
  }

  /** The organization's providers, with the redirect URI to register at them. */
  @Get()
  @Roles('admin')
  list(@Org() org: OrgContext): Promise<IdentityProviderListDto> {
    return this.providers.list(org);
  }

  /** One provider, without its client secret. */
  @Get(':id')
  @Roles('admin')
  get(@Org() org: OrgContext, @IdParam('identity provider') id: string): Promise<IdentityProviderDto> {
    return this.providers.get(org, id);
  }

  /** Renames, disables, or changes the issuer, client id or secret (checked against the provider again). */
  @Patch(':id')
  @Roles('admin')
  @ApiProblems({
    400: 'The new issuer or client cannot be used (field `issuer`)',
    422: 'The last enabled provider of an organization that requires single sign-on',
  })
  update(
    @Org() org: OrgContext,
    @IdParam('identity provider') id: string,
    @Body() dto: UpdateIdentityProviderDto,
  ): Promise<IdentityProviderDto> {
    return this.providers.update(org, id, dto);
  }

  /** Stops trusting the provider; the links of its people to their accounts go with it. */
  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiProblems({ 422: 'The last enabled provider of an organization that requires single sign-on' })
  async remove(@Org() org: OrgContext, @IdParam('identity provider') id: string): Promise<void> {
    await this.providers.remove(org, id);
  }
}
