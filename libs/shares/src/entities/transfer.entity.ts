import { bigintCents } from '@socius/core';
import { Member } from '@socius/members';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ShareClass } from './share-class.entity';

export const TRANSFER_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** Cession de parts between two members, approved by the board: one movement out, one in. */
@Entity('transfers')
@Index('transfers_org_status_idx', ['organizationId', 'status', 'createdAt'])
@Check('transfers_status_check', `"status" IN ('pending', 'approved', 'rejected', 'cancelled')`)
@Check('transfers_quantity_check', `"quantity" > 0`)
@Check('transfers_parties_check', `"from_member_id" <> "to_member_id"`)
export class Transfer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  fromMemberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'transfers_from_member_fk',
    },
    { name: 'from_member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'transfers_from_member_fk' },
  ])
  fromMember?: Member;

  @Column({ type: 'uuid' })
  toMemberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'transfers_to_member_fk',
    },
    { name: 'to_member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'transfers_to_member_fk' },
  ])
  toMember?: Member;

  @Column({ type: 'uuid' })
  shareClassId: string;

  @ManyToOne(() => ShareClass, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'transfers_share_class_fk',
    },
    { name: 'share_class_id', referencedColumnName: 'id', foreignKeyConstraintName: 'transfers_share_class_fk' },
  ])
  shareClass?: ShareClass;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'bigint', transformer: bigintCents })
  unitCents: number;

  @Column({ type: 'date' })
  effectiveOn: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: TransferStatus;

  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  decisionRef: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectionReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
