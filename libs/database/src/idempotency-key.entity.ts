import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An `Idempotency-Key` already used in an organization: written in the transaction of the command
 * it guards, with the answer to replay. A retry with the same key and body gets the same answer;
 * the same key with another body is refused.
 */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  /** SHA-256 of the method, route and body */
  @Column({ type: 'char', length: 64 })
  fingerprint: string;

  @Column({ type: 'jsonb' })
  response: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
