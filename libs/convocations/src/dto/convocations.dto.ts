import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ConvocationStartedDto {
  /** the job sending the e-mails: `GET /v1/orgs/{slug}/jobs/{jobId}` shows its status and progress */
  jobId: string;
  /** active members convened by e-mail (consent and an address, e-convocation on), including those already reached */
  emailCount: number;
  /** active members to convene by post: `postal.csv`, `letters.pdf` */
  postalCount: number;
  /** members this assembly's convocation already reached by e-mail (a repeat sends them nothing) */
  alreadySent: number;
  /** what the admin should know, such as a notice shorter than the legal 15 days */
  warnings: string[];
}

export class NoticeStartedDto {
  /** `GET /v1/orgs/{slug}/jobs/{jobId}` */
  jobId: string;
}

export class LettersQuery {
  /** members to skip, in membership-number order (for files of more than `limit` letters) */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset?: number;

  /** letters in this file (200 at most, the default) */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  /** only this member's letter (one convened by post), for instance after issuing them a new voting code */
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class VotingCodeReissuedDto {
  /** `email`: a job e-mails the new code (`jobId`); `post`: print their letter, `letters.pdf?memberId=` */
  @ApiProperty({ enum: ['email', 'post'] })
  channel: 'email' | 'post';
  /** the job sending the e-mail: `GET /v1/orgs/{slug}/jobs/{jobId}`; null for a member convened by post */
  jobId: string | null;
  /** whether the member had a code, now revoked */
  revoked: boolean;
}
