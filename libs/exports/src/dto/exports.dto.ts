import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateProperty, IsCalendarDate } from '@socius/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, ValidateBy } from 'class-validator';
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
  /** the hash recorded at the first export of the closed year; null when the year has none yet */
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

/** The columns a CSV journal may have, in the order asked for. */
export const JOURNAL_CSV_COLUMNS = [
  'journalCode',
  'journalLabel',
  'entryNumber',
  'entryDate',
  'account',
  'accountLabel',
  'auxAccount',
  'auxLabel',
  'pieceRef',
  'pieceDate',
  'label',
  'debit',
  'credit',
  'amount',
  'validDate',
] as const;
export type JournalCsvColumn = (typeof JOURNAL_CSV_COLUMNS)[number];

/** "entryDate, account,debit" → ["entryDate", "account", "debit"] */
export function journalColumns(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

export class JournalCsvQuery extends FecYearQuery {
  /** field separator: `semicolon` (default, French spreadsheets), `comma` or `tab` */
  @ApiPropertyOptional({ enum: ['semicolon', 'comma', 'tab'], default: 'semicolon' })
  @IsOptional()
  @Transform(lower)
  @IsIn(['semicolon', 'comma', 'tab'])
  separator?: 'semicolon' | 'comma' | 'tab';

  /** decimal mark of amounts: `comma` (default) or `dot`; never a thousands separator */
  @ApiPropertyOptional({ enum: ['comma', 'dot'], default: 'comma' })
  @IsOptional()
  @Transform(lower)
  @IsIn(['comma', 'dot'])
  decimal?: 'comma' | 'dot';

  /** `dd/mm/yyyy` (default) or `yyyy-mm-dd` */
  @ApiPropertyOptional({ enum: ['dd/mm/yyyy', 'yyyy-mm-dd'], default: 'dd/mm/yyyy' })
  @IsOptional()
  @Transform(lower)
  @IsIn(['dd/mm/yyyy', 'yyyy-mm-dd'])
  dateFormat?: 'dd/mm/yyyy' | 'yyyy-mm-dd';

  /**
   * The columns, comma-separated, in order (all by default): journalCode, journalLabel, entryNumber,
   * entryDate, account, accountLabel, auxAccount, auxLabel, pieceRef, pieceDate, label, debit,
   * credit, amount (debit − credit, signed), validDate
   */
  @ApiPropertyOptional({ example: 'entryDate,journalCode,account,auxAccount,label,debit,credit' })
  @IsOptional()
  @ValidateBy({
    name: 'journalColumns',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        journalColumns(value).length > 0 &&
        journalColumns(value).every((c) => (JOURNAL_CSV_COLUMNS as readonly string[]).includes(c)),
      defaultMessage: () => `$property must list some of ${JOURNAL_CSV_COLUMNS.join(', ')}, separated by commas`,
    },
  })
  columns?: string;

  /** start with a UTF-8 byte order mark, as Excel needs (default true) */
  @ApiPropertyOptional({ type: Boolean, default: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'false' ? false : value === 'true' ? true : value))
  @IsBoolean()
  bom?: boolean;
}
