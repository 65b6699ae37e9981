export { MailerService } from './mailer.service';
export { NotificationsModule } from './notifications.module';
