import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Member } from './member.entity';

/** What another platform (a bank, a newsletter tool, a CRM…) calls a member: one id per platform. */
@Entity('member_external_refs')
@Index('member_external_refs_platform_key', ['organizationId', 'platform', 'externalId'], { unique: true })
@Index('member_external_refs_member_key', ['organizationId', 'memberId', 'platform'], { unique: true })
@Check('member_external_refs_platform_check', `platform ~ '^[a-z0-9][a-z0-9._-]*$'`)
export class MemberExternalRef {
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
      foreignKeyConstraintName: 'member_external_refs_member_fk',
    },
    { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'member_external_refs_member_fk' },
  ])
  member?: Member;

  /** the platform's name, lower case: `helloasso`, `brevo`… */
  @Column({ type: 'varchar', length: 40 })
  platform: string;

  @Column({ type: 'varchar', length: 200 })
  externalId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
