import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Req } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { CSRF_HEADER, Org, OrgContext, Public, Roles, TokenScope } from '@socius/auth';
import type { Request } from 'express';
import { ApiProblems, IdParam, Idempotent } from '@socius/core';
import {
  AssemblyDto,
  AssemblyListDto,
  CastBallotDto,
  CreateAssemblyDto,
  CreateResolutionDto,
  GrantProxyDto,
  MyBallotListDto,
  MyResolutionListDto,
  ProxyDto,
  ProxyListDto,
  ReceiptDto,
  ResolutionDto,
  ResolutionListDto,
  ResultsDto,
  SecondConvocationDto,
  VerifyReceiptDto,
  VerifyResultDto,
} from './dto/assembly.dto';
import { AssembliesService } from './assemblies.service';
import { MemberVotesService } from './member-votes.service';
import { ProxiesService } from './proxies.service';
import { ResolutionLifecycleService } from './resolution-lifecycle.service';
import { VotingService } from './voting.service';

@ApiTags('assemblies')
@Controller('v1/orgs/:slug/assemblies')
export class AssembliesController {
  constructor(
    private readonly assemblies: AssembliesService,
    private readonly proxiesService: ProxiesService,
  ) {}

  /** A general assembly (ordinary or extraordinary): how its votes are weighted, secret or not, proxies. */
  @Post()
  @Roles('admin')
  create(@Org() org: OrgContext, @Body() dto: CreateAssemblyDto): Promise<AssemblyDto> {
    return this.assemblies.create(org, dto);
  }

  /** The assemblies. */
  @Get()
  @Roles('admin', 'accountant', 'member')
  @TokenScope('assemblies:read')
  list(@Org() org: OrgContext): Promise<AssemblyListDto> {
    return this.assemblies.list(org);
  }

  /** An assembly. */
  @Get(':id')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('assemblies:read')
  get(@Org() org: OrgContext, @IdParam('assembly') id: string): Promise<AssemblyDto> {
    return this.assemblies.get(org, id);
  }

  /** Adds a resolution (or an election, with candidates and seats); it opens and closes on time by itself. */
  @Post(':id/resolutions')
  @Roles('admin')
  addResolution(
    @Org() org: OrgContext,
    @IdParam('assembly') id: string,
    @Body() dto: CreateResolutionDto,
  ): Promise<ResolutionDto> {
    return this.assemblies.addResolution(org, id, dto);
  }

  /** The resolutions of an assembly, in their order. */
  @Get(':id/resolutions')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('assemblies:read')
  resolutions(@Org() org: OrgContext, @IdParam('assembly') id: string): Promise<ResolutionListDto> {
    return this.assemblies.resolutions(org, id);
  }

  /** A member gives a proxy (an admin records a paper one); the holder's cap is checked. */
  @Post(':id/proxies')
  @Roles('admin', 'member')
  grantProxy(@Org() org: OrgContext, @IdParam('assembly') id: string, @Body() dto: GrantProxyDto): Promise<ProxyDto> {
    return this.proxiesService.grantProxy(org, id, dto);
  }

  /** The proxies given for an assembly (a member sees those they gave or hold). */
  @Get(':id/proxies')
  @Roles('admin', 'member')
  proxies(@Org() org: OrgContext, @IdParam('assembly') id: string): Promise<ProxyListDto> {
    return this.proxiesService.proxies(org, id);
  }
}

@ApiTags('assemblies')
@Controller('v1/orgs/:slug')
export class ResolutionsController {
  constructor(
    private readonly assemblies: AssembliesService,
    private readonly lifecycle: ResolutionLifecycleService,
    private readonly proxiesService: ProxiesService,
    private readonly memberVotes: MemberVotesService,
    private readonly voting: VotingService,
  ) {}

  /** A resolution: its text, majority, quorum, schedule and status. */
  @Get('resolutions/:id')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('assemblies:read')
  get(@Org() org: OrgContext, @IdParam('resolution') id: string): Promise<ResolutionDto> {
    return this.assemblies.resolution(org, id);
  }

  /** Opens the vote now (before its time): the electorate is fixed at this instant. */
  @Post('resolutions/:id/open')
  @HttpCode(200)
  @Roles('admin')
  open(@Org() org: OrgContext, @IdParam('resolution') id: string): Promise<ResolutionDto> {
    return this.lifecycle.open(org.organizationId, id, true);
  }

