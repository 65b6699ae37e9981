import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from '@socius/audit';
import { AuthModule } from '@socius/auth';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { JobsModule } from '@socius/jobs';
import { NotificationsModule } from '@socius/notifications';
import { AccountMailHandler } from './account-mail.handler';
import { AccountsController, LoginThrottlerGuard } from './accounts.controller';
import { AccountsService } from './accounts.service';

@Module({
  imports: [
    AuthModule,
    AuditModule,
    JobsModule,
    NotificationsModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [
        { name: 'login', ttl: config.LOGIN_RATE_WINDOW_MS, limit: config.LOGIN_RATE_LIMIT },
      ],
    }),
  ],
  controllers: [AccountsController],
  providers: [AccountsService, AccountMailHandler, LoginThrottlerGuard],
  exports: [AccountsService],
})
export class AccountsModule {}
