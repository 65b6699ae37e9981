import { Module } from '@nestjs/common';
import { AuditModule } from '@socius/audit';
import { CoreModule } from '@socius/core';
import { DatabaseModule } from '@socius/database';
import { JobsModule, JobsWorkerModule } from '@socius/jobs';
import { MembersModule } from '@socius/members';
import { OrganizationsModule } from '@socius/organizations';
import { SharesModule } from '@socius/shares';
import { AssembliesModule } from '@socius/assemblies';

/** The worker: BullMQ processors for every queue, the outbox relay, and the domain job handlers. */
@Module({
  imports: [CoreModule, DatabaseModule, JobsModule, JobsWorkerModule, AuditModule, OrganizationsModule, MembersModule, SharesModule, AssembliesModule],
})
export class WorkerModule {}
