import { Module } from '@nestjs/common';
import { AuditModule } from '@socius/audit';
import { AuthModule, ThrottleModule } from '@socius/auth';
import { JobsModule } from '@socius/jobs';
import { NotificationsModule } from '@socius/notifications';
import { AccountMailHandler } from './account-mail.handler';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';

@Module({
  imports: [AuthModule, AuditModule, JobsModule, NotificationsModule, ThrottleModule],
  controllers: [AccountsController],
  providers: [AccountsService, AccountMailHandler],
  exports: [AccountsService],
})
export class AccountsModule {}
