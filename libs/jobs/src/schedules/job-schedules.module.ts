import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobsModule } from '../jobs.module';
import { JobSchedules, ScheduleTickProcessor } from './job-schedules';
import { SCHEDULE_QUEUE } from './scheduled';

/**
 * The worker side of `@Scheduled`: registers the BullMQ job schedulers at boot and turns their
 * ticks into outbox jobs. Import it in the worker next to JobsWorkerModule (whose
 * BullModule.forRoot gives the connection and QUEUE_PREFIX).
 */
@Module({
  imports: [DiscoveryModule, JobsModule, BullModule.registerQueue({ name: SCHEDULE_QUEUE })],
  providers: [JobSchedules, ScheduleTickProcessor],
  exports: [JobSchedules],
})
export class JobSchedulesModule {}
