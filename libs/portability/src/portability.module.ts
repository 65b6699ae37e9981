import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@socius/audit';
import { JobsModule } from '@socius/jobs';
import { MembersModule } from '@socius/members';
import { PortableExport } from './entities/portable-export.entity';
import { PortabilityController } from './portability.controller';
import { PortabilityJobs } from './portability.jobs';
import { PortabilityRepository } from './portability.repository';
import { PortabilityService } from './portability.service';

/** Portable data: a whole organization exported as a zip, imported into an empty one elsewhere. */
@Module({
  imports: [TypeOrmModule.forFeature([PortableExport]), AuditModule, JobsModule, MembersModule],
  controllers: [PortabilityController],
  providers: [PortabilityService, PortabilityJobs, PortabilityRepository],
  exports: [PortabilityService],
})
export class PortabilityModule {}