  /** Closes the vote now: counted, sealed, published. */
  @Post('resolutions/:id/close')
  @HttpCode(200)
  @Roles('admin')
  close(@Org() org: OrgContext, @IdParam('resolution') id: string): Promise<ResolutionDto> {
    return this.lifecycle.close(org.organizationId, id, true);
  }

  /**
   * Casts a ballot as a member: signed in (bearer token or session cookie) with an account linked to
   * a member, or with the header `X-Voting-Code`. Answers the receipt (keep it) — 409 for a second ballot, 403 for a member
   * not on the electorate.
   */
  @Post('resolutions/:id/ballots')
  @Public({ security: ['bearer', 'session', 'voting-code'] })
  @Idempotent()
  @ApiProblems({
    403: 'Not on the electorate of this resolution (or not a proxy holder for that member)',
    404: 'Unknown organization or resolution',
    409: 'A ballot was already cast (and may not be changed), or the vote is not open',
    429: 'Too many wrong voting codes from this address: wait and retry',
  })
  @ApiHeader({
    name: 'X-Voting-Code',
    required: false,
    description: 'the code issued for this assembly, instead of a bearer token',
  })
  async cast(
    @Param('slug') slug: string,
    @IdParam('resolution') id: string,
    @Req() req: Request,
    @Headers('x-voting-code') code: string | undefined,
    @Ip() ip: string,
    @Body() dto: CastBallotDto,
  ): Promise<ReceiptDto> {
    const credentials = {
      method: req.method,
      authorization: req.headers.authorization,
      cookie: req.headers.cookie,
      csrfToken: req.get(CSRF_HEADER),
    };
    return this.voting.identifyAndCast(slug, credentials, code, ip, id, dto);
  }

  /** Counts, per college, weighted percent, quorum and outcome (a secret ballot: after closing only). */
  @Get('resolutions/:id/results')
  @Roles('admin', 'accountant', 'member')
  @TokenScope('assemblies:read')
  @ApiProblems({ 409: 'No results yet: the vote has not opened, or a secret ballot has not closed' })
  results(@Org() org: OrgContext, @IdParam('resolution') id: string): Promise<ResultsDto> {
    return this.lifecycle.results(org, id);
  }

  /**
   * Whether the ballot of this receipt was counted (in the sealed box, with the Merkle path to the
   * seal), and its choice — shown to the holder of the receipt only. The receipt goes in the body,
   * never in a URL; a receipt of no ballot here is a 404.
   */
  @Post('resolutions/:id/verify')
  @HttpCode(200)
  @Roles('admin', 'accountant', 'member')
  @ApiProblems({ 409: 'The ballot box is sealed when the vote closes: not yet' })
  verify(
    @Org() org: OrgContext,
    @IdParam('resolution') id: string,
    @Body() dto: VerifyReceiptDto,
  ): Promise<VerifyResultDto> {
    return this.lifecycle.verify(org, id, dto.receipt);
  }

  /** Puts a resolution that failed its quorum again, with the second-convocation quorum. */
  @Post('resolutions/:id/second-convocation')
  @Roles('admin')
  secondConvocation(
    @Org() org: OrgContext,
    @IdParam('resolution') id: string,
    @Body() dto: SecondConvocationDto,
  ): Promise<ResolutionDto> {
    return this.assemblies.secondConvocation(org, id, dto);
  }

  /** Withdraws a proxy (the grantor, or an admin); revoking it again changes nothing. */
  @Post('proxies/:id/revoke')
  @HttpCode(200)
  @Roles('admin', 'member')
  revoke(@Org() org: OrgContext, @IdParam('proxy') id: string): Promise<ProxyDto> {
    return this.proxiesService.revokeProxy(org, id);
  }

  /** The open resolutions I can vote on, for myself or by proxy. */
  @Get('my/resolutions')
  @Roles('admin', 'accountant', 'member')
  myResolutions(@Org() org: OrgContext): Promise<MyResolutionListDto> {
    return this.memberVotes.myResolutions(org);
  }

  /** My ballots (a secret one shows only that I voted: keep its receipt). */
  @Get('my/ballots')
  @Roles('admin', 'accountant', 'member')
  myBallots(@Org() org: OrgContext): Promise<MyBallotListDto> {
    return this.memberVotes.myBallots(org);
  }

  /** Proxies I gave or hold. */
  @Get('my/proxies')
  @Roles('admin', 'accountant', 'member')
  myProxies(@Org() org: OrgContext): Promise<ProxyListDto> {
    return this.proxiesService.myProxies(org);
  }
}
