import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { PageQuery } from '@socius/core';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AuditService } from './audit.service';

export class AuditQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;
}

@ApiTags('audit')
@Controller('v1/orgs/:slug/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The organization's audit trail, newest first. */
  @Get()
  @Roles('admin')
  list(@Org() org: OrgContext, @Query() query: AuditQuery) {
    return this.audit.list(org.organizationId, query);
  }
}
