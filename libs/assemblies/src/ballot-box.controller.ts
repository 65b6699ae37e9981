import { Controller, Get, Headers, Ip } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Public } from '@socius/auth';
import { ApiProblems, UnauthorizedError } from '@socius/core';
import { BallotBoxDto } from './dto/assembly.dto';
import { VotingService } from './voting.service';

@ApiTags('assemblies')
@Controller('v1/ballot-box')
export class BallotBoxController {
  constructor(private readonly voting: VotingService) {}

  /**
   * The resolutions a voting code may vote on now, in its assembly, with whether each was voted.
   * The code travels in a header, never in the URL. Ballots go to
   * `POST /v1/orgs/{slug}/resolutions/{id}/ballots` with the same header.
   */
  @Get()
  @Public({ security: ['voting-code'] })
  @ApiProblems({ 429: 'Too many wrong voting codes from this address: see Retry-After' })
  @ApiHeader({ name: 'X-Voting-Code', required: true, description: 'the code sent with the convocation' })
  ballotBox(@Headers('x-voting-code') code: string | undefined, @Ip() ip: string): Promise<BallotBoxDto> {
    if (!code) throw new UnauthorizedError('Send the voting code in the X-Voting-Code header.');
    return this.voting.ballotBox(code, ip);
  }
}
