import { Module } from '@nestjs/common';
import { AuditModule } from '@socius/audit';
import { CoreModule } from '@socius/core';
import { DatabaseModule } from '@socius/database';
import { JobSchedulesModule, JobsModule, JobsWorkerModule } from '@socius/jobs';
import { MembersModule } from '@socius/members';
import { OrganizationsModule } from '@socius/organizations';
import { AccountsModule } from '@socius/accounts';
import { SharesModule } from '@socius/shares';
import { AssembliesModule } from '@socius/assemblies';
import { DocumentsModule } from '@socius/documents';
import { ConvocationsModule } from '@socius/convocations';
import { FundingModule } from '@socius/funding';
import { WebhooksModule } from '@socius/webhooks';
import { PortabilityModule } from '@socius/portability';

/** The worker: BullMQ processors for every queue, the outbox relay, the job schedulers, and the domain job handlers. */
@Module({
  imports: [
    CoreModule,
    DatabaseModule,
    JobsModule,
    JobsWorkerModule,
    JobSchedulesModule,
    AuditModule,
    OrganizationsModule,
    AccountsModule,
    MembersModule,
    SharesModule,
    AssembliesModule,
    DocumentsModule,
    ConvocationsModule,
    FundingModule,
    WebhooksModule,
    PortabilityModule,
  ],
})
export class WorkerModule {}
