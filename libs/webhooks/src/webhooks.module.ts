import { Module } from '@nestjs/common';
import { AuditModule } from '@socius/audit';
import { JobsModule } from '@socius/jobs';
import { NotificationsModule } from '@socius/notifications';
import { OrganizationsModule } from '@socius/organizations';
import { WebhookEvents } from './webhook-events.service';
import { WebhooksController } from './webhooks.controller';
import { WebhooksJobs } from './webhooks.jobs';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** Webhook endpoints, the events the domain libraries publish, and their deliveries. */
@Module({
  imports: [AuditModule, JobsModule, NotificationsModule, OrganizationsModule],
  controllers: [WebhooksController],
  providers: [WebhookEvents, WebhooksService, WebhooksJobs, WebhooksRepository],
  exports: [WebhookEvents, WebhooksService],
})
export class WebhooksModule {}
