import { Module } from '@nestjs/common';
import { AssembliesModule } from '@socius/assemblies';
import { AuditModule } from '@socius/audit';
import { JobsModule } from '@socius/jobs';
import { NotificationsModule } from '@socius/notifications';
import { SharesModule } from '@socius/shares';
import { ConvocationsController, ResolutionNoticesController, VotingCodesController } from './convocations.controller';
import { ConvocationsJobs } from './convocations.jobs';
import { ConvocationsRepository } from './convocations.repository';
import { ConvocationsService } from './convocations.service';
import { ReadinessController } from './readiness.controller';
import { ReadinessRepository } from './readiness.repository';
import { ReadinessService } from './readiness.service';

/** Convocations of assemblies (e-mail and post), reminders to non-voters and result notices. */
@Module({
  imports: [AssembliesModule, AuditModule, JobsModule, NotificationsModule, SharesModule],
  controllers: [ConvocationsController, ResolutionNoticesController, VotingCodesController, ReadinessController],
  providers: [ConvocationsRepository, ReadinessRepository, ConvocationsService, ConvocationsJobs, ReadinessService],
  exports: [ConvocationsService],
})
export class ConvocationsModule {}
