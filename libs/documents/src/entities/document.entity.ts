import { Organization } from '@socius/organizations';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const DOCUMENT_KINDS = [
  'resolution_minutes',
  'assembly_minutes',
  'share_certificate',
  'subscription_receipt',
  'tax_certificate',
  'capital_statement',
  'contribution_receipt',
  'donation_tax_receipt',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * An issued document: its bytes are kept once in the document storage and served from there
 * ever after. The registry holds what it certifies, its SHA-256 (which cannot be printed inside
 * the file it hashes) and the verification code that is printed on it. Rows never change
 * (a trigger refuses updates).
 */
@Entity('documents')
@Index('documents_org_number_key', ['organizationId', 'number'], { unique: true })
@Index('documents_verification_code_key', ['verificationCode'], { unique: true })
@Index('documents_sha256_key', ['sha256'], { unique: true })
// the idempotency key: the same subject, in the same version and language, is issued once
@Index('documents_subject_key', ['organizationId', 'kind', 'subjectId', 'subjectVersion', 'language'], { unique: true })
@Check(
  'documents_kind_check',
  `"kind" IN ('resolution_minutes', 'assembly_minutes', 'share_certificate', 'subscription_receipt', 'tax_certificate', 'capital_statement', 'contribution_receipt', 'donation_tax_receipt')`,
)
@Check('documents_language_check', `"language" IN ('fr', 'en')`)
@Check('documents_sha256_check', `"sha256" ~ '^[0-9a-f]{64}$'`)
@Check('documents_byte_count_check', `"byte_count" > 0`)
export class IssuedDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'documents_organization_fk' })
  organization?: Organization;

  /** PV-2026-0001: the series of its kind, the year of issue, gapless per organization */
  @Column({ type: 'varchar', length: 30 })
  number: string;

  @Column({ type: 'varchar', length: 30 })
  kind: DocumentKind;

  /** what it is about: `resolution`, `assembly`, `member` ... */
  @Column({ type: 'varchar', length: 30 })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** which state of the subject it shows (a seal hash, a date): another state is another document */
  @Column({ type: 'varchar', length: 64 })
  subjectVersion: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 2 })
  language: 'fr' | 'en';

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** printed on the document; `GET /v1/verify/{code}` */
  @Column({ type: 'char', length: 10 })
  verificationCode: string;

  /** where the bytes are in the document storage */
  @Column({ type: 'varchar', length: 300 })
  storageKey: string;

  @Column({ type: 'int' })
  byteCount: number;

  /** what it certifies, as shown by the public verification */
  @Column({ type: 'jsonb' })
  summary: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  /** the instant printed on the document as its date of issue */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** when its subject's personal data was erased: the summary's names became the pseudonym, the stored file was deleted */
  @Column({ type: 'timestamptz', nullable: true })
  subjectErasedAt: Date | null;
}
