import { Assembly } from '../entities/assembly.entity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What the minutes of an assembly say besides its votes, as the bureau records it (C. com. R225-106):
 * the day it met, the bureau (chair, secretary, scrutineers), the documents and reports submitted
 * to it, and a summary of the debates.
 */
@Entity('assembly_minutes_details')
export class MinutesDetails {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'uuid' })
  assemblyId: string;

  @ManyToOne(() => Assembly, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'assembly_minutes_details_assembly_fk',
    },
    {
      name: 'assembly_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'assembly_minutes_details_assembly_fk',
    },
  ])
  assembly?: Assembly;

  @Column({ type: 'date', nullable: true })
  meetingOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  chairName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  secretaryName: string | null;

  @Column({ type: 'varchar', length: 200, array: true, default: () => `'{}'` })
  scrutineerNames: string[];

  @Column({ type: 'varchar', length: 300, array: true, default: () => `'{}'` })
  documentsSubmitted: string[];

  @Column({ type: 'text', nullable: true })
  debatesSummary: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
