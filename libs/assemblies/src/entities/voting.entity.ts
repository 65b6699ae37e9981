import { Member } from '@socius/members';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Assembly } from './assembly.entity';
import { Resolution } from './resolution.entity';

const byOrg = (name: string, column: string) => [
  { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: name },
  { name: column, referencedColumnName: 'id', foreignKeyConstraintName: name },
];

export const ASSOCIATE_CLASSES = ['cooperator', 'non_cooperator_coop', 'non_cooperator'] as const;
export type AssociateClass = (typeof ASSOCIATE_CLASSES)[number];

/** The electorate of a resolution, fixed when it opens: who may vote, in which college, with what weight. */
@Entity('resolution_electors')
@Check(
  'resolution_electors_associate_class_check',
  `"associate_class" IN ('cooperator', 'non_cooperator_coop', 'non_cooperator')`,
)
export class Elector {
  @ManyToOne(() => Resolution, { onDelete: 'CASCADE' })
  @JoinColumn(byOrg('resolution_electors_resolution_fk', 'resolution_id'))
  resolution?: Resolution;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn(byOrg('resolution_electors_member_fk', 'member_id'))
  member?: Member;

  @PrimaryColumn({ type: 'uuid' })
  resolutionId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid', nullable: true })
  collegeId: string | null;

  /** 1, or the shares held for a per-share vote */
  @Column({ type: 'int', default: 1 })
  weight: number;

  /** cooperator or not, and if not whether a cooperative society: what the art. 3 bis caps weigh */
  @Column({ type: 'varchar', length: 20, default: 'cooperator' })
  associateClass: AssociateClass;
}

/**
 * Who has voted (émargement): one row per elector and resolution, the database's guarantee that
 * nobody votes twice. No choice here, and no time: nothing to join to a secret ballot.
 */
@Entity('participations')
export class Participation {
  @ManyToOne(() => Resolution, { onDelete: 'CASCADE' })
  @JoinColumn(byOrg('participations_resolution_fk', 'resolution_id'))
  resolution?: Resolution;

  @PrimaryColumn({ type: 'uuid' })
  resolutionId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  /** a proxy holder who voted for this member, or the member */
  @Column({ type: 'uuid' })
  castByMemberId: string;

  /** secret ballot: another hash of the receipt, so that only its holder may replace the ballot */
  @Column({ type: 'char', length: 64, nullable: true })
  ownerHash: string | null;
}

/**
 * The ballot box. Open ballots carry the member and their choice; secret ones carry neither, nor a
 * time or sequence: the hash of the voter's receipt, the college and weight the tally needs, and the
 * choice encrypted (docs/ballot-secrecy.md).
 */
@Entity('ballots')
@Check('ballots_associate_class_check', `"associate_class" IN ('cooperator', 'non_cooperator_coop', 'non_cooperator')`)
@Check('ballots_choice_or_ciphertext_check', `("choice" IS NULL) <> ("ciphertext" IS NULL)`)
@Index('ballots_resolution_member_key', ['resolutionId', 'memberId'], {
  unique: true,
  where: '"member_id" IS NOT NULL',
})
export class Ballot {
  @ManyToOne(() => Resolution, { onDelete: 'CASCADE' })
  @JoinColumn(byOrg('ballots_resolution_fk', 'resolution_id'))
  resolution?: Resolution;

  @PrimaryColumn({ type: 'uuid' })
  resolutionId: string;

  /** SHA-256 of the receipt given to the voter */
  @PrimaryColumn({ type: 'char', length: 64 })
  receiptHash: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  /** null in a secret ballot */
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ type: 'uuid', nullable: true })
  collegeId: string | null;

  @Column({ type: 'int', default: 1 })
  weight: number;

  /** in clear like the college: the art. 3 bis caps weigh it at the count */
  @Column({ type: 'varchar', length: 20, default: 'cooperator' })
  associateClass: AssociateClass;

  /**
   * its leaf in the Merkle tree of the sealed box: hash of the receipt hash and the choice (an open
   * ballot) or the ciphertext (a secret one)
   */
  @Column({ type: 'char', length: 64 })
  leafHash: string;

  /** an open ballot: `for`, `against`, `abstain`, or candidate keys; null in a secret one */
  @Column({ type: 'varchar', array: true, length: 40, nullable: true })
  choice: string[] | null;

  /** a secret ballot: its choice encrypted, AES-256-GCM nonce ‖ ciphertext ‖ tag (ballot-crypto.ts) */
  @Column({ type: 'bytea', nullable: true })
  ciphertext: Buffer | null;

  /** open ballots only: who cast it (a proxy holder) and when */
  @Column({ type: 'uuid', nullable: true })
  castByMemberId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  castAt: Date | null;
}

/** A proxy (pouvoir) for one assembly; one active per grantor. */
@Entity('proxies')
@Index('proxies_active_grantor_key', ['assemblyId', 'grantorMemberId'], { unique: true, where: '"revoked_at" IS NULL' })
@Index('proxies_holder_idx', ['assemblyId', 'holderMemberId'])
export class Proxy {
  @ManyToOne(() => Assembly, { onDelete: 'CASCADE' })
  @JoinColumn(byOrg('proxies_assembly_fk', 'assembly_id'))
  assembly?: Assembly;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn(byOrg('proxies_grantor_fk', 'grantor_member_id'))
  grantor?: Member;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn(byOrg('proxies_holder_fk', 'holder_member_id'))
  holder?: Member;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  assemblyId: string;

  @Column({ type: 'uuid' })
  grantorMemberId: string;

  @Column({ type: 'uuid' })
  holderMemberId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

/**
 * A member's voting code for an assembly, stored hashed; one per member and assembly. `id` names
 * this issue (a new one when the code is issued again, which revokes the old): the code is derived
 * from it with the server's secret (voting-code.ts), and ballots cast with it name it in the audit log.
 */
@Entity('voting_codes')
@Index('voting_codes_hash_key', ['codeHash'], { unique: true })
export class VotingCode {
  @ManyToOne(() => Assembly, { onDelete: 'CASCADE' })
  @JoinColumn(byOrg('voting_codes_assembly_fk', 'assembly_id'))
  assembly?: Assembly;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn(byOrg('voting_codes_member_fk', 'member_id'))
  member?: Member;

  @PrimaryColumn({ type: 'uuid' })
  assemblyId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  id: string;

  @Column({ type: 'char', length: 64 })
  codeHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
