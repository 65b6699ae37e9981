import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Org, OrgContext, Roles, TokenScope } from '@socius/auth';
import { ApiProblems, DomainError, FileResponse, IdParam } from '@socius/core';
import { AcceptedJobDto, acceptedJob, limitBytes, MAX_IMPORT_BYTES, StagedUploadsService } from '@socius/jobs';
import type { Request, Response } from 'express';
import {
  AdmitMemberDto,
  CollegeDto,
  CollegeListDto,
  CreateCollegeDto,
  CreateMemberDto,
  DeceaseMemberDto,
  ErasedCountDto,
  ErasureDto,
  ExcludeMemberDto,
  HistoryDto,
  ImportResultDto,
  MemberDto,
  MemberListDto,
  MemberQuery,
  MembersImportQuery,
  ResignMemberDto,
  ScicCategoriesDto,
  UpdateCollegeDto,
  UpdateMemberDto,
} from './dto/member.dto';
import { MembersExport } from './members.export';
import { MEMBERS_IMPORT_JOB, MembersImport } from './members.import';
import { MembersService } from './members.service';
import { ChartersService } from './charters.service';
import { PrivacyService } from './privacy.service';
import {
  AcceptanceDto,
  AcceptanceListDto,
  AcceptCharterDto,
  CharterDto,
  CharterListDto,
  PendingListDto,
  PublishCharterDto,
  PublishedCharterDto,
} from './dto/charter.dto';

@ApiTags('colleges')
@Controller('v1/orgs/:slug/colleges')
export class CollegesController {
  constructor(private readonly members: MembersService) {}

  /** Adds a voting college; the set is checked where it is used (see `valid`). */
  @Post()
  @Roles('admin')
  create(@Org() org: OrgContext, @Body() dto: CreateCollegeDto): Promise<CollegeDto> {
    return this.members.createCollege(org, dto);
  }

  /** The colleges, and whether their weights may be used for a vote. */
  @Get()
  @Roles('admin', 'accountant', 'member')
  @TokenScope('registry:read')
  list(@Org() org: OrgContext): Promise<CollegeListDto> {
    return this.members.listColleges(org);
  }

  /** Renames a college or changes its voting weight. */
  @Patch(':code')
  @Roles('admin')
  update(@Org() org: OrgContext, @Param('code') code: string, @Body() dto: UpdateCollegeDto): Promise<CollegeDto> {
    return this.members.updateCollege(org, code, dto);
  }
}

@ApiTags('charters')
@Controller('v1/orgs/:slug/charters')
export class ChartersController {
  constructor(private readonly charters: ChartersService) {}

  /** Publishes a new version of the charter, the statutes or the internal rules. */
  @Post()
  @Roles('admin')
  publish(@Org() org: OrgContext, @Body() dto: PublishCharterDto): Promise<PublishedCharterDto> {
    return this.charters.publish(org, dto);
  }

  /** Every published version, newest first within each kind; `current` marks the one in force. */
  @Get()
  @Roles('admin', 'accountant', 'member')
  @TokenScope('registry:read')
  list(@Org() org: OrgContext): Promise<CharterListDto> {
    return this.charters.list(org);
  }

  /** A version, with its text. */
  @Get(':id')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('registry:read')
  get(@Org() org: OrgContext, @IdParam('charter') id: string): Promise<CharterDto> {
    return this.charters.get(org, id);
  }

  /** Members who have not accepted this version yet. */
  @Get(':id/pending')
  @Roles('admin')
  pending(@Org() org: OrgContext, @IdParam('charter') id: string): Promise<PendingListDto> {
    return this.charters.pending(org, id);
  }
}

