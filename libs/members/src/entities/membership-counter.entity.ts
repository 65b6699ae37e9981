import { Organization } from '@socius/organizations';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/** The last membership number of an organization, locked by each admission: numbers are gapless, never reused. */
@Entity('membership_counters')
@Check('membership_counters_last_number_check', `"last_number" >= 0`)
export class MembershipCounter {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'membership_counters_organization_id_fkey' })
  organization?: Organization;

  @Column({ type: 'int', default: 0 })
  lastNumber: number;
}
