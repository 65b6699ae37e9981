import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service';

@Module({ providers: [MailerService], exports: [MailerService] })
export class NotificationsModule {}
