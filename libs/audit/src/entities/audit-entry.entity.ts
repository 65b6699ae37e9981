import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when, from which request. Written in the same transaction as the change. */
@Entity('audit_log')
@Index('audit_log_org_entity_idx', ['organizationId', 'entityType', 'entityId', 'id'])
@Index('audit_log_org_idx', ['organizationId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** e-mail of the user, "system", or "worker:<job>" */
  @Column({ type: 'varchar', length: 254 })
  actor: string;

  /** dotted verb: member.created, subscription.approved ... */
  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  /** field → [before, after] for updates, or the created values */
  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
