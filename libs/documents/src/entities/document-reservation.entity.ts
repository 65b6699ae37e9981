import { Organization } from '@socius/organizations';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { DocumentKind } from './document.entity';

/**
 * A document's number and verification code, reserved in a short transaction before it is drawn:
 * a drawing that failed is completed, with the same number and code, by the next request for the
 * same subject and version.
 */
@Entity('document_reservations')
@Index('document_reservations_subject_key', ['organizationId', 'kind', 'subjectId', 'subjectVersion', 'language'], {
  unique: true,
})
@Unique('document_reservations_verification_code_key', ['verificationCode'])
export class DocumentReservation {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'document_reservations_organization_id_fkey' })
  organization?: Organization;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  number: string;

  @Column({ type: 'varchar', length: 30 })
  kind: DocumentKind;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 64 })
  subjectVersion: string;

  @Column({ type: 'varchar', length: 2 })
  language: 'fr' | 'en';

  @Column({ type: 'char', length: 10 })
  verificationCode: string;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;
}