@ApiTags('members')
@Controller('v1/orgs/:slug/members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly exporter: MembersExport,
    private readonly importer: MembersImport,
    private readonly charters: ChartersService,
    private readonly privacy: PrivacyService,
    private readonly uploads: StagedUploadsService,
  ) {}

  /** Erases the personal data of every departed member whose retention period is over. */
  @Post('erase-due')
  @HttpCode(200)
  @Roles('admin')
  eraseDue(@Org() org: OrgContext): Promise<ErasedCountDto> {
    return this.privacy.eraseDue(org);
  }

  /** Registers an applicant (admission comes later). */
  @Post()
  @Roles('admin')
  @TokenScope('registry:write')
  create(@Org() org: OrgContext, @Body() dto: CreateMemberDto): Promise<MemberDto> {
    return this.members.create(org, dto);
  }

  /** Members, sorted by name; a member-role user sees only their own record. */
  @Get()
  @Roles('admin', 'accountant', 'member')
  @TokenScope('registry:read')
  list(@Org() org: OrgContext, @Query() query: MemberQuery): Promise<MemberListDto> {
    return this.members.list(org, query);
  }

  /**
   * Imports members from CSV (`;` or `,`, UTF-8 with or without BOM), columns
   * externalRef;kind;firstName;lastName;companyName;email;collegeCode (then optionally eConsent,
   * phone, addressLine1, addressLine2, postalCode, city, country, siren, legalRepresentative).
   * All rows or none: a 400 lists every bad row and field. A known externalRef updates its member.
   * With `?async=true`, `Prefer: respond-async`, or a file over IMPORT_SYNC_MAX_BYTES (5 MB), the
   * file is staged and imported by a job: 202, `Location: /v1/orgs/{slug}/jobs/{id}`, `{ jobId }`;
   * the job's `result` is this route's 200 answer, or `{ problem }` (its 400) when it failed.
   * With `?dryRun=true` every row is validated (and written, then rolled back) in the request: the
   * same 200 report with `dryRun: true`, or the same 400, and nothing changes.
   */
  @Post('import')
  @HttpCode(200)
  @Roles('admin')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiHeader({
    name: 'Prefer',
    required: false,
    description: '`respond-async` (RFC 7240): run the import as a job, like `?async=true`',
  })
  @ApiOkResponse({ type: ImportResultDto, description: 'imported in the request' })
  @ApiProblems({ 413: 'The file is larger than the import limit', 415: 'Not sent as `text/csv`' })
  @ApiAcceptedResponse({
    type: AcceptedJobDto,
    description: 'staged; a job imports it. Location: the job to poll (`GET /v1/orgs/{slug}/jobs/{id}`)',
  })
  async import(
    @Org() org: OrgContext,
    @Query() query: MembersImportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!req.is(['text/csv', 'text/plain', 'application/csv'])) {
      throw new DomainError(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        'Send the CSV with Content-Type: text/csv.',
      );
    }
    if (query.dryRun === 'true') {
      const report = await this.importer.run(org, req.pipe(limitBytes(MAX_IMPORT_BYTES)), {}, { dryRun: true });
      res.status(200).json(report);
      return;
    }
    const route = await this.uploads.route(req, query);
    if (route.async) {
      const { jobId } = await this.uploads.stage(
        { organizationId: org.organizationId, requestedBy: org.userId, kind: 'members', jobName: MEMBERS_IMPORT_JOB },
        route.body,
      );
      return acceptedJob(req, res, org.slug, jobId);
    }
    res.status(200).json(await this.importer.run(org, route.body.pipe(limitBytes(MAX_IMPORT_BYTES))));
  }

  /** The register as CSV for French spreadsheets (UTF-8 with BOM, `;`, CRLF). */
  @Get('export.csv')
  @Roles('admin', 'accountant')
  @TokenScope('registry:read')
  @FileResponse('text/csv', 'the members, French spreadsheet CSV (UTF-8 with BOM, `;`, CRLF)')
  async export(@Org() org: OrgContext, @Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="members-${org.slug}.csv"`);
    await this.exporter.write(org.organizationId, res);
  }

  /**
   * A SCIC's categories of associates among its active members, and what the law asks that is missing
   * (loi 47-1775 art. 19 septies: three categories, employees and beneficiaries among them).
   */
  @Get('scic-categories')
  @Roles('admin', 'accountant')
  @TokenScope('registry:read')
  scicCategories(@Org() org: OrgContext): Promise<ScicCategoriesDto> {
    return this.members.scicCategories(org.organizationId);
  }

  /** A member record; a member-role user reads only their own. */
  @Get(':id')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('registry:read')
  get(@Org() org: OrgContext, @IdParam('member') id: string): Promise<MemberDto> {
    return this.members.get(org, id);
  }

  /**
   * Changes a member's details (their status changes through admit, resign, exclude and decease).
   * A member changes their own contact details and e-mail consent; their identity, college and
   * references stay with the co-op.
   */
  @Patch(':id')
  @Roles('admin', 'member')
  @TokenScope('registry:write')
  update(@Org() org: OrgContext, @IdParam('member') id: string, @Body() dto: UpdateMemberDto): Promise<MemberDto> {
    return this.members.update(org, id, dto);
  }

  /** Admits an applicant: status active and the next membership number. */
  @Post(':id/admit')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('registry:write')
  admit(@Org() org: OrgContext, @IdParam('member') id: string, @Body() dto: AdmitMemberDto): Promise<MemberDto> {
    return this.members.admit(org, id, dto);
  }

  /** Records a resignation, effective at a date (resigning until then, then resigned). */
  @Post(':id/resign')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('registry:write')
  resign(@Org() org: OrgContext, @IdParam('member') id: string, @Body() dto: ResignMemberDto): Promise<MemberDto> {
    return this.members.resign(org, id, dto);
  }

  /** Records an exclusion decided by the cooperative, effective at a date. */
  @Post(':id/exclude')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('registry:write')
  exclude(@Org() org: OrgContext, @IdParam('member') id: string, @Body() dto: ExcludeMemberDto): Promise<MemberDto> {
    return this.members.exclude(org, id, dto);
  }

  /** Records a member's death: the membership ends that day. */
  @Post(':id/decease')
  @HttpCode(200)
  @Roles('admin')
  @TokenScope('registry:write')
  decease(@Org() org: OrgContext, @IdParam('member') id: string, @Body() dto: DeceaseMemberDto): Promise<MemberDto> {
    return this.members.decease(org, id, dto);
  }

  /** Everything Socius holds on this member (GDPR art. 15 and 20), as JSON. */
  @Get(':id/personal-data')
  @Roles('admin', 'member')
  @ApiOkResponse({
    description: 'the member record and everything linked to it',
    schema: { type: 'object', additionalProperties: true },
  })
  personalData(@Org() org: OrgContext, @IdParam('member') id: string): Promise<Record<string, unknown>> {
    return this.privacy.export(org, id);
  }

  /**
   * Erases a departed member's personal data once the retention period is over; the record
   * stays, pseudonymised, so the share register keeps every movement.
   */
  @Post(':id/erase')
  @HttpCode(200)
  @Roles('admin')
  erase(@Org() org: OrgContext, @IdParam('member') id: string): Promise<ErasureDto> {
    return this.privacy.erase(org, id);
  }

  /** Records the acceptance of a charter version (a member accepts for themselves, today). */
  @Post(':id/acceptances')
  @Roles('admin', 'member')
  accept(@Org() org: OrgContext, @IdParam('member') id: string, @Body() dto: AcceptCharterDto): Promise<AcceptanceDto> {
    return this.charters.accept(org, id, dto);
  }

  /** The charter versions this member accepted, and how. */
  @Get(':id/acceptances')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('registry:read')
  acceptances(@Org() org: OrgContext, @IdParam('member') id: string): Promise<AcceptanceListDto> {
    return this.charters.acceptances(org, id);
  }

  /** Every change to this member: who, when, what. */
  @Get(':id/history')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('registry:read')
  history(@Org() org: OrgContext, @IdParam('member') id: string): Promise<HistoryDto> {
    return this.members.history(org, id);
  }
}
