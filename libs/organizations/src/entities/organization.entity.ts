import { bigintCents } from '@socius/core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const LEGAL_FORMS = [
  'SCIC_SAS',
  'SCIC_SA',
  'SCIC_SARL',
  'SCOP_SA',
  'SCOP_SARL',
  'SA_COOP',
  'ASSOCIATION',
  'OTHER',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
/**
 * What a majority is counted on: `expressed` votes (for and against; SA rule since loi 2019-744),
 * votes of the members `present_or_represented` (abstentions count; SCOP, loi 78-763), or the
 * `sarl` rules (C. com. L223-29 and L223-30).
 */
export const MAJORITY_BASES = ['expressed', 'present_or_represented', 'sarl'] as const;
export type MajorityBase = (typeof MAJORITY_BASES)[number];

/** A tenant: one cooperative (or federation, or association) and its registers. */
@Entity('organizations')
@Check('organizations_slug_check', `"slug" ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'`)
@Check(
  'organizations_legal_form_check',
  `"legal_form" IN ('SCIC_SAS', 'SCIC_SA', 'SCIC_SARL', 'SCOP_SA', 'SCOP_SARL', 'SA_COOP', 'ASSOCIATION', 'OTHER')`,
)
@Check('organizations_siren_check', `"siren" ~ '^[0-9]{9}$'`)
@Check('organizations_fiscal_year_end_check', `"fiscal_year_end" ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'`)
@Check('organizations_minimum_capital_check', `"minimum_capital_cents" >= 0`)
@Check('organizations_capital_floor_check', `"capital_floor_percent" BETWEEN 25 AND 100`)
@Check('organizations_instalment_deadline_check', `"instalment_deadline_years" BETWEEN 1 AND 5`)
@Check(
  'organizations_majority_base_check',
  `"majority_base" IS NULL OR "majority_base" IN ('expressed', 'present_or_represented', 'sarl')`,
)
@Check('organizations_retention_check', `"personal_data_retention_years" BETWEEN 1 AND 100`)
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('organizations_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 63 })
  slug: string;

  @Column({ type: 'varchar', length: 20 })
  legalForm: LegalForm;

  @Column({ type: 'char', length: 9, nullable: true })
  siren: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  /** the city of the registry (greffe) it is registered at: "RCS Lyon 732 829 320" (C. com. R123-237) */
  @Column({ type: 'varchar', length: 100, nullable: true })
  rcsCity: string | null;

  /** who signs its certificates: the legal representative's name and title (président, gérant...) */
  @Column({ type: 'varchar', length: 200, nullable: true })
  legalRepresentativeName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  legalRepresentativeTitle: string | null;

  /** "Fait à ..." on signed documents; the registry's city when not set */
  @Column({ type: 'varchar', length: 100, nullable: true })
  signaturePlace: string | null;

  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;

  /** MM-DD: the last day of the fiscal year (clôture de l'exercice) */
  @Column({ type: 'char', length: 5, default: '12-31' })
  fiscalYearEnd: string;

  /** capital minimum statutaire */
  @Column({ type: 'bigint', default: 0, transformer: bigintCents })
  minimumCapitalCents: number;

  /** members who consented may be convened by e-mail (convocation électronique) */
  /**
   * Redemptions may not bring the capital below this percent of the highest capital ever recorded:
   * 25 by law (loi 47-1775 art. 13), more if the statutes say so (50 in the SCOP model statutes).
   */
  @Column({ type: 'smallint', default: 25 })
  capitalFloorPercent: number;

  /**
   * Years from the subscription within which shares paid by instalments must be fully paid up:
   * 3 by law (loi 47-1775 art. 12, the default), less if the statutes say so; up to 5 where a special
   * regime allows it (Code rural R523-1-1 for agricultural co-ops).
   */
  @Column({ type: 'smallint', default: 3 })
  instalmentDeadlineYears: number;

  /** the statutes' majority base; null: the legal form's default (legal-rules.ts in @socius/assemblies) */
  @Column({ type: 'varchar', length: 30, nullable: true })
  majorityBase: MajorityBase | null;

  /** statutory option: only members whose shares are fully paid vote (by law, paying what is due suffices) */
  @Column({ type: 'boolean', default: false })
  fullyPaidSharesOnly: boolean;

  /** the organization's own account numbers and journal, overriding the defaults of the French chart */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  accountingSettings: Record<string, string>;

  @Column({ type: 'boolean', default: true })
  eConvocation: boolean;

  @Column({ type: 'varchar', length: 2, default: 'fr' })
  defaultLanguage: 'fr' | 'en';

  @Column({ type: 'varchar', length: 50, default: 'Europe/Paris' })
  timezone: string;

  /** years after a member's exit before their personal data may be erased (10: Code de commerce L123-22) */
  @Column({ type: 'smallint', default: 10 })
  personalDataRetentionYears: number;

  /**
   * Its admins must sign in with two factors (TOTP): an admin who has not turned it on gets 403
   * `two-factor-required` on every route of the organization until they do.
   */
  @Column({ type: 'boolean', default: false })
  requireAdminTwoFactor: boolean;

  /**
   * Everyone with a role here signs in through one of the organization's identity providers: a
   * password session gets 403 `sso-required` on its routes. Turned on only by an admin signed in that way.
   */
  @Column({ type: 'boolean', default: false })
  requireSso: boolean;

  /** anyone may apply for membership at `/join/{slug}` (off by default: the form is public) */
  @Column({ type: 'boolean', default: false })
  acceptsApplications: boolean;

  /** the account applicants pay their shares into (electronic format), told in the application's answer */
  @Column({ type: 'varchar', length: 34, nullable: true })
  paymentIban: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
