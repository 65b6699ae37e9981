import { Organization } from '@socius/organizations';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Exercice comptable. Closing a year locks it: no movement, payment or accounting entry may be
 * dated inside it any more (a trigger refuses them too); corrections go into the open year.
 */
@Entity('fiscal_years')
@Index('fiscal_years_org_end_key', ['organizationId', 'endOn'], { unique: true })
@Check('fiscal_years_status_check', `"status" IN ('open', 'closed')`)
@Check('fiscal_years_dates_check', `"start_on" <= "end_on"`)
export class FiscalYear {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fiscal_years_organization_fk' })
  organization?: Organization;

  @Column({ type: 'date' })
  startOn: string;

  @Column({ type: 'date' })
  endOn: string;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: 'open' | 'closed';

  /** per share class code: the loss per share deducted from redemptions effective this year */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  lossPerShare: Record<string, number>;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  closingRef: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
