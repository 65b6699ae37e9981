import { ApiProperty, PartialType, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { BoundedString, Cents, IsIban, IsMonthDay, IsOneOf, IsSiren, normalizeIban } from '@socius/core';
import { ROLES } from '@socius/auth';
import type { Role } from '@socius/auth';
import { LEGAL_FORMS, MAJORITY_BASES } from '../entities/organization.entity';
import type { LegalForm, MajorityBase } from '../entities/organization.entity';

/**
 * Slugs that name the app's own pages or could pass for the platform: an organization's URL never
 * takes them.
 */
export const RESERVED_SLUGS = new Set([
  'admin',
  'administrator',
  'api',
  'app',
  'assets',
  'auth',
  'campaigns',
  'docs',
  'help',
  'join',
  'login',
  'logout',
  'mail',
  'new',
  'o',
  'openapi',
  'public',
  'reset-password',
  'root',
  'security',
  'settings',
  'signup',
  'socius',
  'static',
  'status',
  'support',
  'system',
  'verify',
  'verify-email',
  'vote',
  'www',
]);

/** What a slug is written like: no organization's slug is anything else. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export class CreateOrganizationDto {
  @BoundedString(200)
  name: string;

  /** lower-case letters, digits and dashes; appears in every URL of the organization */
  @Matches(SLUG_PATTERN, {
    message: 'slug must be 1–63 lower-case letters, digits or inner dashes',
  })
  @ValidateBy({
    name: 'notReserved',
    validator: {
      validate: (v) => !RESERVED_SLUGS.has(String(v)),
      defaultMessage: () => 'slug is reserved: choose another',
    },
  })
  slug: string;

  @ApiProperty({ enum: LEGAL_FORMS, enumName: 'LegalForm' })
  @IsIn(LEGAL_FORMS)
  legalForm: LegalForm;

  /** last day of the fiscal year, MM-DD */
  @IsMonthDay()
  fiscalYearEnd: string;

  /**
   * statutory minimum capital, in cents: at least the legal minimum of the legal form (18 500 € for
   * a co-operative SA, loi 47-1775 art. 27; 30 € for a SCOP SARL, loi 78-763 art. 3), which is the default
   */
  @IsOptional()
  @Cents(0)
  minimumCapitalCents?: number;

  /**
   * redemptions may not bring the capital below this percent of the highest capital ever recorded:
   * 25 by law (loi 47-1775 art. 13, the default), up to 100 if the statutes say so
   */
  @IsOptional()
  @IsInt()
  @Min(25)
  @Max(100)
  capitalFloorPercent?: number;

  /**
   * years from the subscription within which shares paid by instalments must be fully paid up: 3 by
   * law (loi 47-1775 art. 12, the default), less per the statutes, up to 5 under a special regime
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  instalmentDeadlineYears?: number;

  /**
   * what majorities are counted on, per the statutes: `expressed` votes (SA rule since loi 2019-744),
   * votes of members `present_or_represented` (SCOP, loi 78-763), or the `sarl` rules (C. com.
   * L223-29/30); by default the legal form's (`legalMajorityBase`); null resets to it
   */
  @ApiProperty({ enum: [...MAJORITY_BASES], required: false, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(MAJORITY_BASES)
  majorityBase?: MajorityBase | null;

  /**
   * statutory option: only members whose shares are fully paid vote; by default a member who has
   * paid what has fallen due of the capital called votes (C. com. L228-29)
   */
  @IsOptional()
  @IsBoolean()
  fullyPaidSharesOnly?: boolean;

  @IsOptional()
  @IsSiren()
  siren?: string;

  @IsOptional()
  @BoundedString(500)
  address?: string;

  /** the city of the registry it is registered at, printed "RCS {city} {SIREN}" (C. com. R123-237) */
  @IsOptional()
  @BoundedString(100)
  rcsCity?: string;

  /** who signs certificates: the legal representative's name... */
  @IsOptional()
  @BoundedString(200)
  legalRepresentativeName?: string;

  /** ...and title (Président, Gérante, Directeur général...) */
  @IsOptional()
  @BoundedString(100)
  legalRepresentativeTitle?: string;

  /** "Fait à ..." on signed documents; the registry's city when not set */
  @IsOptional()
  @BoundedString(100)
  signaturePlace?: string;

  @IsOptional()
  @IsBoolean()
  eConvocation?: boolean;

  /** the language of documents and e-mails unless asked otherwise */
  @IsOptional()
  @IsOneOf(['fr', 'en'])
  defaultLanguage?: 'fr' | 'en';
}

export class UpdateOrganizationDto extends PartialType(OmitType(CreateOrganizationDto, ['slug'] as const)) {
  /**
   * Its admins must sign in with two factors: an admin who has not turned it on is refused (403
   * `two-factor-required`) on every route of the organization until they do. Only an admin who has
   * it on may turn this on (422 `two-factor-not-enabled` otherwise).
   */
  @IsOptional()
  @IsBoolean()
  requireAdminTwoFactor?: boolean;

  /** everyone signs in through the organization's identity providers (only an admin signed in that way turns it on) */
  @IsOptional()
  @IsBoolean()
  requireSso?: boolean;

  /** anyone may apply for membership on the public form `/join/{slug}` */
  @IsOptional()
  @IsBoolean()
  acceptsApplications?: boolean;

  /** the account applicants pay their shares into (spaces allowed); null removes it */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normalizeIban(value) : value))
  @ValidateIf((_, value) => value !== null)
  @IsIban()
  paymentIban?: string | null;
}

