import { bigintCents } from '@socius/core';
import { Member } from '@socius/members';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { HashedMovement, MovementKind } from '../ledger';
import { ShareClass } from './share-class.entity';

/**
 * Registre des mouvements de titres: append-only (the application's role may only INSERT and
 * SELECT, and triggers refuse UPDATE, DELETE and TRUNCATE), a gapless sequence per organization,
 * each movement chained to the previous by its hash. Corrections are new reversing movements.
 */
@Entity('ledger_movements')
@Index('ledger_movements_org_sequence_key', ['organizationId', 'sequence'], { unique: true })
@Index('ledger_movements_org_member_date_idx', ['organizationId', 'memberId', 'effectiveOn'])
@Index('ledger_movements_org_date_cover_idx', { synchronize: false }) // (organization_id, effective_on) INCLUDE (member_id, share_class_id, quantity), see migration
@Check(
  'ledger_movements_kind_check',
  `"kind" IN ('issue', 'transfer_in', 'transfer_out', 'redemption', 'cancellation', 'conversion_in', 'conversion_out', 'opening')`,
)
@Check('ledger_movements_quantity_check', `"quantity" <> 0`)
@Check('ledger_movements_amount_check', `"amount_cents" = "quantity" * "unit_cents"`)
@Check('ledger_movements_sequence_check', `"sequence" >= 1`)
@Check('ledger_movements_hash_version_check', `"hash_version" IN (1, 2)`)
// the columns are those of HashedMovement (recordedAt a Date here, its ISO text in the hash)
export class LedgerMovement implements Omit<HashedMovement, 'recordedAt'> {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'bigint', transformer: bigintCents })
  sequence: number;

  @Column({ type: 'date' })
  effectiveOn: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'ledger_movements_member_fk',
    },
    { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'ledger_movements_member_fk' },
  ])
  member?: Member;

  @Column({ type: 'uuid' })
  shareClassId: string;

  @ManyToOne(() => ShareClass, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'ledger_movements_share_class_fk',
    },
    { name: 'share_class_id', referencedColumnName: 'id', foreignKeyConstraintName: 'ledger_movements_share_class_fk' },
  ])
  shareClass?: ShareClass;

  @Column({ type: 'varchar', length: 20 })
  kind: MovementKind;

  /** signed: positive in, negative out */
  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'bigint', transformer: bigintCents })
  unitCents: number;

  @Column({ type: 'bigint', transformer: bigintCents })
  amountCents: number;

  /** the operation it came from: subscription, transfer, redemption, correction, opening */
  @Column({ type: 'varchar', length: 30 })
  operationType: string;

  @Column({ type: 'uuid', nullable: true })
  operationId: string | null;

  /** a correction: the sequence of the movement this one reverses */
  @Column({ type: 'bigint', nullable: true, transformer: bigintCents })
  reversesSequence: number | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'char', length: 64 })
  previousHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;

  /** how `hash` was computed (ledger.ts): 1 before issue 14 (some columns), 2 over every column */
  @Column({ type: 'smallint' })
  hashVersion: number;
}
