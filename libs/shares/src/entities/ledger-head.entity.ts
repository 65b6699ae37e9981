import { bigintCents } from '@socius/core';
import { Organization } from '@socius/organizations';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/**
 * The end of each organization's chain. Appending locks this row, so movements get gapless
 * sequence numbers and each one links to the true previous hash, whatever the concurrency.
 */
@Entity('ledger_heads')
export class LedgerHead {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'ledger_heads_organization_fk' })
  organization?: Organization;

  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  lastSequence: number;

  @Column({ type: 'char', length: 64 })
  lastHash: string;

  /** the highest total capital ever recorded: the base of the legal floor */
  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  highestCapitalCents: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  capitalCents: number;
}
