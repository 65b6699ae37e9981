import { Member } from '@socius/members';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

/** A member's auxiliary account number in the books, given once and never reused. */
@Entity('member_accounts')
@Unique('member_accounts_organization_id_aux_number_key', ['organizationId', 'auxNumber'])
export class MemberAccount {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'member_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'member_accounts_member_id_organization_id_fkey',
    },
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'member_accounts_member_id_organization_id_fkey',
    },
  ])
  member?: Member;

  @Column({ type: 'int' })
  auxNumber: number;
}
