export { CampaignsService } from './campaigns.service';
export { ContributionsService } from './contributions.service';
export { FundingModule } from './funding.module';
