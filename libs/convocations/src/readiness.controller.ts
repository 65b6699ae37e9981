import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { IdParam } from '@socius/core';
import { ReadinessDto } from './dto/readiness.dto';
import { ReadinessService } from './readiness.service';

@ApiTags('convocations')
@Controller('v1/orgs/:slug/assemblies/:id/readiness')
export class ReadinessController {
  constructor(private readonly readiness: ReadinessService) {}

  /**
   * The checklist before the assembly's votes open: resolutions on the agenda, usable colleges and
   * no eligible member outside them (college-weighted votes), an electorate, the legal notice
   * period, the convocation sent — each with what is wrong and how to fix it.
   */
  @Get()
  @Roles('admin')
  get(@Org() org: OrgContext, @IdParam('assembly') id: string): Promise<ReadinessDto> {
    return this.readiness.readiness(org, id);
  }
}
