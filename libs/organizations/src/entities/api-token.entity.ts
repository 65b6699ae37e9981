import type { ApiScope } from '@socius/auth';
import { User } from '@socius/auth';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './organization.entity';

/**
 * An organization's API token, for another platform: named, scoped, optionally expiring, stored as
 * the SHA-256 of its secret (shown once). Revoking keeps the row, so audit entries still name it.
 */
@Entity('api_tokens')
@Index('api_tokens_secret_hash_key', ['secretHash'], { unique: true })
@Index('api_tokens_organization_idx', ['organizationId'])
@Check('api_tokens_scopes_check', `cardinality("scopes") > 0`)
export class ApiToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'api_tokens_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', array: true })
  scopes: ApiScope[];

  /** SHA-256 of the whole token (`soc_…`), hex */
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'api_tokens_created_by_fk' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** written at most once a minute (ApiTokensService.resolve) */
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
