import type { LegalForm, MajorityBase } from './entities/organization.entity';

/** The majority base the law gives each form, in force unless the statutes say otherwise. */
export function defaultMajorityBase(form: LegalForm): MajorityBase {
  // loi 78-763 (SCOP), assemblies: quorum and majority on the votes of the members present or represented
  if (form === 'SCOP_SA' || form === 'SCOP_SARL') return 'present_or_represented';
  // C. com. L223-29 and L223-30: a SARL counts on all the associates' votes, then on the votes cast
  if (form === 'SCIC_SARL') return 'sarl';
  // C. com. L225-96 and L225-98 since loi 2019-744: abstentions are not expressed votes; SAS and others alike
  return 'expressed';
}
