import { bigintCents } from '@socius/core';
import { Organization } from '@socius/organizations';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Catégorie de parts: nominal value, minimum and maximum per member, colleges it is open to. */
@Entity('share_classes')
@Index('share_classes_org_code_key', ['organizationId', 'code'], { unique: true })
@Index('share_classes_org_id_key', ['organizationId', 'id'], { unique: true })
@Check('share_classes_nominal_check', `"nominal_cents" > 0`)
@Check('share_classes_min_check', `"min_per_member" >= 0`)
@Check('share_classes_max_check', `"max_per_member" IS NULL OR "max_per_member" >= GREATEST("min_per_member", 1)`)
@Check('share_classes_code_check', `"code" ~ '^[A-Za-z0-9_-]{1,20}$'`)
export class ShareClass {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'share_classes_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** valeur nominale */
  @Column({ type: 'bigint', transformer: bigintCents })
  nominalCents: number;

  @Column({ type: 'int', default: 1 })
  minPerMember: number;

  @Column({ type: 'int', nullable: true })
  maxPerMember: number | null;

  /** empty: open to every college */
  @Column({ type: 'varchar', array: true, length: 20, default: () => `'{}'` })
  collegeCodes: string[];

  /**
   * The statutes allow paying these shares in instalments (libération fractionnée): at least a
   * quarter at subscription, the rest on capital calls.
   */
  @Column({ type: 'boolean', default: false })
  instalmentsAllowed: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
