export { LEGAL_FORMS, MAJORITY_BASES, Organization } from './entities/organization.entity';
export type { LegalForm, MajorityBase } from './entities/organization.entity';
export { LEGAL_MINIMUM_CAPITAL_CENTS } from './legal-minimum';
export { defaultMajorityBase } from './majority-base';
export { OrganizationsModule } from './organizations.module';
export { OrganizationsService } from './organizations.service';
