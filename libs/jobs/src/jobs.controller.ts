import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { IdParam } from '@socius/core';
import { JobViewDto } from './job.dto';
import { JobView, OutboxService } from './outbox.service';

@ApiTags('jobs')
@Controller('v1/orgs/:slug/jobs')
export class JobsController {
  constructor(private readonly outbox: OutboxService) {}

  /** Status and progress of a background job this organization started. */
  @Get(':id')
  @Roles('admin', 'accountant')
  @ApiOkResponse({ type: JobViewDto })
  get(@Org() org: OrgContext, @IdParam('job') id: string): Promise<JobView> {
    return this.outbox.view(org.organizationId, id);
  }
}
