import { Organization } from '@socius/organizations';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A capital statement before names and amounts: shares and holders per share class and college
 * (a member's current college), members per college and in all. Recorded tallies, changes since
 * and whole statements all take this shape, so that they add up.
 */
export interface Tally {
  /** [class id, college id, shares, holders of the class in the college] */
  cells: [string, string | null, number, number][];
  /** [college id, members] */
  colleges: [string | null, number][];
  members: number;
}

/**
 * A closed year's capital statement at the end of a day that changed it (and of the day before the
 * year), so the statement at a date needs no regrouping of holdings.
 */
@Entity('capital_days')
export class CapitalDay {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'capital_days_organization_id_fkey' })
  organization?: Organization;

  @PrimaryColumn({ type: 'date' })
  yearEnd: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  /** the member college changes the tally saw: those logged above it came later */
  @Column({ type: 'bigint' })
  collegeVersion: string;

  @Column({ type: 'jsonb' })
  tally: Tally;
}
