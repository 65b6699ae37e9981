import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file sent for a job (an import), stored in chunks until the job reads it. The job handler sees
 * it as a `StagedUpload`.
 */
@Entity('staged_uploads')
@Index('staged_uploads_created_idx', ['createdAt'])
@Check('staged_uploads_status_check', `"status" IN ('staged', 'consumed', 'rejected')`)
export class StagedUploadRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // the entity named, not imported: organizations is a library above jobs
  @ForeignKey('Organization', { name: 'staged_uploads_organization_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  organizationId: string;

  /** what the file is, e.g. `members` */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** the request's parameters besides the file */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  params: Record<string, unknown>;

  @Column({ type: 'bigint', default: 0 })
  bytes: string;

  @Column({ type: 'int', default: 0 })
  chunks: number;

  /** the job that imports it */
  @Column({ type: 'uuid', nullable: true })
  outboxId: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'varchar', length: 20, default: 'staged' })
  status: 'staged' | 'consumed' | 'rejected';

  /** what the import answered */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
