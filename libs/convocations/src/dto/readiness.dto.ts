import { ApiProperty } from '@nestjs/swagger';

export const READINESS_CHECKS = [
  'agenda',
  'colleges',
  'members-without-college',
  'electorate',
  'notice',
  'convened',
] as const;
export type ReadinessCheckCode = (typeof READINESS_CHECKS)[number];

/** One point of the checklist before an assembly's votes open. */
export class ReadinessCheckDto {
  @ApiProperty({ enum: READINESS_CHECKS })
  code: ReadinessCheckCode;
  ok: boolean;
  /** when not ok: the opening would be refused or the vote pointless (true), or the administrator should know (false) */
  blocking: boolean;
  /** what is wrong and how to fix it (English; the web app says it in the reader's language from the fields below) */
  detail: string;
  /** members concerned (electorate, members without college, resolutions on the agenda) */
  count: number | null;
  /** days of notice between the convocation (or now, when not sent yet) and the first vote */
  days: number | null;
  /** the notice required */
  requiredDays: number | null;
  /** the colleges' problems (weights), as the API would refuse them */
  problems: string[];
}

/** `GET assemblies/{id}/readiness`: what to check, and fix, before the assembly's votes open. */
export class ReadinessDto {
  /** no blocking check fails */
  ready: boolean;
  /** active members holding at least one fully paid share today: who would vote if a resolution opened now */
  electorateCount: number;
  /** when the convocation was first sent by e-mail, or null */
  convenedAt: Date | null;
  /** when the first resolution still to vote on opens, or null */
  firstOpensAt: Date | null;
  checks: ReadinessCheckDto[];
}
