import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesService } from './deliveries.service';
import { Delivery } from './entities/delivery.entity';
import { OutboxEntry } from './entities/outbox-entry.entity';
import { StagedUploadsJobs } from './imports/staged-uploads.jobs';
import { StagedUploadsService } from './imports/staged-uploads.service';
import { JobsController } from './jobs.controller';
import { OutboxService } from './outbox.service';

/** What producers need: the outbox, the job status API, idempotent deliveries, and staged uploads for import jobs. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntry, Delivery])],
  controllers: [JobsController],
  providers: [OutboxService, DeliveriesService, StagedUploadsService, StagedUploadsJobs],
  exports: [OutboxService, DeliveriesService, StagedUploadsService],
})
export class JobsModule {}
