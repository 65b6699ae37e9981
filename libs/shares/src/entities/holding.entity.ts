import { Member } from '@socius/members';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ShareClass } from './share-class.entity';

/**
 * Current holdings, kept in the same transaction as each movement. The CHECK is the last line of
 * defence: no concurrent operation can ever make a holding negative.
 */
@Entity('holdings')
@Check('holdings_quantity_check', `"quantity" >= 0`)
export class Holding {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ type: 'uuid' })
  shareClassId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'holdings_member_fk' },
    { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'holdings_member_fk' },
  ])
  member?: Member;

  @ManyToOne(() => ShareClass, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'holdings_share_class_fk',
    },
    { name: 'share_class_id', referencedColumnName: 'id', foreignKeyConstraintName: 'holdings_share_class_fk' },
  ])
  shareClass?: ShareClass;

  @Column({ type: 'int', default: 0 })
  quantity: number;
}
