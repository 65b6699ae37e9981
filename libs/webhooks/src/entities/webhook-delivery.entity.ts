import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event for one endpoint, made once (unique per event and endpoint). Its id is the
 * `webhook-id` of every try and replay, so a receiver can drop a duplicate.
 */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_org_id_key', ['organizationId', 'id'], { unique: true })
@Index('webhook_deliveries_endpoint_event_key', ['endpointId', 'eventId'], { unique: true })
@Index('webhook_deliveries_endpoint_created_idx', ['organizationId', 'endpointId', 'createdAt'])
@Check('webhook_deliveries_status_check', `"status" IN ('pending', 'succeeded', 'failed')`)
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'webhook_deliveries_endpoint_fk',
    },
    { name: 'endpoint_id', referencedColumnName: 'id', foreignKeyConstraintName: 'webhook_deliveries_endpoint_fk' },
  ])
  endpoint?: WebhookEndpoint;

  /** the outbox row that carried the event */
  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 60 })
  eventType: string;

  /** the ids the event names; the rest of its data is read when sending */
  @Column({ type: 'jsonb' })
  eventIds: Record<string, string | null>;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: DeliveryStatus;

  /** tries so far, replays included */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
