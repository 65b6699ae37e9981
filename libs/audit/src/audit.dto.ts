import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, PageQuery } from '@socius/core';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class AuditQuery extends PageQuery {
  /** only the entries about this kind of record (`member`, `subscription` ...) */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  /** only the entries about this record */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  /** only what this person did: an account's e-mail (case does not matter), or `system` */
  @IsOptional()
  @IsString()
  @MaxLength(254)
  actor?: string;

  /** only entries from this day on (the organization's calendar) */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** only entries up to the end of this day (the organization's calendar) */
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class AuditItemDto {
  id: string;
  at: Date;
  /** who acted: an account's e-mail, `system` for the jobs, `voting-code:<code id>` for a ballot cast with a voting code (the code, not its member, acted) */
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  /** what changed: field by field `{ from, to }`, or the command's details */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  changes: Record<string, unknown> | null;
  requestId: string | null;
}

export class AuditListDto {
  items: AuditItemDto[];
  total: number;
  nextCursor: string | null;
}
