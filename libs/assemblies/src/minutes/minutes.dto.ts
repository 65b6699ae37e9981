import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { BoundedString, DateProperty, IsCalendarDate } from '@socius/core';

/** What the bureau records for an assembly's minutes (C. com. R225-106); each PUT replaces it all. */
export class MinutesDetailsDto {
  /** the day the assembly met; the day of its first vote by default */
  @IsOptional()
  @IsCalendarDate()
  meetingOn?: string;

  @IsOptional()
  @BoundedString(200)
  chairName?: string;

  @IsOptional()
  @BoundedString(200)
  secretaryName?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  scrutineerNames?: string[];

  /** the documents and reports submitted to the assembly (accounts, management report, auditor's report...) */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(300, { each: true })
  documentsSubmitted?: string[];

  @IsOptional()
  @BoundedString(20000)
  debatesSummary?: string;
}

export class MinutesDetailsViewDto {
  @DateProperty()
  meetingOn: string | null;
  chairName: string | null;
  secretaryName: string | null;
  scrutineerNames: string[];
  documentsSubmitted: string[];
  debatesSummary: string | null;
}