export class OrganizationDto {
  id: string;
  name: string;
  slug: string;
  @ApiProperty({ enum: LEGAL_FORMS, enumName: 'LegalForm' })
  legalForm: LegalForm;
  siren: string | null;
  address: string | null;
  rcsCity: string | null;
  legalRepresentativeName: string | null;
  legalRepresentativeTitle: string | null;
  signaturePlace: string | null;
  currency: string;
  fiscalYearEnd: string;
  minimumCapitalCents: number;
  /** the least the law allows for the legal form (loi 47-1775 art. 27, loi 78-763 art. 3) */
  legalMinimumCapitalCents: number;
  capitalFloorPercent: number;
  instalmentDeadlineYears: number;
  /** what majorities are counted on (the statutes', else the legal form's) */
  @ApiProperty({ enum: MAJORITY_BASES })
  majorityBase: MajorityBase;
  /** the legal form's majority base */
  @ApiProperty({ enum: MAJORITY_BASES })
  legalMajorityBase: MajorityBase;
  /** only members whose shares are fully paid vote (statutory option) */
  fullyPaidSharesOnly: boolean;
  eConvocation: boolean;
  @ApiProperty({ enum: ['fr', 'en'] })
  defaultLanguage: 'fr' | 'en';
  timezone: string;
  /** its admins must sign in with two factors (TOTP) */
  requireAdminTwoFactor: boolean;
  /** everyone signs in through the organization's identity providers (single sign-on) */
  requireSso: boolean;
  /** anyone may apply for membership at `/join/{slug}` */
  acceptsApplications: boolean;
  /** the account applicants pay their shares into */
  paymentIban: string | null;
  createdAt: Date;
  /** the caller's role in this organization */
  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role?: Role;
  /** the caller's member record here, if their account is linked to one */
  memberId?: string | null;
}

export class GrantRoleDto {
  /** the e-mail of an existing Socius account */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES)
  role: Role;

  /** with role "member": the member record this account belongs to */
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId?: string;
}

export class OrganizationUserDto {
  userId: string;
  email: string;
  name: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;
  memberId: string | null;
  since: Date;
}

export class OrganizationListDto {
  items: OrganizationDto[];
  total: number;
  nextCursor: string | null;
}

export class OrganizationUserListDto {
  items: OrganizationUserDto[];
  total: number;
  nextCursor: string | null;
}

export class CreateInvitationDto {
  /** the address to invite: the invitee accepts once signed in with this address, verified */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES)
  role: Role;

  /** with role "member": the member record the invitee's account will be linked to */
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId?: string;
}

export class InvitationDto {
  id: string;
  email: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;
  memberId: string | null;
  @ApiProperty({ enum: ['pending', 'accepted', 'revoked', 'expired'] })
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  createdAt: Date;
  expiresAt: Date;
  sentCount: number;
  lastSentAt: Date | null;
  acceptedAt: Date | null;
}

export class InvitationListDto {
  items: InvitationDto[];
  total: number;
  nextCursor: string | null;
}

export class AcceptInvitationDto {
  /** the token of the invitation's link */
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}

export class AcceptedInvitationDto {
  organizationSlug: string;
  organizationName: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;
}
