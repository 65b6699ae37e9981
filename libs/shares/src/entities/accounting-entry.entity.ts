import { bigintCents } from '@socius/core';
import { Organization } from '@socius/organizations';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * Écriture comptable of the share-capital journal, written in the transaction of the operation it
 * records. Numbered continuously per journal and fiscal year; append-only (trigger); balanced
 * (a deferred constraint trigger checks Σdebit = Σcredit at commit).
 */
@Entity('accounting_entries')
@Index('accounting_entries_number_key', ['organizationId', 'journalCode', 'fiscalYearEnd', 'entryNumber'], {
  unique: true,
})
@Index('accounting_entries_source_idx', ['organizationId', 'sourceType', 'sourceId'])
@Index('accounting_entries_org_id_key', ['organizationId', 'id'], { unique: true })
@Check('accounting_entries_number_check', `"entry_number" >= 1`)
@Check(
  'accounting_entries_date_check',
  `"entry_date" <= "fiscal_year_end" AND "entry_date" > "fiscal_year_end" - interval '1 year'`,
)
// an entry is validated once it exists, never before its own date (FEC ValidDate, A47 A-1)
@Check('accounting_entries_validated_check', `"validated_on" >= "entry_date"`)
export class AccountingEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'accounting_entries_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 10 })
  journalCode: string;

  @Column({ type: 'varchar', length: 100 })
  journalLabel: string;

  /** the last day of the fiscal year the entry belongs to */
  @Column({ type: 'date' })
  fiscalYearEnd: string;

  @Column({ type: 'int' })
  entryNumber: number;

  @Column({ type: 'date' })
  entryDate: string;

  @Column({ type: 'varchar', length: 50 })
  pieceRef: string;

  @Column({ type: 'date' })
  pieceDate: string;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'date' })
  validatedOn: string;

  /** what it records: subscription, payment, redemption, ... and that object's id */
  @Column({ type: 'varchar', length: 30 })
  sourceType: string;

  @Column({ type: 'uuid', nullable: true })
  sourceId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => AccountingLine, (l) => l.entry)
  lines?: AccountingLine[];
}

/** Ligne d'écriture: exactly one side non-zero. */
@Entity('accounting_lines')
@Check(
  'accounting_lines_side_check',
  `"debit_cents" >= 0 AND "credit_cents" >= 0 AND ("debit_cents" = 0) <> ("credit_cents" = 0)`,
)
@Check('accounting_lines_aux_check', `("aux_account" IS NULL) = ("aux_label" IS NULL)`)
export class AccountingLine {
  @PrimaryColumn({ type: 'uuid' })
  entryId: string;

  @PrimaryColumn({ type: 'smallint' })
  lineNumber: number;

  @ManyToOne(() => AccountingEntry, (e) => e.lines, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'accounting_lines_entry_fk' })
  entry?: AccountingEntry;

  @Column({ type: 'varchar', length: 20 })
  account: string;

  @Column({ type: 'varchar', length: 100 })
  accountLabel: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  auxAccount: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  auxLabel: string | null;

  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  debitCents: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  creditCents: number;
}
