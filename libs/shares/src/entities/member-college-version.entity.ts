import { Organization } from '@socius/organizations';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/** The version of an organization's member college changes, raised by a database trigger on members. */
@Entity('member_college_versions')
export class MemberCollegeVersion {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'member_college_versions_organization_id_fkey' })
  organization?: Organization;

  @Column({ type: 'bigint' })
  version: string;
}
