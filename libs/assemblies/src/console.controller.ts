import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles } from '@socius/auth';
import { ApiProblems, IdParam } from '@socius/core';
import { AssembliesConsoleService } from './console.service';
import { AssemblyDto, ResolutionDto } from './dto/assembly.dto';
import { ParticipationDto, ParticipationQuery, UpdateAssemblyDto, UpdateResolutionDto } from './dto/console.dto';

/** The administrators' console: changes before a vote opens, and who has voted while it runs. */
@ApiTags('assemblies')
@Controller('v1/orgs/:slug')
export class AssembliesConsoleController {
  constructor(private readonly console: AssembliesConsoleService) {}

  /** Changes an assembly's settings while none of its resolutions has opened. */
  @Patch('assemblies/:id')
  @Roles('admin')
  @ApiProblems({ 422: 'A resolution of this assembly has opened' })
  updateAssembly(
    @Org() org: OrgContext,
    @IdParam('assembly') id: string,
    @Body() dto: UpdateAssemblyDto,
  ): Promise<AssemblyDto> {
    return this.console.updateAssembly(org, id, dto);
  }

  /** Changes a draft resolution: text, majority, quorum, times. */
  @Patch('resolutions/:id')
  @Roles('admin')
  @ApiProblems({ 422: 'The resolution is not a draft any more' })
  updateResolution(
    @Org() org: OrgContext,
    @IdParam('resolution') id: string,
    @Body() dto: UpdateResolutionDto,
  ): Promise<ResolutionDto> {
    return this.console.updateResolution(org, id, dto);
  }

  /**
   * Who has voted (the attendance sheet): counts by college and the voters' names, read from the
   * participations — never a choice, never a count of choices, whether the ballot is secret or not.
   */
  @Get('resolutions/:id/participation')
  @Roles('admin')
  @ApiProblems({ 422: 'The resolution has not opened' })
  participation(
    @Org() org: OrgContext,
    @IdParam('resolution') id: string,
    @Query() page: ParticipationQuery,
  ): Promise<ParticipationDto> {
    return this.console.participation(org, id, page);
  }
}
