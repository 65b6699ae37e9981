import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Charter } from './charter.entity';
import { Member } from './member.entity';

/** One member's acceptance of one version, with when and how it was given. */
@Entity('charter_acceptances')
@Index('charter_acceptances_member_charter_key', ['organizationId', 'memberId', 'charterId'], { unique: true })
@Index('charter_acceptances_charter_idx', ['organizationId', 'charterId'])
@Check('charter_acceptances_via_check', `"via" IN ('member', 'admin', 'paper')`)
export class CharterAcceptance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'charter_acceptances_member_fk',
    },
    { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'charter_acceptances_member_fk' },
  ])
  member?: Member;

  @Column({ type: 'uuid' })
  charterId: string;

  @ManyToOne(() => Charter, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'charter_acceptances_charter_fk',
    },
    { name: 'charter_id', referencedColumnName: 'id', foreignKeyConstraintName: 'charter_acceptances_charter_fk' },
  ])
  charter?: Charter;

  /** the date the member accepted (on paper, it may precede its recording) */
  @Column({ type: 'date' })
  acceptedOn: string;

  /** member: in Socius by themselves; admin: recorded by an admin; paper: signed form */
  @Column({ type: 'varchar', length: 10 })
  via: 'member' | 'admin' | 'paper';

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
