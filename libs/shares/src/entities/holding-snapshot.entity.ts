import { Member } from '@socius/members';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ShareClass } from './share-class.entity';

/**
 * The holdings at the end of a closed fiscal year, which never change: the capital at a date is the
 * last snapshot before it plus the movements since. The primary key's index also carries quantity
 * and college (INCLUDE, made by the migration: TypeORM does not model it).
 */
@Entity('holding_snapshots')
@Check('holding_snapshots_quantity_check', `"quantity" > 0`)
export class HoldingSnapshot {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'date' })
  asOf: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'member_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'holding_snapshots_member_id_organization_id_fkey',
    },
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'holding_snapshots_member_id_organization_id_fkey',
    },
  ])
  member?: Member;

  @PrimaryColumn({ type: 'uuid' })
  shareClassId: string;

  @ManyToOne(() => ShareClass, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'share_class_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'holding_snapshots_share_class_id_organization_id_fkey',
    },
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'holding_snapshots_share_class_id_organization_id_fkey',
    },
  ])
  shareClass?: ShareClass;

  @Column({ type: 'int' })
  quantity: number;

  /** the member's college at the snapshot (no foreign key: a college may be deleted later) */
  @Column({ type: 'uuid', nullable: true })
  collegeId: string | null;
}
