import { ExternalRefDto } from './external-ref.dto';
import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { AsyncImportQuery } from '@socius/jobs';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  BoundedString,
  DateProperty,
  IsCalendarDate,
  IsDecimal,
  IsIban,
  IsSiren,
  normalizeIban,
  PageQuery,
} from '@socius/core';
import { ASSOCIATE_TYPES, MEMBER_KINDS, MEMBER_STATUSES, SCIC_CATEGORIES } from '../entities/member.entity';
import type { AssociateType, MemberKind, MemberStatus, ScicCategory } from '../entities/member.entity';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CreateCollegeDto {
  /** short code used in imports and filters, e.g. SAL, USR, COL */
  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'code must be 1–20 letters, digits, dashes or underscores' })
  code: string;

  @BoundedString(200)
  name: string;

  /** voting weight of the college, in percent (two decimals at most) */
  @IsDecimal(2, 'weightPercent must be a number with at most two decimals')
  @Min(0.01)
  @Max(100)
  weightPercent: number;
}

export class UpdateCollegeDto extends PartialType(OmitType(CreateCollegeDto, ['code'] as const)) {}

export class CollegeDto {
  id: string;
  code: string;
  name: string;
  weightPercent: number;
}

/** The SCIC's categories of associates among its active members (loi 47-1775 art. 19 septies). */
export class ScicCategoriesDto {
  /** active members per category (uncategorised under `none`) */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  counts: Record<string, number>;
  /** at least three categories, employees (or producers) and beneficiaries among them */
  complete: boolean;
  /** what is missing; a readiness warning, not a refusal */
  problems: string[];
}

export class CollegeListDto {
  items: CollegeDto[];
  total: number;
  nextCursor: string | null;
  /** whether the set may be used for a college-weighted vote */
  valid: boolean;
  /** why not, when it is not */
  problems: string[];
}

export class CreateMemberDto {
  @ApiProperty({ enum: MEMBER_KINDS })
  @IsIn(MEMBER_KINDS)
  kind: MemberKind;

  @IsOptional()
  @BoundedString(100)
  firstName?: string;

  /** required for a person */
  @ValidateIf((m: CreateMemberDto) => m.kind === 'person' || m.lastName !== undefined)
  @BoundedString(100)
  lastName?: string;

  /** required for a legal entity */
  @ValidateIf((m: CreateMemberDto) => m.kind === 'legal_entity' || m.companyName !== undefined)
  @BoundedString(200)
  companyName?: string;

  @IsOptional()
  @IsSiren()
  siren?: string;

  @IsOptional()
  @BoundedString(200)
  legalRepresentative?: string;

  @IsOptional()
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{4,30}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @IsOptional()
  @BoundedString(200)
  addressLine1?: string;

  @IsOptional()
  @BoundedString(200)
  addressLine2?: string;

  @IsOptional()
  @BoundedString(20)
  postalCode?: string;

  @IsOptional()
  @BoundedString(100)
  city?: string;

  /** ISO 3166 alpha-2, FR by default */
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as FR' })
  country?: string;

