import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { BoundedString, IsDecimal, IsOneOf } from '@socius/core';
import { ASSEMBLY_KINDS, PROXY_CAP_RULES, WEIGHTINGS } from '../entities/assembly.entity';
import type { AssemblyKind, ProxyCapRule, Weighting } from '../entities/assembly.entity';
import { MAJORITIES, OUTCOMES, RESOLUTION_STATUSES } from '../entities/resolution.entity';
import type { Majority, Outcome, ResolutionStatus } from '../entities/resolution.entity';
import { MAJORITY_BASES } from '@socius/organizations';
import type { MajorityBase } from '@socius/organizations';

export class CreateAssemblyDto {
  @BoundedString(200)
  title: string;

  @ApiProperty({ enum: ASSEMBLY_KINDS })
  @IsIn(ASSEMBLY_KINDS)
  kind: AssemblyKind;

  /** `per_member` (one member one vote), `college` (SCIC colleges), `per_share` (not for co-ops) */
  @ApiProperty({ enum: WEIGHTINGS })
  @IsIn(WEIGHTINGS)
  weighting: Weighting;

  @IsBoolean()
  secret: boolean;

  /** proxies one member may hold besides their own vote (0: no proxies) */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  maxProxiesPerHolder?: number;

  /**
   * `scop`: the legal cap of loi 78-763 (one below 20 members, a twentieth from 20 on) instead of the
   * number; the default of SCOP forms (`fixed` elsewhere)
   */
  @IsOptional()
  @IsOneOf(PROXY_CAP_RULES)
  proxyCapRule?: ProxyCapRule;

  @IsOptional()
  @IsBoolean()
  allowVoteChange?: boolean;

  /**
   * quorum of a resolution put again on second convocation: by default the legal one of the form for
   * an extraordinary assembly (e.g. 20 % for an SA, C. com. L225-96), else none
   */
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(100)
  secondConvocationQuorumPercent?: number;

  @IsOptional()
  @BoundedString(300)
  place?: string;

  /** how members were convened (for the minutes) */
  @IsOptional()
  @BoundedString(500)
  convocationMethod?: string;
}

export class AssemblyDto {
  id: string;
  title: string;
  @ApiProperty({ enum: ASSEMBLY_KINDS })
  kind: AssemblyKind;
  @ApiProperty({ enum: WEIGHTINGS })
  weighting: Weighting;
  secret: boolean;
  allowVoteChange: boolean;
  maxProxiesPerHolder: number;
  @ApiProperty({ enum: PROXY_CAP_RULES })
  proxyCapRule: ProxyCapRule;
  secondConvocationQuorumPercent: number;
  place: string | null;
  convocationMethod: string | null;
  createdAt: Date;
  /** on creation: what is below the legal minimum of the form (allowed, but said) */
  warnings?: string[];
}

export class AssemblyListDto {
  items: AssemblyDto[];
  total: number;
  nextCursor: string | null;
}

export class CandidateDto {
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'key must be 1–40 lower-case letters, digits, _ or -' })
  key: string;

  @BoundedString(200)
  label: string;
}

export class CreateResolutionDto {
  @BoundedString(300)
  title: string;

  @BoundedString(20_000)
  text: string;

  /**
   * by default the legal one of the decision's kind: two thirds for an extraordinary decision (an
   * extraordinary assembly's, or a statute amendment), else simple; a lower one is allowed with a warning
   */
  @ApiProperty({ enum: MAJORITIES, required: false })
  @IsOptional()
  @IsIn(MAJORITIES)
  majority?: Majority;

  /**
   * percent of the eligible members who must take part (abstaining counts); 0 for none. By default the
   * legal one of the form and decision (e.g. 25 % for an SA's extraordinary decision, C. com. L225-96)
   */
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(100)
  quorumPercent?: number;

  /** it amends the statutes: refused in an ordinary assembly (an extraordinary decision) */
  @IsOptional()
  @IsBoolean()
  amendsStatutes?: boolean;

  @Type(() => Date)
  @IsDate()
  opensAt: Date;

  @Type(() => Date)
  @IsDate()
  closesAt: Date;

  /** an election: the candidates, and how many seats to fill */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CandidateDto)
  candidates?: CandidateDto[];

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  seats?: number;
}

export class SecondConvocationDto {
  @Type(() => Date)
  @IsDate()
  opensAt: Date;

  @Type(() => Date)
  @IsDate()
  closesAt: Date;
}

export class ResolutionDto {
  id: string;
  assemblyId: string;
  number: number;
  title: string;
  text: string;
  @ApiProperty({ enum: ['motion', 'election'] })
  kind: 'motion' | 'election';
  candidates: { key: string; label: string }[];
  seats: number | null;
  @ApiProperty({ enum: MAJORITIES })
  majority: Majority;
  quorumPercent: number;
  /** it amends the statutes (an extraordinary decision) */
  amendsStatutes: boolean;
  /** what its majority is counted on: the organization's setting when it was created */
  @ApiProperty({ enum: MAJORITY_BASES })
  majorityBase: MajorityBase;
  opensAt: Date;
  closesAt: Date;
  @ApiProperty({ enum: RESOLUTION_STATUSES })
  status: ResolutionStatus;
  @ApiProperty({ enum: OUTCOMES, nullable: true })
  outcome: Outcome | null;
  eligibleCount: number | null;
  openedAt: Date | null;
  closedAt: Date | null;
  sealHash: string | null;
  secondConvocationOf: string | null;
  /** on creation: what is below the legal minimum of the form and decision (allowed, but said) */
  warnings?: string[];
}

