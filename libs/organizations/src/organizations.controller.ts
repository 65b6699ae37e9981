import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, AuthUser, CurrentUser, Org, OrgContext, Roles } from '@socius/auth';
import { IdParam } from '@socius/core';
import {
  CreateOrganizationDto,
  GrantRoleDto,
  OrganizationDto,
  OrganizationListDto,
  OrganizationUserDto,
  OrganizationUserListDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('v1/orgs')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  /** Creates an organization; you become its admin. */
  @Post()
  @Authenticated()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.create(dto, user.id);
  }

  /** The organizations you hold a role in. */
  @Get()
  @Authenticated({ ssoSessions: true })
  list(@CurrentUser() user: AuthUser): Promise<OrganizationListDto> {
    return this.organizations.listForUser(user.id, user.ssoOrganizationId);
  }

  /** The organization, and your role in it. */
  @Get(':slug')
  @Roles('admin', 'accountant', 'member')
  get(@Org() org: OrgContext): Promise<OrganizationDto> {
    return this.organizations.get(org);
  }

  /** Changes the organization's settings (never its slug). */
  @Patch(':slug')
  @Roles('admin')
  update(@Org() org: OrgContext, @Body() dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.update(org, dto);
  }

  /** The accounts holding a role in the organization. */
  @Get(':slug/users')
  @Roles('admin')
  users(@Org() org: OrgContext): Promise<OrganizationUserListDto> {
    return this.organizations.listUsers(org);
  }

  /** Gives an existing account a role in this organization (or changes its role). */
  @Post(':slug/users')
  @Roles('admin')
  grant(@Org() org: OrgContext, @Body() dto: GrantRoleDto): Promise<OrganizationUserDto> {
    return this.organizations.grantRole(org, dto);
  }

  /** Takes an account's role away. */
  @Delete(':slug/users/:userId')
  @HttpCode(204)
  @Roles('admin')
  revoke(@Org() org: OrgContext, @IdParam('user', 'userId') userId: string): Promise<void> {
    return this.organizations.revokeRole(org, userId);
  }
}
