import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@socius/core';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DocumentLanguageQuery } from '@socius/documents';

/** `?at=YYYY-MM-DD&lang=`: a document showing the state at the end of that day (today by default). */
export class CertificateAtQuery extends DocumentLanguageQuery {
  /** the end of this day, in the organization's calendar; today when absent; never in the future */
  @ApiProperty({ required: false, example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  at?: string;
}

/** `?year=2026&lang=`: the calendar year whose payments the IR-PME statement lists (the last one by default). */
export class TaxCertificateQuery extends DocumentLanguageQuery {
  @ApiProperty({ example: 2026, required: false })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class AnnualCertificatesDto {
  /** the date the certificates show (the fiscal year end, usually); today when absent; never in the future */
  @ApiProperty({ required: false, example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  at?: string;
}

export class JobAcceptedDto {
  /** follow it at `GET /v1/orgs/{slug}/jobs/{jobId}` */
  jobId: string;
}
