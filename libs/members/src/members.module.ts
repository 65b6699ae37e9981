import { ExternalRefsController } from './external-refs.controller';
import { ExternalRefsRepository } from './external-refs.repository';
import { ExternalRefsService } from './external-refs.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@socius/audit';
import { JobsModule } from '@socius/jobs';
import { WebhooksModule } from '@socius/webhooks';
import { College } from './entities/college.entity';
import { Member } from './entities/member.entity';
import { ChartersService } from './charters.service';
import { CharterAcceptance } from './entities/charter-acceptance.entity';
import { Charter } from './entities/charter.entity';
import { ChartersController, CollegesController, MembersController } from './members.controller';
import { PrivacyService } from './privacy.service';
import { MemberErasure } from './erasure';
import { MembersExport } from './members.export';
import { MembersImport } from './members.import';
import { MembersJobs } from './members.jobs';
import { MembersService } from './members.service';
import { ChartersRepository } from './charters.repository';
import { MembersRepository } from './members.repository';
import { PrivacyRepository } from './privacy.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([Member, College, Charter, CharterAcceptance]),
    AuditModule,
    JobsModule,
    WebhooksModule,
  ],
  controllers: [CollegesController, ChartersController, MembersController, ExternalRefsController],
  providers: [
    MemberErasure,
    MembersService,
    ExternalRefsService,
    ExternalRefsRepository,
    ChartersService,
    PrivacyService,
    MembersExport,
    MembersImport,
    MembersJobs,
    MembersRepository,
    ChartersRepository,
    PrivacyRepository,
  ],
  exports: [MemberErasure, MembersService, ChartersService],
})
export class MembersModule {}
