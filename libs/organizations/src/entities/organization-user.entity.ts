import type { Role } from '@socius/auth';
import { User } from '@socius/auth';
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
import { Organization } from './organization.entity';

/** Who holds which role in an organization; a member-role user may be linked to their member record. */
@Entity('organization_users')
@Index('organization_users_org_user_key', ['organizationId', 'userId'], { unique: true })
@Index('organization_users_user_idx', ['userId'])
@Index('organization_users_member_key', ['organizationId', 'memberId'], {
  unique: true,
  where: '"member_id" IS NOT NULL',
})
@Check('organization_users_role_check', `"role" IN ('admin', 'accountant', 'member')`)
export class OrganizationUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'organization_users_organization_fk' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'organization_users_user_fk' })
  user?: User;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** the member record of this account (checked by a trigger: a member of the same organization) */
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
