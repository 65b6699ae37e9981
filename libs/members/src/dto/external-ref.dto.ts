import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

/** A platform's name in paths: lower case letters, digits, `.`, `_`, `-` (e.g. `helloasso`). */
export const PLATFORM_PATTERN = /^[a-z0-9][a-z0-9._-]{0,39}$/;

/** What another platform calls a member. */
export class ExternalRefDto {
  @ApiProperty({ example: 'helloasso' })
  platform: string;
  @ApiProperty({ example: 'usr_8f2a' })
  externalId: string;
  createdAt: Date;
}

/** `PUT members/{id}/external-refs/{platform}`: the member's id on that platform. */
export class SetExternalRefDto {
  @ApiProperty({ example: 'usr_8f2a', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @Matches(/^\S(.*\S)?$/, { message: 'externalId must not start or end with spaces' })
  externalId: string;
}

/** `GET external-refs/{platform}/{externalId}`: the member a platform's id stands for. */
export class ExternalRefMatchDto {
  @ApiProperty({ format: 'uuid' })
  memberId: string;
  platform: string;
  externalId: string;
}
