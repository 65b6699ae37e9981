import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@socius/audit';
import { JobsModule } from '@socius/jobs';
import { College } from './entities/college.entity';
import { Member } from './entities/member.entity';
import { CollegesController, MembersController } from './members.controller';
import { MembersExport } from './members.export';
import { MembersImport } from './members.import';
import { MembersJobs } from './members.jobs';
import { MembersService } from './members.service';

@Module({
  imports: [TypeOrmModule.forFeature([Member, College]), AuditModule, JobsModule],
  controllers: [CollegesController, MembersController],
  providers: [MembersService, MembersExport, MembersImport, MembersJobs],
  exports: [MembersService],
})
export class MembersModule {}
