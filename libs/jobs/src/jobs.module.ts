import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveriesService } from './deliveries.service';
import { Delivery } from './entities/delivery.entity';
import { OutboxEntry } from './entities/outbox-entry.entity';
import { StagedUploadsJobs } from './imports/staged-uploads.jobs';
import { StagedUploadsRepository } from './imports/staged-uploads.repository';
import { StagedUploadsService } from './imports/staged-uploads.service';
import { JobsController } from './jobs.controller';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/** What producers need: the outbox, the job status API, idempotent deliveries, and staged uploads for import jobs. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntry, Delivery])],
  controllers: [JobsController],
  providers: [
    OutboxService,
    OutboxRepository,
    DeliveriesService,
    DeliveriesRepository,
    StagedUploadsService,
    StagedUploadsRepository,
    StagedUploadsJobs,
  ],
  exports: [OutboxService, OutboxRepository, DeliveriesService, StagedUploadsService],
})
export class JobsModule {}
