import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookDelivery } from './webhook-delivery.entity';

/** One try of a delivery: what the receiver answered, how fast, or why it could not. */
@Entity('webhook_attempts')
@Index('webhook_attempts_delivery_idx', ['organizationId', 'deliveryId', 'attempt'], { unique: true })
export class WebhookAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'webhook_attempts_delivery_fk',
    },
    { name: 'delivery_id', referencedColumnName: 'id', foreignKeyConstraintName: 'webhook_attempts_delivery_fk' },
  ])
  delivery?: WebhookDelivery;

  /** 1 for the first try; replays go on counting */
  @Column({ type: 'int' })
  attempt: number;

  /** the receiver's HTTP status; null when none came (refused, timed out, blocked address) */
  @Column({ type: 'smallint', nullable: true })
  statusCode: number | null;

  @Column({ type: 'int' })
  durationMs: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  /** a replay asked by an admin, not a scheduled try */
  @Column({ type: 'boolean', default: false })
  replay: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
