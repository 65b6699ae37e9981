import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export type UserTokenPurpose = 'verify-email' | 'password-reset';

/** A link sent by e-mail (verify the address, reset the password): single use, expiring, stored hashed. */
@Entity('user_tokens')
@Index('user_tokens_token_hash_key', ['tokenHash'], { unique: true })
@Index('user_tokens_user_idx', ['userId'])
@Check('user_tokens_purpose_check', `"purpose" IN ('verify-email', 'password-reset')`)
export class UserToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_tokens_user_fk' })
  user?: User;

  @Column({ type: 'varchar', length: 20 })
  purpose: UserTokenPurpose;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
