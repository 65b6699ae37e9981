import { Module } from '@nestjs/common';
import { MembersModule } from '@socius/members';
import { SharesModule } from '@socius/shares';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/** The admin console's dashboard: composes read-only figures of the members and shares libraries. */
@Module({
  imports: [MembersModule, SharesModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository],
})
export class DashboardModule {}
