import { User } from '@socius/auth';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IdentityProvider } from './identity-provider.entity';

/** A provider's subject (its `sub` claim) linked to the Socius account it signs in. */
@Entity('sso_identities')
@Index('sso_identities_provider_subject_key', ['providerId', 'subject'], { unique: true })
@Index('sso_identities_user_idx', ['userId'])
export class SsoIdentity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => IdentityProvider, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'sso_identities_provider_fk' })
  provider?: IdentityProvider;

  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sso_identities_user_fk' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastUsedAt: Date;
}
