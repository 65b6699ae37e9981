import { Organization } from '@socius/organizations';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The last entry number of a journal in a fiscal year: locked by each entry, so numbers are continuous. */
@Entity('accounting_counters')
export class AccountingCounter {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'accounting_counters_organization_id_fkey' })
  organization?: Organization;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  journalCode: string;

  @PrimaryColumn({ type: 'date' })
  fiscalYearEnd: string;

  @Column({ type: 'int' })
  lastNumber: number;
}
