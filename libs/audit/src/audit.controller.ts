import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { AuditListDto, AuditQuery } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('v1/orgs/:slug/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The organization's audit trail, newest first. */
  @Get()
  @Roles('admin')
  list(@Org() org: OrgContext, @Query() query: AuditQuery): Promise<AuditListDto> {
    return this.audit.list(org.organizationId, query);
  }
}
