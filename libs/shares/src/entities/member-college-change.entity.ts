import { Member } from '@socius/members';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A change of a member's college, logged by a database trigger on members under its version. */
@Entity('member_college_changes')
export class MemberCollegeChange {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'bigint' })
  version: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'member_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'member_college_changes_member_id_organization_id_fkey',
    },
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'member_college_changes_member_id_organization_id_fkey',
    },
  ])
  member?: Member;

  /** the college the member left (no foreign key: a college may be deleted later) */
  @Column({ type: 'uuid', nullable: true })
  oldCollegeId: string | null;
}
