import { Organization } from '@socius/organizations';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The export of a closed year's journal entries in FEC format (capital and donation journals, for
 * the co-op's accounting software: not the company's FEC), recorded by its hash: a later export must
 * give the same bytes.
 */
@Entity('fec_exports')
@Index('fec_exports_org_year_key', ['organizationId', 'fiscalYearEnd', 'encoding'], { unique: true })
export class FecExport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fec_exports_organization_fk' })
  organization?: Organization;

  @Column({ type: 'date' })
  fiscalYearEnd: string;

  @Column({ type: 'varchar', length: 20 })
  encoding: string;

  @Column({ type: 'varchar', length: 100 })
  fileName: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bigint' })
  byteCount: string;

  @Column({ type: 'int' })
  lineCount: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
