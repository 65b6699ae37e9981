import { bigintCents } from '@socius/core';
import { Organization } from '@socius/organizations';
import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/** The opening of a register brought from elsewhere: once per organization. */
@Entity('register_openings')
export class RegisterOpening {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'register_openings_organization_id_fkey' })
  organization?: Organization;

  @Column({ type: 'date' })
  openedOn: string;

  @Column({ type: 'bigint', transformer: bigintCents })
  declaredCapitalCents: number;

  @Column({ type: 'int' })
  movements: number;

  @Column({ type: 'uuid' })
  operationId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
