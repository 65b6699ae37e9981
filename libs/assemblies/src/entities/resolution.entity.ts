import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MajorityBase } from '@socius/organizations';
import { Assembly } from './assembly.entity';

export const RESOLUTION_STATUSES = ['draft', 'open', 'closed'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];
export const MAJORITIES = ['simple', 'two_thirds'] as const;
export type Majority = (typeof MAJORITIES)[number];
export const OUTCOMES = ['adopted', 'rejected', 'no_quorum', 'elected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Candidate {
  key: string;
  label: string;
}

/** The voting rights of the electorate by associate class, and the factors the caps reduce them by. */
export interface VoteCaps {
  cooperatorVotes: number;
  cooperativeNonCooperatorVotes: number;
  otherNonCooperatorVotes: number;
  /** applied to the votes of non-cooperators that are cooperative societies */
  cooperativeFactor: number;
  /** applied to the votes of the other non-cooperators */
  otherFactor: number;
}

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A resolution (or an election) of an assembly: draft → open → closed, then adopted or rejected. */
@Entity('resolutions')
@Index('resolutions_org_id_key', ['organizationId', 'id'], { unique: true })
@Index('resolutions_assembly_number_key', ['organizationId', 'assemblyId', 'number'], { unique: true })
@Index('resolutions_org_status_idx', ['organizationId', 'status', 'closesAt'])
@Check('resolutions_status_check', `"status" IN ('draft', 'open', 'closed')`)
@Check('resolutions_majority_check', `"majority" IN ('simple', 'two_thirds')`)
@Check('resolutions_outcome_check', `"outcome" IS NULL OR "outcome" IN ('adopted', 'rejected', 'no_quorum', 'elected')`)
@Check('resolutions_quorum_check', `"quorum_percent" BETWEEN 0 AND 100`)
@Check('resolutions_window_check', `"closes_at" > "opens_at"`)
@Check('resolutions_seats_check', `("seats" IS NULL) = ("kind" = 'motion') AND ("seats" IS NULL OR "seats" >= 1)`)
@Check('resolutions_majority_base_check', `"majority_base" IN ('expressed', 'present_or_represented', 'sarl')`)
@Check('resolutions_kind_check', `"kind" IN ('motion', 'election')`)
export class Resolution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  assemblyId: string;

  @ManyToOne(() => Assembly, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'resolutions_assembly_fk',
    },
    { name: 'assembly_id', referencedColumnName: 'id', foreignKeyConstraintName: 'resolutions_assembly_fk' },
  ])
  assembly?: Assembly;

  /** its number in the assembly (première résolution, deuxième ...) */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 10, default: 'motion' })
  kind: 'motion' | 'election';

  @Column({ type: 'jsonb', default: () => `'[]'` })
  candidates: Candidate[];

  @Column({ type: 'smallint', nullable: true })
  seats: number | null;

  @Column({ type: 'varchar', length: 20 })
  majority: Majority;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  quorumPercent: number;

  /** it amends the statutes: an extraordinary decision, never voted in an ordinary assembly */
  @Column({ type: 'boolean', default: false })
  amendsStatutes: boolean;

  /** what its majority is counted on, the organization's setting when it was created */
  @Column({ type: 'varchar', length: 30, default: 'expressed' })
  majorityBase: MajorityBase;

  /** the art. 3 bis caps, computed on the electorate when it opened (legal-rules.ts) */
  @Column({ type: 'jsonb', nullable: true })
  voteCaps: VoteCaps | null;

  @Column({ type: 'timestamptz' })
  opensAt: Date;

  @Column({ type: 'timestamptz' })
  closesAt: Date;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status: ResolutionStatus;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: Outcome | null;

  @Column({ type: 'int', nullable: true })
  eligibleCount: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Merkle root of the ballot box, published with the results */
  @Column({ type: 'char', length: 64, nullable: true })
  sealHash: string | null;

  /** the colleges and their weights when it opened: the count uses these, whatever changes later */
  @Column({ type: 'jsonb', nullable: true })
  collegeWeights: { id: string; code: string; weightPercent: number }[] | null;

  /** the results as published at closing */
  @Column({ type: 'jsonb', nullable: true })
  results: Record<string, unknown> | null;

  /** a resolution put again on second convocation: the one that failed its quorum */
  @Column({ type: 'uuid', nullable: true })
  secondConvocationOf: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
