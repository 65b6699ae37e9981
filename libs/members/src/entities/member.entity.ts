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
import { Organization } from '@socius/organizations';
import { College } from './college.entity';

export const MEMBER_KINDS = ['person', 'legal_entity'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const MEMBER_STATUSES = ['applicant', 'active', 'resigning', 'resigned', 'excluded', 'deceased'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
/** loi 47-1775 art. 3 bis: cooperators use the co-op's services or work in it; the others bring capital */
export const ASSOCIATE_TYPES = ['cooperator', 'non_cooperator'] as const;
export type AssociateType = (typeof ASSOCIATE_TYPES)[number];
/** the categories of associates of a SCIC (loi 47-1775 art. 19 septies), apart from voting colleges */
export const SCIC_CATEGORIES = ['employee', 'producer', 'beneficiary', 'volunteer', 'public_body', 'other'] as const;
export type ScicCategory = (typeof SCIC_CATEGORIES)[number];

/** A sociétaire: a natural person or a legal entity, from application to exit. */
@Entity('members')
@Index('members_org_id_key', ['organizationId', 'id'], { unique: true })
@Index('members_org_number_key', ['organizationId', 'membershipNumber'], { unique: true })
@Index('members_org_external_ref_key', ['organizationId', 'externalRef'], { unique: true })
@Index('members_org_status_idx', ['organizationId', 'status', 'sortName', 'id'])
@Index('members_org_sort_idx', ['organizationId', 'sortName', 'id'])
@Index('members_search_idx', { synchronize: false }) // GIN trigram index on search_text, see migration
@Index('members_sort_prefix_idx', { synchronize: false }) // (organization_id, sort_name text_pattern_ops), for short searches
@Check('members_kind_check', `"kind" IN ('person', 'legal_entity')`)
@Check('members_status_check', `"status" IN ('applicant', 'active', 'resigning', 'resigned', 'excluded', 'deceased')`)
@Check('members_associate_type_check', `"associate_type" IN ('cooperator', 'non_cooperator')`)
@Check(
  'members_scic_category_check',
  `"scic_category" IS NULL OR "scic_category" IN ('employee', 'producer', 'beneficiary', 'volunteer', 'public_body', 'other')`,
)
@Check('members_number_check', `("membership_number" IS NULL) = ("status" = 'applicant')`)
@Check(
  'members_identity_check',
  `("kind" = 'person' AND "last_name" IS NOT NULL) OR ("kind" = 'legal_entity' AND "company_name" IS NOT NULL)`,
)
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'members_organization_fk' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 20 })
  kind: MemberKind;

  @Column({ type: 'varchar', length: 100, nullable: true })
  firstName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  companyName: string | null;

  @Column({ type: 'char', length: 9, nullable: true })
  siren: string | null;

  /** for a legal entity: the person who represents it */
  @Column({ type: 'varchar', length: 200, nullable: true })
  legalRepresentative: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine1: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine2: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  postalCode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'char', length: 2, default: 'FR' })
  country: string;

  /** the member's bank account (electronic format), for refunds and redemption payouts */
  @Column({ type: 'varchar', length: 34, nullable: true })
  iban: string | null;

  @Column({ type: 'uuid', nullable: true })
  collegeId: string | null;

  /** the foreign key includes organization_id: a member can only sit in a college of its own organization */
  @ManyToOne(() => College, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'members_college_fk' },
    { name: 'college_id', referencedColumnName: 'id', foreignKeyConstraintName: 'members_college_fk' },
  ])
  college?: College | null;

  /** cooperator, or non-cooperator associate (associé non coopérateur, loi 47-1775 art. 3 bis) */
  @Column({ type: 'varchar', length: 20, default: 'cooperator' })
  associateType: AssociateType;

  /** the member is itself a cooperative society: its votes fall under the 49 % cap only (art. 3 bis) */
  @Column({ type: 'boolean', default: false })
  cooperativeSociety: boolean;

  /** its category of associates in a SCIC (art. 19 septies); not its voting college */
  @Column({ type: 'varchar', length: 20, nullable: true })
  scicCategory: ScicCategory | null;

  /** the co-op's own identifier, the key of CSV re-imports */
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalRef: string | null;

  /** consent to be convened and informed by e-mail */
  @Column({ type: 'boolean', default: false })
  eConsent: boolean;

  @Column({ type: 'varchar', length: 20, default: 'applicant' })
  status: MemberStatus;

  /** numéro de sociétaire: gapless per organization, given at admission, never reused */
  @Column({ type: 'int', nullable: true })
  membershipNumber: number | null;

  @Column({ type: 'date', nullable: true })
  admittedOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  admissionDecisionRef: string | null;

  /** date the exit (resignation, exclusion, death) takes effect */
  @Column({ type: 'date', nullable: true })
  exitOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  exitDecisionRef: string | null;

  /** lower-cased, accent-free name, company, e-mail and number, for search */
  @Column({ type: 'text', default: '', select: false })
  searchText: string;

  /** what lists sort by: last name then first name, or company name, accent-free */
  @Column({ type: 'varchar', length: 300, default: '' })
  sortName: string;

  /** set when the personal data was erased (GDPR); the record stays, pseudonymised, for the ledger */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