  /** the member's bank account, for refunds and redemption payouts (spaces allowed) */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normalizeIban(value) : value))
  @IsIban()
  iban?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'collegeCode must be the code of a college' })
  collegeCode?: string;

  @IsOptional()
  @BoundedString(100)
  externalRef?: string;

  /** consents to receive convocations and documents by e-mail */
  @IsOptional()
  @IsBoolean()
  eConsent?: boolean;

  /**
   * `cooperator` (the default) or `non_cooperator`: an associate who brings capital without using the
   * co-op's services; their votes are capped (loi 47-1775 art. 3 bis)
   */
  @ApiProperty({ enum: ASSOCIATE_TYPES, required: false })
  @IsOptional()
  @IsIn(ASSOCIATE_TYPES)
  associateType?: AssociateType;

  /** the member is a cooperative society (a non-cooperator one falls under the 49 % cap only) */
  @IsOptional()
  @IsBoolean()
  cooperativeSociety?: boolean;

  /** its category of associates in a SCIC (art. 19 septies), apart from its voting college; null clears it */
  @ApiProperty({ enum: [...SCIC_CATEGORIES], required: false, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(SCIC_CATEGORIES)
  scicCategory?: ScicCategory | null;
}

export class UpdateMemberDto extends PartialType(OmitType(CreateMemberDto, ['kind'] as const)) {}

export class AdmitMemberDto {
  /** date of the admission decision */
  @IsCalendarDate()
  admittedOn: string;

  /** the board or AG decision, e.g. "CA du 12/03/2026" */
  @IsOptional()
  @BoundedString(200)
  decisionRef?: string;
}

export class ResignMemberDto {
  /** when the resignation takes effect (often the fiscal year end) */
  @IsCalendarDate()
  effectiveOn: string;

  @IsOptional()
  @BoundedString(200)
  decisionRef?: string;
}

export class ExcludeMemberDto {
  @IsCalendarDate()
  effectiveOn: string;

  /** the decision that excludes the member */
  @BoundedString(200)
  decisionRef: string;
}

export class DeceaseMemberDto {
  @IsCalendarDate()
  diedOn: string;
}

export class MemberQuery extends PageQuery {
  /** name, company, e-mail, number or external reference; accents and case do not matter */
  @IsOptional()
  @BoundedString(100)
  search?: string;

  @ApiProperty({ enum: MEMBER_STATUSES, required: false })
  @IsOptional()
  @IsIn(MEMBER_STATUSES)
  status?: MemberStatus;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'collegeCode must be the code of a college' })
  collegeCode?: string;

  /** `true`: members who accepted convocations and documents by e-mail; `false`: those who did not */
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'eConsent must be true or false' })
  eConsent?: 'true' | 'false';
}

/** `POST members/import`: `dryRun=true` validates the whole file and writes nothing. */
export class MembersImportQuery extends AsyncImportQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      '`true`: validate every row and answer the same report (or the same 400), writing nothing; runs in the request whatever the size',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun must be true or false' })
  dryRun?: 'true' | 'false';
}

export class MemberDto {
  id: string;
  @ApiProperty({ enum: MEMBER_KINDS })
  kind: MemberKind;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  siren: string | null;
  legalRepresentative: string | null;
  email: string | null;
  phone: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  iban: string | null;
  collegeCode: string | null;
  externalRef: string | null;
  eConsent: boolean;
  @ApiProperty({ enum: ASSOCIATE_TYPES })
  associateType: AssociateType;
  cooperativeSociety: boolean;
  @ApiProperty({ enum: [...SCIC_CATEGORIES], nullable: true })
  scicCategory: ScicCategory | null;
  @ApiProperty({ enum: MEMBER_STATUSES })
  status: MemberStatus;
  membershipNumber: number | null;
  @DateProperty()
  admittedOn: string | null;
  admissionDecisionRef: string | null;
  @DateProperty()
  exitOn: string | null;
  exitDecisionRef: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** the member's ids on other platforms (on `GET members/{id}` only) */
  @ApiPropertyOptional({ type: () => [ExternalRefDto] })
  externalRefs?: ExternalRefDto[];
}

export class MemberListDto {
  items: MemberDto[];
  /** exact up to 10,000 matches */
  total: number;
  /** true when more than 10,000 members match: narrow the search */
  totalCapped?: boolean;
  nextCursor: string | null;
}

export class HistoryItemDto {
  at: Date;
  actor: string;
  action: string;
  /** each field changed: `{ from, to }` */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  changes: Record<string, unknown> | null;
}

export class HistoryDto {
  items: HistoryItemDto[];
}

/** `POST members/erase-due`: how many members' personal data were erased. */
export class ErasedCountDto {
  erased: number;
}

/** `POST members/{id}/erase`: the member's personal data are erased; the record keeps this pseudonym. */
export class ErasureDto {
  @ApiProperty({ enum: [true] })
  erased: true;
  pseudonym: string;
}

/** What a CSV import did: rows in the file, members created, updated, left as they were. */
export class ImportResultDto {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** present on a dry run: these figures are what the import would do; nothing was written */
  dryRun?: boolean;
}
