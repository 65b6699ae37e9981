export * from './mailer.service';
export * from './notifications.module';
