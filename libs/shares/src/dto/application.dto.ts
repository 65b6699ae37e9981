import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BoundedString, IsIban, IsOneOf, IsSiren, normalizeIban } from '@socius/core';
import { CHARTER_KINDS, MEMBER_KINDS } from '@socius/members';
import type { CharterKind, MemberKind } from '@socius/members';
import { LEGAL_FORMS } from '@socius/organizations';
import type { LegalForm } from '@socius/organizations';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const isLegalEntity = (a: MembershipApplicationDto) => a.kind === 'legal_entity';

// ---- what the form needs -------------------------------------------------------------------

export class JoinOrganizationDto {
  name: string;
  slug: string;
  @ApiProperty({ enum: LEGAL_FORMS, enumName: 'LegalForm' })
  legalForm: LegalForm;
}

/** A share class an applicant may subscribe: the quantity lies within its minimum and maximum. */
export class JoinShareClassDto {
  code: string;
  name: string;
  nominalCents: number;
  /** the least a first subscription takes (at least 1 on the form) */
  minPerMember: number;
  /** null: no maximum */
  maxPerMember: number | null;
  /** empty: open to every college; else only to applicants of these colleges */
  collegeCodes: string[];
}

/** The current version of a document the applicant accepts by applying, with its text. */
export class JoinCharterDto {
  id: string;
  @ApiProperty({ enum: CHARTER_KINDS })
  kind: CharterKind;
  version: number;
  title: string;
  /** the text (Markdown) */
  body: string;
}

export class JoinCollegeDto {
  code: string;
  name: string;
}

export class JoinFormDto {
  organization: JoinOrganizationDto;
  shareClasses: JoinShareClassDto[];
  /** the documents to accept: their ids go in `charterIds` */
  charters: JoinCharterDto[];
  /** when not empty, the applicant chooses one (`collegeCode`) */
  colleges: JoinCollegeDto[];
}

// ---- the application -----------------------------------------------------------------------

/** The person who represents a legal entity (its gérant, président …). */
export class RepresentativeDto {
  @BoundedString(200)
  name: string;

  /** e.g. gérante, président */
  @BoundedString(100)
  role: string;

  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

export class ApplicationConsentsDto {
  /** the statutes (and the other documents listed in `charterIds`) are accepted: required */
  @Equals(true, { message: 'statutes must be accepted to apply' })
  statutes: boolean;

  /** the co-op may process the applicant's data to keep its register: required */
  @Equals(true, { message: 'dataProcessing must be accepted to apply' })
  dataProcessing: boolean;

  /** convocations and documents by e-mail rather than by post */
  @IsOptional()
  @IsBoolean()
  eConvocation?: boolean;
}

/**
 * A membership application: a person, or a legal entity with its representative; a postal
 * address; the shares subscribed; a bank account; the consents.
 */
export class MembershipApplicationDto {
  @IsOneOf(MEMBER_KINDS)
  kind: MemberKind;

  /** a person's */
  @ValidateIf((a: MembershipApplicationDto) => !isLegalEntity(a) || a.firstName !== undefined)
  @BoundedString(100)
  firstName?: string;

  /** a person's */
  @ValidateIf((a: MembershipApplicationDto) => !isLegalEntity(a) || a.lastName !== undefined)
  @BoundedString(100)
  lastName?: string;

  /** a person's address; for a legal entity, its own (the representative's by default) */
  @ValidateIf((a: MembershipApplicationDto) => !isLegalEntity(a) || a.email !== undefined)
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{4,30}$/, { message: 'phone must be a phone number' })
  phone?: string;

  /** a legal entity's name */
  @ValidateIf(isLegalEntity)
  @BoundedString(200)
  companyName?: string;

  /** a legal entity's SIREN (9 digits, Luhn-checked) */
  @ValidateIf(isLegalEntity)
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @IsSiren()
  siren?: string;

  /** a legal entity's representative */
  @ValidateIf(isLegalEntity)
  @IsObject({ message: 'representative is required for a legal entity' })
  @ValidateNested()
  @Type(() => RepresentativeDto)
  representative?: RepresentativeDto;

  @BoundedString(200)
  addressLine1: string;

  @IsOptional()
  @BoundedString(200)
  addressLine2?: string;

  @BoundedString(20)
  postalCode: string;

  @BoundedString(100)
  city: string;

  /** ISO 3166 alpha-2, FR by default */
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as FR' })
  country?: string;

  /** required when the co-op has colleges: the one the applicant belongs to */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'collegeCode must be the code of a college' })
  collegeCode?: string;

  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'shareClassCode must be a share class code' })
  shareClassCode: string;

  /** number of shares, within the class's minimum and maximum per member */
  @IsInt({ message: 'quantity must be a whole number of shares' })
  @Min(1)
  @Max(10_000_000)
  quantity: number;

  /** the applicant's bank account (spaces allowed), for refunds and payouts */
  @Transform(({ value }) => (typeof value === 'string' ? normalizeIban(value) : value))
  @IsIban()
  iban: string;

  /** the ids of the documents shown (`charters` of the form): every current version */
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'charterIds must hold the ids of the documents shown' })
  charterIds: string[];

  @IsObject({ message: 'consents are required' })
  @ValidateNested()
  @Type(() => ApplicationConsentsDto)
  consents: ApplicationConsentsDto;
}

/** How to pay the shares. */
export class ApplicationPaymentDto {
  /** due now */
  amountCents: number;
  /** the co-op's account, for a transfer; null: the co-op will say how to pay */
  iban: string | null;
  /** the co-op, to name as the payee */
  payee: string;
  /** to write on the transfer */
  reference: string;
}

/** The application is recorded: what happens next. */
export class ApplicationReceivedDto {
  memberId: string;
  subscriptionId: string;
  @ApiProperty({ enum: ['applicant'] })
  memberStatus: 'applicant';
  @ApiProperty({ enum: ['pending'] })
  subscriptionStatus: 'pending';
  shareClassCode: string;
  quantity: number;
  amountCents: number;
  /** where the confirmation was sent */
  email: string;
  payment: ApplicationPaymentDto;
  /** what happens next, in words */
  nextSteps: string[];
}
