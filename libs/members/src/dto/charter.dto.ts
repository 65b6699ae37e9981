import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { BoundedString, DateProperty, IsCalendarDate, IsOneOf } from '@socius/core';
import { CHARTER_KINDS } from '../entities/charter.entity';
import type { CharterKind } from '../entities/charter.entity';

export class PublishCharterDto {
  @ApiProperty({ enum: CHARTER_KINDS })
  @IsIn(CHARTER_KINDS)
  kind: CharterKind;

  @BoundedString(200)
  title: string;

  /** the text (Markdown), at most 200,000 characters */
  @BoundedString(200_000)
  body: string;

  /** admission then needs the member's acceptance of this version */
  @IsOptional()
  @IsBoolean()
  requiredForAdmission?: boolean;
}

export class CharterDto {
  id: string;
  @ApiProperty({ enum: CHARTER_KINDS })
  kind: CharterKind;
  version: number;
  title: string;
  requiredForAdmission: boolean;
  publishedAt: Date;
  /** whether this is the current version of its kind */
  current: boolean;
  body?: string;
}

/** A published version, with how many members have yet to accept it when it is required for admission. */
export class PublishedCharterDto extends CharterDto {
  pendingCount: number;
}

export class CharterListDto {
  items: CharterDto[];
  total: number;
  nextCursor: string | null;
}

export class AcceptCharterDto {
  @IsUUID('all', { message: 'charterId must be a UUID' })
  charterId: string;

  /** when accepted (default today); an admin may record an earlier paper signature */
  @IsOptional()
  @IsCalendarDate()
  acceptedOn?: string;

  /** how the acceptance was given, when an admin records it */
  @IsOptional()
  @IsOneOf(['admin', 'paper'])
  via?: 'admin' | 'paper';
}

export class AcceptanceDto {
  charterId: string;
  @ApiProperty({ enum: CHARTER_KINDS })
  kind: CharterKind;
  version: number;
  title: string;
  @DateProperty()
  acceptedOn: string;
  /** `member`: the member accepted; `admin` or `paper`: an admin recorded it */
  @ApiProperty({ enum: ['member', 'admin', 'paper'] })
  via: 'member' | 'admin' | 'paper';
  recordedAt: Date;
}

export class AcceptanceListDto {
  items: AcceptanceDto[];
}

export class PendingMemberDto {
  id: string;
  membershipNumber: number | null;
  displayName: string;
  email: string | null;
  status: string;
}

export class PendingListDto {
  charter: CharterDto;
  items: PendingMemberDto[];
  total: number;
}
