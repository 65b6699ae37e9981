import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { DashboardDto } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('v1/orgs/:slug/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** The console's first page: capital and its floor, capital over 12 months, members by status and college, what waits for an admin. */
  @Get()
  @Roles('admin')
  get(@Org() org: OrgContext): Promise<DashboardDto> {
    return this.dashboard.get(org);
  }
}
