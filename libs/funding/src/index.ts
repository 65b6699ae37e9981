export { FundingModule } from './funding.module';
