export { QueueDashboardModule } from './dashboard/queue-dashboard.module';
export { DeliveriesService } from './deliveries.service';
export { AcceptedJobDto, AsyncImportQuery } from './imports/import-job.dto';
export { STAGED_UPLOADS_CLEANUP_JOB } from './imports/staged-uploads.jobs';
export {
  MAX_IMPORT_BYTES,
  StagedUploadsService,
  acceptedJob,
  limitBytes,
  openInput,
} from './imports/staged-uploads.service';
export type { ImportHooks, ImportInput } from './imports/staged-uploads.service';
export { JobHandler, JobHandlerRegistry } from './job-handler';
export { JobRejectedError } from './job-runner';
export type { JobContext } from './job-handler';
export { JobsWorkerModule } from './jobs-worker.module';
export { JobsModule } from './jobs.module';
export { OutboxRelay } from './outbox-relay';
export { OUTBOX_CHANNEL, OutboxService } from './outbox.service';
export type { OutboxLag } from './outbox.service';
export { QUEUES } from './queues';
export { JobSchedules } from './schedules/job-schedules';
export { JobSchedulesModule } from './schedules/job-schedules.module';
export { SCHEDULE_QUEUE, SCHEDULE_TZ, Scheduled } from './schedules/scheduled';
export type { ScheduledPayload } from './schedules/scheduled';
