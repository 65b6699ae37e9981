import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A signed-in browser (a cookie) or API client (its refresh token). Its secret is stored hashed;
 * access tokens name it, so ending it stops them at once.
 */
@Entity('sessions')
@Index('sessions_secret_hash_key', ['secretHash'], { unique: true })
@Index('sessions_user_idx', ['userId'])
@Check('sessions_kind_check', `"kind" IN ('cookie', 'bearer')`)
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_fk' })
  user?: User;

  @Column({ type: 'varchar', length: 10 })
  kind: 'cookie' | 'bearer';

  /** SHA-256 of the cookie or refresh token, hex */
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastUsedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /**
   * Set when the session was obtained through an organization's identity provider (single sign-on):
   * it then acts in that organization only, since that organization's admins chose whom the provider vouches for.
   */
  @Column({ type: 'uuid', nullable: true })
  ssoOrganizationId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
