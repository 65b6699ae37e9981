import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@socius/audit';
import { AuthModule, ThrottleModule } from '@socius/auth';
import { DocumentsModule } from '@socius/documents';
import { JobsModule } from '@socius/jobs';
import { WebhooksModule } from '@socius/webhooks';
import { MembersModule } from '@socius/members';
import { OrganizationsModule } from '@socius/organizations';
import { SharesModule } from '@socius/shares';
import { AssembliesController, ResolutionsController } from './assemblies.controller';
import { AssembliesJobs } from './assemblies.jobs';
import { BallotBoxController } from './ballot-box.controller';
import { BallotsRepository } from './ballots.repository';
import { CalendarController, CalendarFeedController } from './calendar.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';
import { CalendarFeed } from './entities/calendar-feed.entity';
import { AssembliesConsoleController } from './console.controller';
import { AssembliesConsoleService } from './console.service';
import { AssembliesService } from './assemblies.service';
import { ElectoratesRepository } from './electorates.repository';
import { MemberVotesService } from './member-votes.service';
import { MinutesDetails } from './minutes/minutes-details.entity';
import { MinutesController } from './minutes/minutes.controller';
import { MinutesRepository } from './minutes/minutes.repository';
import { MinutesService } from './minutes/minutes.service';
import { ProxiesRepository } from './proxies.repository';
import { ProxiesService } from './proxies.service';
import { ResolutionLifecycleService } from './resolution-lifecycle.service';
import { ResolutionsRepository } from './resolutions.repository';
import { Assembly } from './entities/assembly.entity';
import { Resolution } from './entities/resolution.entity';
import { Ballot, Elector, Participation, Proxy, VotingCode } from './entities/voting.entity';
import { VotingCodesRepository } from './voting-codes.repository';
import { VotingCodesService } from './voting-codes.service';
import { VotingService } from './voting.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Assembly,
      Resolution,
      Elector,
      Participation,
      Ballot,
      Proxy,
      VotingCode,
      CalendarFeed,
      MinutesDetails,
    ]),
    AuditModule,
    AuthModule,
    DocumentsModule,
    JobsModule,
    MembersModule,
    OrganizationsModule,
    SharesModule,
    ThrottleModule,
    WebhooksModule,
  ],
  controllers: [
    AssembliesController,
    ResolutionsController,
    BallotBoxController,
    AssembliesConsoleController,
    CalendarController,
    CalendarFeedController,
    MinutesController,
  ],
  providers: [
    AssembliesService,
    ResolutionLifecycleService,
    ProxiesService,
    MemberVotesService,
    VotingService,
    VotingCodesService,
    AssembliesJobs,
    AssembliesConsoleService,
    CalendarService,
    MinutesService,
    // the SQL of each aggregate (docs/design.md, "Where SQL lives")
    ResolutionsRepository,
    ElectoratesRepository,
    BallotsRepository,
    ProxiesRepository,
    VotingCodesRepository,
    CalendarRepository,
    MinutesRepository,
  ],
  exports: [AssembliesService, ResolutionLifecycleService, VotingCodesService],
})
export class AssembliesModule {}
