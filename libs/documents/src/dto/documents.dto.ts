import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@socius/core';
import { DOCUMENT_KINDS } from '../entities/document.entity';
import type { DocumentKind } from '../entities/document.entity';
import { DOCUMENT_LANGUAGES } from '../format';
import type { DocumentLanguage } from '../format';

export class DocumentLanguageQuery {
  /** the document's language: the organization's default language (French unless changed) when absent */
  @ApiProperty({ enum: DOCUMENT_LANGUAGES, required: false })
  @IsOptional()
  @IsIn(DOCUMENT_LANGUAGES)
  lang?: DocumentLanguage;
}

export class VerifiedOrganizationDto {
  name: string;
  legalForm: string;
  siren: string | null;
}

/** What a genuine document is and certifies. */
export class VerifiedDocumentDto {
  number: string;
  @ApiProperty({ enum: DOCUMENT_KINDS })
  kind: DocumentKind;
  title: string;
  @ApiProperty({ enum: DOCUMENT_LANGUAGES })
  language: DocumentLanguage;
  organization: VerifiedOrganizationDto;
  issuedAt: Date;
  /** SHA-256 of the file as issued: any other file is not this document */
  sha256: string;
  /** what it certifies (for minutes: the assembly and each resolution's outcome, counts and seal) */
  @ApiProperty({ type: 'object', additionalProperties: true })
  summary: Record<string, unknown>;
}

export class VerificationDto {
  /** whether this code, or these bytes, are those of a document issued here */
  valid: boolean;
  document?: VerifiedDocumentDto;
}

export class IssuedDocumentsQuery extends PageQuery {
  /** only documents of this kind */
  @ApiProperty({ enum: DOCUMENT_KINDS, required: false })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;
}

/** A document of the registry: what was issued, when, and how anyone checks it. */
export class IssuedDocumentDto {
  id: string;
  /** PV-2026-0001: the series of its kind, the year of issue, gapless */
  number: string;
  @ApiProperty({ enum: DOCUMENT_KINDS })
  kind: DocumentKind;
  title: string;
  @ApiProperty({ enum: DOCUMENT_LANGUAGES })
  language: DocumentLanguage;
  /** what it is about: `resolution`, `assembly`, `member` ... */
  subjectType: string;
  subjectId: string;
  /** printed on the document; `GET /v1/verify/{code}` tells what it certifies */
  verificationCode: string;
  sha256: string;
  byteCount: number;
  issuedAt: Date;
}

export class IssuedDocumentListDto {
  items: IssuedDocumentDto[];
  total: number;
  nextCursor: string | null;
}
