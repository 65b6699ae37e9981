import { Organization } from '@socius/organizations';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const CHARTER_KINDS = ['charter', 'statutes', 'internal_rules'] as const;
export type CharterKind = (typeof CHARTER_KINDS)[number];

/** A published version of a document members accept: charter, statutes, internal rules. */
@Entity('charters')
@Index('charters_org_kind_version_key', ['organizationId', 'kind', 'version'], { unique: true })
@Index('charters_org_id_key', ['organizationId', 'id'], { unique: true })
@Check('charters_kind_check', `"kind" IN ('charter', 'statutes', 'internal_rules')`)
@Check('charters_version_check', `"version" >= 1`)
export class Charter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'charters_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 20 })
  kind: CharterKind;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** admission needs the member's acceptance of this version (the latest of its kind) */
  @Column({ type: 'boolean', default: false })
  requiredForAdmission: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}