export class ResolutionListDto {
  items: ResolutionDto[];
  total: number;
  nextCursor: string | null;
}

/** the longest choice (a candidate key, or for / against / abstain) */
export const CHOICE_MAX_LENGTH = 40;

export class CastBallotDto {
  /** `for`, `against` or `abstain`; for an election, up to `seats` candidate keys (or `abstain`) */
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  @IsString({ each: true })
  @MaxLength(CHOICE_MAX_LENGTH, { each: true })
  choice: string | string[];

  /** vote as proxy holder for this member */
  @IsOptional()
  @IsUUID()
  onBehalfOfMemberId?: string;

  /** changing a secret vote (where allowed): the receipt of the ballot it replaces */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  replacesReceipt?: string;
}

export class ReceiptDto {
  /** keep it private: it proves your ballot was counted, and shows its choice (`POST resolutions/{id}/verify`) */
  receipt: string;
  resolutionId: string;
  memberId: string;
  replaced: boolean;
}

/** Ballots for, against and abstaining (weighted per college where the vote is). */
export class VoteCountsDto {
  for: number;
  against: number;
  abstain: number;
}

export class CollegeResultDto {
  code: string;
  weightPercent: number;
  counts: VoteCountsDto;
  forPercent: number | null;
}

/** The caps of loi 47-1775 art. 3 bis on the votes of non-cooperator associates. */
export class VoteCapDto {
  /** whether a cap reduced some votes */
  applied: boolean;
  /** the non-cooperators' share of the electorate's votes before the caps (at most 49 % after) */
  nonCooperatorsPercent: number;
  /** the share of those of them that are not cooperative societies, before (at most 35 % after) */
  otherNonCooperatorsPercent: number;
  /** each vote of a non-cooperator that is a cooperative society counts for this */
  cooperativeFactor: number;
  /** each vote of another non-cooperator counts for this */
  otherFactor: number;
  /** the votes as counted, after the caps */
  weightedCounts: VoteCountsDto | null;
}

export class ResultsDto {
  @ApiProperty({ enum: RESOLUTION_STATUSES })
  status: ResolutionStatus;
  @ApiProperty({ enum: OUTCOMES, nullable: true })
  outcome: Outcome | null;
  quorumReached: boolean;
  quorumPercent: number;
  eligibleCount: number;
  votersCount: number;
  counts: VoteCountsDto;
  forPercent: number | null;
  colleges: CollegeResultDto[];
  candidates?: { key: string; label: string; votes: number; weightedPercent: number }[];
  elected?: string[];
  tie?: boolean;
  proxyVotes: number;
  sealHash: string | null;
  /** what the majority was counted on: expressed votes, votes of members present or represented, or all votes */
  @ApiProperty({ enum: ['expressed', 'present_or_represented', 'all_votes'] })
  majorityBase?: 'expressed' | 'present_or_represented' | 'all_votes';
  /** the art. 3 bis caps (null with college weighting, where the statutes' weights decide) */
  voteCap?: VoteCapDto | null;
}

/** `POST resolutions/{id}/verify`: a receipt travels in a body, never in a URL (URLs are logged). */
export class VerifyReceiptDto {
  /** the receipt given when the ballot was cast */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  receipt: string;
}

export class VerifyResultDto {
  /** the ballot is under the published seal */
  included: boolean;
  /** it is in the sealed box and holds a valid choice: it was counted */
  counted: boolean;
  /** the ballot's choice, shown to the holder of its receipt (a secret one recomputed from the receipt) */
  choice: string[] | null;
  sealHash: string | null;
  leaf: string;
  proof: ProofStepDto[];
}

export class ProofStepDto {
  hash: string;
  @ApiProperty({ enum: ['left', 'right'] })
  side: 'left' | 'right';
}

export class GrantProxyDto {
  @IsUUID()
  grantorMemberId: string;

  @IsUUID()
  holderMemberId: string;
}

export class ProxyDto {
  id: string;
  assemblyId: string;
  grantorMemberId: string;
  holderMemberId: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export class ProxyListDto {
  items: ProxyDto[];
  total: number;
  nextCursor: string | null;
}

export class MyResolutionDto extends ResolutionDto {
  /** whether you (or your proxy) already voted */
  voted: boolean;
  /** members you hold a proxy for and who have not voted yet */
  proxiesToCast: string[];
}

export class BallotBoxResolutionDto {
  id: string;
  number: number;
  title: string;
  text: string;
  @ApiProperty({ enum: ['motion', 'election'] })
  kind: 'motion' | 'election';
  candidates: { key: string; name: string }[];
  seats: number | null;
  closesAt: Date;
  /** whether the code's member has a ballot in this resolution already */
  voted: boolean;
}

/** What a voting code opens: its assembly's resolutions open now, and nothing else. */
export class BallotBoxDto {
  organization: { slug: string; name: string };
  assembly: { id: string; title: string; secret: boolean };
  resolutions: BallotBoxResolutionDto[];
}

export class MyResolutionListDto {
  items: MyResolutionDto[];
  total: number;
  nextCursor: string | null;
}

export class MyBallotDto {
  resolutionId: string;
  title: string;
  /** the member who cast it: you, or your proxy holder */
  castByMemberId: string;
  /** what was chosen; null for a secret ballot */
  choice: string[] | null;
  secret: boolean;
}

export class MyBallotListDto {
  items: MyBallotDto[];
  total: number;
  nextCursor: string | null;
}
