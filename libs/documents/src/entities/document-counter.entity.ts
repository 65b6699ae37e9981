import { Organization } from '@socius/organizations';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The last number of a series (PV-2026) of an organization, locked by each issue: numbers are gapless. */
@Entity('document_counters')
@Check('document_counters_last_number_check', `"last_number" >= 0`)
export class DocumentCounter {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'document_counters_organization_id_fkey' })
  organization?: Organization;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  series: string;

  @Column({ type: 'int', default: 0 })
  lastNumber: number;
}
