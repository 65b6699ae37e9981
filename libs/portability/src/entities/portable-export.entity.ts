import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An organization's portable export: the zip its job built (docs/portability.md). */
@Entity('portable_exports')
@Index('portable_exports_organization_idx', ['organizationId', 'createdAt'])
@Check('portable_exports_status_check', `"status" IN ('pending', 'ready')`)
export class PortableExport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('Organization', { name: 'portable_exports_organization_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: 'pending' | 'ready';

  /** the zip; personal data: deleted when any member of the organization is erased */
  @Column({ type: 'bytea', nullable: true, select: false })
  file: Buffer | null;

  @Column({ type: 'bigint', nullable: true })
  bytes: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
