import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateProperty, IsCalendarDate } from '@socius/core';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, ValidateBy } from 'class-validator';
import type { FecEncoding } from '../fec';

export const FEC_ENCODINGS: readonly FecEncoding[] = ['iso-8859-15', 'utf-8'];

export class LedgerExportQuery {
  /** first effective date included (YYYY-MM-DD) */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** last effective date included (YYYY-MM-DD) */
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class AtDateQuery {
  /** a date YYYY-MM-DD (end of that day); today by default */
  @IsOptional()
  @IsCalendarDate()
  at?: string;
}

/** `2025` (the fiscal year ending in 2025) or the closing date itself `2025-12-31`. */
function IsFiscalYearRef() {
  return ValidateBy({
    name: 'isFiscalYearRef',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(value);
        if (!m || Number(m[1]) < 1901 || Number(m[1]) > 2099) return false;
        if (!m[2]) return true;
        const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
        return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
      },
      defaultMessage: () =>
        '$property must be a year YYYY (the fiscal year ending in it) or the closing date YYYY-MM-DD',
    },
  });
}

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class FecYearQuery {
  /** the fiscal year: `2025` (the one ending in 2025) or its closing date `2025-12-31` */
  @IsFiscalYearRef()
  year: string;
}

export class FecQuery extends FecYearQuery {
  @ApiPropertyOptional({ enum: FEC_ENCODINGS, default: 'iso-8859-15' })
  @IsOptional()
  @Transform(lower)
  @IsIn(FEC_ENCODINGS as FecEncoding[], { message: '$property must be iso-8859-15 or utf-8' })
  encoding?: FecEncoding;
}

export class FecExportDto {
  @DateProperty()
  fiscalYearEnd: string;
  @ApiProperty({ enum: FEC_ENCODINGS })
  encoding: string;
  fileName: string;
  sha256: string;
  byteCount: number;
  lineCount: number;
  createdBy: string | null;
  createdAt: Date;
}

export class FecExportListDto {
  items: FecExportDto[];
  total: number;
  nextCursor: string | null;
}

export class FecVerifyDto {
  @DateProperty()
  fiscalYearEnd: string;
  @ApiProperty({ enum: FEC_ENCODINGS })
  encoding: string;
  fileName: string;
  /** true when the regenerated file has exactly the recorded hash */
  reproducible: boolean;
  /** the hash recorded at the first official export; null when the year has none yet */
  recordedSha256: string | null;
  sha256: string;
  byteCount: number;
  lineCount: number;
}

export class FecReportDto {
  valid: boolean;
  problems: { line: number; field?: string; message: string }[];
  truncated: boolean;
  lines: number;
  entries: number;
  debitCents: number;
  creditCents: number;
  fileName: string;
  @DateProperty()
  fiscalYearStart: string;
  @DateProperty()
  fiscalYearEnd: string;
}
