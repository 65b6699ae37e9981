import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '@socius/organizations';

export const percent = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** Collège de vote: SCIC members vote within a college, each college weighing its percent. */
@Entity('colleges')
@Index('colleges_org_code_key', ['organizationId', 'code'], { unique: true })
@Index('colleges_org_id_key', ['organizationId', 'id'], { unique: true })
@Check('colleges_weight_check', `"weight_percent" > 0 AND "weight_percent" <= 100`)
@Check('colleges_code_check', `"code" ~ '^[A-Za-z0-9_-]{1,20}$'`)
export class College {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'colleges_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: percent })
  weightPercent: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
