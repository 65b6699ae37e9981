import { Organization } from '@socius/organizations';
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

/** Where an organization's events are sent, which ones, and with which scopes' data. */
@Entity('webhook_endpoints')
@Index('webhook_endpoints_org_id_key', ['organizationId', 'id'], { unique: true })
@Index('webhook_endpoints_org_created_idx', ['organizationId', 'createdAt'])
@Check('webhook_endpoints_failures_check', `"consecutive_failures" >= 0`)
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'webhook_endpoints_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  scopes: string[];

  /** `whsec_…`, sealed (libs/auth SecretBox, bound to the endpoint's id): it must be read back to sign */
  @Column({ type: 'text' })
  secret: string;

  /** the secret before the last rotation, still signing until `previousSecretExpiresAt` */
  @Column({ type: 'text', nullable: true })
  previousSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** set when failures disabled it (an admin's PATCH clears it) */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** deliveries that failed after all their tries since the last success */
  @Column({ type: 'int', default: 0 })
  consecutiveFailures: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
