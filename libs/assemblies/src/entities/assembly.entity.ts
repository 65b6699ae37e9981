import { Organization } from '@socius/organizations';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const ASSEMBLY_KINDS = ['ordinary', 'extraordinary', 'permanent'] as const;
export type AssemblyKind = (typeof ASSEMBLY_KINDS)[number];
export const WEIGHTINGS = ['per_member', 'college', 'per_share'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];
export const PROXY_CAP_RULES = ['fixed', 'scop'] as const;
export type ProxyCapRule = (typeof PROXY_CAP_RULES)[number];

/**
 * A general assembly: ordinary, extraordinary, or permanent (a standing assembly whose resolutions
 * open and close all year, each a complete consultation of its own).
 */
@Entity('assemblies')
@Index('assemblies_org_id_key', ['organizationId', 'id'], { unique: true })
@Check('assemblies_kind_check', `"kind" IN ('ordinary', 'extraordinary', 'permanent')`)
@Check('assemblies_weighting_check', `"weighting" IN ('per_member', 'college', 'per_share')`)
@Check('assemblies_proxy_rule_check', `"proxy_cap_rule" IN ('fixed', 'scop')`)
@Check('assemblies_proxies_check', `"max_proxies_per_holder" BETWEEN 0 AND 1000`)
@Check('assemblies_second_quorum_check', `"second_convocation_quorum_percent" BETWEEN 0 AND 100`)
export class Assembly {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'assemblies_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  kind: AssemblyKind;

  @Column({ type: 'varchar', length: 20 })
  weighting: Weighting;

  /** secret ballot: who voted and what was voted are stored apart */
  @Column({ type: 'boolean', default: false })
  secret: boolean;

  /** a member may change their vote until the resolution closes; only the last counts */
  @Column({ type: 'boolean', default: false })
  allowVoteChange: boolean;

  /** with `fixed`: proxies one member may hold (0: no proxies); `scop`: the legal rule of loi 78-763 */
  @Column({ type: 'smallint', default: 1 })
  maxProxiesPerHolder: number;

  @Column({ type: 'varchar', length: 10, default: 'fixed' })
  proxyCapRule: ProxyCapRule;

  /** quorum of a resolution put again on second convocation (the statutes'; often none) */
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 2,
    default: 0,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  secondConvocationQuorumPercent: number;

  /** for the minutes: where and how it is held, how members were convened */
  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  convocationMethod: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
