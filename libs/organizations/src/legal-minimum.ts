import type { LegalForm } from './entities/organization.entity';

/**
 * The least statutory minimum capital the law allows for each legal form, in cents; the statutes
 * may set more (`minimumCapitalCents`), never less:
 * - co-operatives in the form of an SA (SCIC SA, SCOP SA, SA coopérative): 18 500 € (loi 47-1775
 *   art. 27; shared/reference/share-registries.md (e) 10);
 * - SCOP SARL: 30 € (loi 78-763 art. 3, two associates at 15 €);
 * - SCIC SAS and SCIC SARL: no minimum (C. com. L227-1 and L223-2: the statutes set it);
 * - associations and other forms: none known here.
 */
export const LEGAL_MINIMUM_CAPITAL_CENTS: Record<LegalForm, number> = {
  SCIC_SA: 1_850_000,
  SCOP_SA: 1_850_000,
  SA_COOP: 1_850_000,
  SCOP_SARL: 3_000,
  SCIC_SAS: 0,
  SCIC_SARL: 0,
  ASSOCIATION: 0,
  OTHER: 0,
};

/** The source of the minimum for a form, quoted in refusals. */
export function legalMinimumSource(form: LegalForm): string {
  if (form === 'SCOP_SARL') return 'loi 78-763 art. 3';
  if (LEGAL_MINIMUM_CAPITAL_CENTS[form] > 0) return 'loi 47-1775 art. 27';
  return 'no legal minimum';
}
