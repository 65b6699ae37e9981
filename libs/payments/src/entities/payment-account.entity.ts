import { Organization } from '@socius/organizations';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

export const PAYMENT_PROVIDERS = ['helloasso'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDERS)[number];

/** An organization's account with its payment provider: one per organization. */
@Entity('payment_accounts')
@Check('payment_accounts_provider_check', `"provider" IN ('helloasso')`)
export class PaymentAccount {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'payment_accounts_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 20 })
  provider: PaymentProviderName;

  /** the organization's name at the provider (HelloAsso: its organization slug) */
  @Column({ type: 'varchar', length: 100 })
  accountRef: string;

  @Column({ type: 'varchar', length: 200 })
  clientId: string;

  /** sealed (libs/auth SecretBox, bound to the organization's id): it must be read back to ask for tokens */
  @Column({ type: 'text' })
  clientSecret: string;

  /** the provider's API, e.g. https://api.helloasso.com or its sandbox */
  @Column({ type: 'varchar', length: 200 })
  baseUrl: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
