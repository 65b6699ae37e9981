import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesService } from './deliveries.service';
import { Delivery } from './entities/delivery.entity';
import { OutboxEntry } from './entities/outbox-entry.entity';
import { JobsController } from './jobs.controller';
import { OutboxService } from './outbox.service';

/** What producers need: the outbox, the job status API, and idempotent deliveries. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntry, Delivery])],
  controllers: [JobsController],
  providers: [OutboxService, DeliveriesService],
  exports: [OutboxService, DeliveriesService],
})
export class JobsModule {}
