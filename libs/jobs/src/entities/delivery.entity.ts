import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per thing sent to someone for some purpose: a retried job finds its row and does
 * not send again.
 */
@Entity('deliveries')
@Check('deliveries_status_check', `"status" IN ('sending', 'sent')`)
@Index('deliveries_purpose_recipient_key', ['purpose', 'recipient'], { unique: true })
export class Delivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  /** e.g. "convocation:<resolutionId>", "role-granted:<organizationUserId>:admin" */
  @Column({ type: 'varchar', length: 200 })
  purpose: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'uuid', nullable: true })
  outboxId: string | null;

  @Column({ type: 'varchar', length: 20, default: 'sending' })
  status: 'sending' | 'sent';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
