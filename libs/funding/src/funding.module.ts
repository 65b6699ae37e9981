import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@socius/audit';
import { DocumentsModule } from '@socius/documents';
import { JobsModule } from '@socius/jobs';
import { WebhooksModule } from '@socius/webhooks';
import { MembersModule } from '@socius/members';
import { NotificationsModule } from '@socius/notifications';
import { SharesModule } from '@socius/shares';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import { ContributionsRepository } from './contributions.repository';
import { ContributionsService } from './contributions.service';
import { Campaign } from './entities/campaign.entity';
import { ContributionEvent } from './entities/contribution-event.entity';
import { Contribution } from './entities/contribution.entity';
import { FundingSettings } from './entities/funding-settings.entity';
import { CampaignsController, PublicCampaignsController } from './funding.controller';
import { FundingErasure } from './funding-erasure';
import { FundingJobs } from './funding.jobs';
import { ReceiptsRepository } from './receipts.repository';
import { FundingReceiptsService } from './receipts.service';
import { FundingSubscriptionHook } from './subscription-hook';

@Module({
  imports: [
    TypeOrmModule.forFeature([Campaign, Contribution, ContributionEvent, FundingSettings]),
    AuditModule,
    JobsModule,
    MembersModule,
    NotificationsModule,
    SharesModule,
    DocumentsModule,
    WebhooksModule,
  ],
  controllers: [CampaignsController, PublicCampaignsController],
  providers: [
    CampaignsRepository,
    ContributionsRepository,
    ReceiptsRepository,
    CampaignsService,
    ContributionsService,
    FundingReceiptsService,
    FundingJobs,
    FundingSubscriptionHook,
    FundingErasure,
  ],
  exports: [CampaignsService, ContributionsService],
})
export class FundingModule {}
