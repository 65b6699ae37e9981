import type { LegalForm, MajorityBase } from '@socius/organizations';

/**
 * The legal rules of French co-operative votes that depend on the legal form, as pure functions:
 * the majority base, the least quorum and majority of each kind of assembly, and the art. 3 bis
 * caps on non-cooperators' votes. The sources are cited per rule; libs/assemblies/README.md lists them.
 */

const SA_FORMS: LegalForm[] = ['SCIC_SA', 'SA_COOP'];
const SCOP_FORMS: LegalForm[] = ['SCOP_SA', 'SCOP_SARL'];

export { defaultMajorityBase } from '@socius/organizations';

/** What a majority is counted on for one resolution, once the `sarl` rules are read. */
export type CountedBase = 'expressed' | 'present_or_represented' | 'all_votes';

export function countedBase(
  base: MajorityBase,
  majority: 'simple' | 'two_thirds',
  secondConsultation: boolean,
): CountedBase {
  if (base !== 'sarl') return base;
  // C. com. L223-30 al. 3: statute amendments by two thirds of the votes of the associates present or represented
  if (majority === 'two_thirds') return 'present_or_represented';
  // C. com. L223-29: more than half of all the votes, then on a second consultation a majority of the votes cast
  return secondConsultation ? 'expressed' : 'all_votes';
}

export interface LegalMinimum {
  /** the least quorum on first convocation, percent of the electorate */
  quorumPercent: number;
  /** the least quorum on second convocation */
  secondQuorumPercent: number;
  majority: 'simple' | 'two_thirds';
  /** where the rule comes from, quoted in warnings */
  source: string;
}

/**
 * The least quorum and majority the law sets for an ordinary or an extraordinary decision of a
 * form; the statutes may ask more. SAS, associations and other forms: the statutes decide (C. com.
 * L227-9), so no quorum is required and an extraordinary decision defaults to two thirds.
 */
export function legalMinimum(form: LegalForm, extraordinary: boolean): LegalMinimum {
  if (SA_FORMS.includes(form))
    return extraordinary
      ? { quorumPercent: 25, secondQuorumPercent: 20, majority: 'two_thirds', source: 'C. com. L225-96' }
      : { quorumPercent: 20, secondQuorumPercent: 0, majority: 'simple', source: 'C. com. L225-98' };
  if (SCOP_FORMS.includes(form))
    // the figures of shared/reference/assemblies-and-votes.md (c) 8, the CG Scop model statutes
    return extraordinary
      ? { quorumPercent: 33.33, secondQuorumPercent: 25, majority: 'two_thirds', source: 'loi 78-763' }
      : { quorumPercent: 25, secondQuorumPercent: 0, majority: 'simple', source: 'loi 78-763' };
  if (form === 'SCIC_SARL')
    return extraordinary
      ? { quorumPercent: 25, secondQuorumPercent: 20, majority: 'two_thirds', source: 'C. com. L223-30' }
      : { quorumPercent: 0, secondQuorumPercent: 0, majority: 'simple', source: 'C. com. L223-29' };
  return extraordinary
    ? { quorumPercent: 0, secondQuorumPercent: 0, majority: 'two_thirds', source: 'the statutes (C. com. L227-9)' }
    : { quorumPercent: 0, secondQuorumPercent: 0, majority: 'simple', source: 'the statutes (C. com. L227-9)' };
}

/** The forms whose proxies the law caps (loi 78-763): the `scop` rule is their default. */
export const isScop = (form: LegalForm) => SCOP_FORMS.includes(form);

/** loi 47-1775 art. 3 bis: non-cooperators together at most 49 % of the votes... */
export const NON_COOPERATOR_CAP = 0.49;
/** ...and those of them that are not cooperative societies at most 35 % */
export const NON_COOPERATIVE_CAP = 0.35;

/**
 * The factors by which the art. 3 bis caps reduce the votes of non-cooperators, from the voting
 * rights of the electorate: `c` cooperators', `a` non-cooperators' that are cooperative societies,
 * `b` the other non-cooperators'. First the 35 % cap reduces the `b` votes in proportion, then the
 * 49 % cap all non-cooperators' in proportion (which keeps `b` under 35 %: the 49 % cap binds only
 * when `a` holds more than 14 %). Cooperators' votes are never reduced.
 */
export function voteCapFactors(c: number, a: number, b: number): { cooperativeFactor: number; otherFactor: number } {
  const none = { cooperativeFactor: 1, otherFactor: 1 };
  if (a + b === 0) return none;
  // with no cooperator vote at all there is nothing to weigh the caps against
  if (c === 0) return none;
  // 35 %: b' / (c + a + b') = 0.35
  let b1 = Math.min(b, (NON_COOPERATIVE_CAP / (1 - NON_COOPERATIVE_CAP)) * (c + a));
  let a1 = a;
  if (a1 + b1 > NON_COOPERATOR_CAP * (c + a1 + b1) + 1e-12) {
    // 49 %: (a' + b') / (c + a' + b') = 0.49, both reduced by the same factor
    const total = c / (1 - NON_COOPERATOR_CAP);
    const f = (NON_COOPERATOR_CAP * total) / (a1 + b1);
    a1 *= f;
    b1 *= f;
  }
  return { cooperativeFactor: a ? a1 / a : 1, otherFactor: b ? b1 / b : 1 };
}
