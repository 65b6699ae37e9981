import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { RESOLUTION_STATUSES } from '../entities/resolution.entity';
import type { ResolutionStatus } from '../entities/resolution.entity';
import { CreateAssemblyDto, CreateResolutionDto } from './assembly.dto';

/** What may change in an assembly while none of its resolutions has opened. */
export class UpdateAssemblyDto extends PartialType(CreateAssemblyDto) {}

/** What may change in a resolution while it is a draft (an election's candidates are set when it is created). */
export class UpdateResolutionDto extends PartialType(
  PickType(CreateResolutionDto, ['title', 'text', 'majority', 'quorumPercent', 'opensAt', 'closesAt'] as const),
) {}

/** A page of the attendance sheet. */
export class ParticipationQuery {
  /** voters in this answer (100 by default, 1,000 at most) */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  /** voters to skip, in membership-number order */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset?: number;
}

/** Electors and voters of one college (`code` null: members in no college). */
export class CollegeParticipationDto {
  code: string | null;
  eligible: number;
  voted: number;
}

/** A member who voted (or was voted for by proxy): the attendance sheet, never the choice. */
export class VoterDto {
  memberId: string;
  membershipNumber: number | null;
  name: string;
  college: string | null;
  /** their proxy holder cast the ballot */
  byProxy: boolean;
  /** who cast it when it was a proxy holder */
  castByName: string | null;
}

/** `GET resolutions/{id}/participation`: how many voted and who, by college; no choice, no count of choices. */
export class ParticipationDto {
  resolutionId: string;
  @ApiProperty({ enum: RESOLUTION_STATUSES })
  status: ResolutionStatus;
  eligibleCount: number;
  votersCount: number;
  proxyVotes: number;
  colleges: CollegeParticipationDto[];
  /** a page (`limit`, `offset`) of the voters by membership number (participations keep no time: nothing a secret box could be matched with) */
  voters: VoterDto[];
}
