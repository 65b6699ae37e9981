import { Module } from '@nestjs/common';
import { AuditModule } from '@socius/audit';
import { AuthModule, ThrottleModule } from '@socius/auth';
import { JobsModule } from '@socius/jobs';
import { NotificationsModule } from '@socius/notifications';
import { AccountMailHandler } from './account-mail.handler';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { TwoFactorController } from './two-factor.controller';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [AuthModule, AuditModule, JobsModule, NotificationsModule, ThrottleModule],
  controllers: [AccountsController, TwoFactorController],
  providers: [AccountsService, TwoFactorService, AccountMailHandler],
  exports: [AccountsService],
})
export class AccountsModule {}
