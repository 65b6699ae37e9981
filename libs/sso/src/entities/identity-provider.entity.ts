import { Organization } from '@socius/organizations';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** An OpenID Connect provider an organization trusts to say who its people are. */
@Entity('identity_providers')
@Index('identity_providers_org_id_key', ['organizationId', 'id'], { unique: true })
export class IdentityProvider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'identity_providers_organization_fk' })
  organization?: Organization;

  /** shown on the sign-in button ("Keycloak de la coop") */
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** the issuer identifier; its discovery document is `{issuer}/.well-known/openid-configuration` */
  @Column({ type: 'varchar', length: 2000 })
  issuer: string;

  @Column({ type: 'varchar', length: 500 })
  clientId: string;

  /** sealed (libs/auth SecretBox, bound to the provider's id): it must be read back, never answered */
  @Column({ type: 'text' })
  clientSecret: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
