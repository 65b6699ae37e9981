export { AccountsModule } from './accounts.module';
export { AccountsService, PASSWORD_RESET_JOB, VERIFY_EMAIL_JOB } from './accounts.service';
