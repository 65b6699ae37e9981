export { WebhookEvents, organizationReader } from './webhook-events.service';
export { WebhooksModule } from './webhooks.module';
