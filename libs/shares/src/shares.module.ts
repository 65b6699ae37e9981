import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@socius/audit';
import { ThrottleModule } from '@socius/auth';
import { DocumentsModule } from '@socius/documents';
import { JobsModule } from '@socius/jobs';
import { WebhooksModule } from '@socius/webhooks';
import { MembersModule } from '@socius/members';
import { NotificationsModule } from '@socius/notifications';
import { ApplicationsController } from './applications.controller';
import { ApplicationsJobs } from './applications.jobs';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { BooksRepository } from './books.repository';
import { BooksService } from './books.service';
import { CapitalReportController, CapitalReportJobs } from './capital-report.jobs';
import { AnnualCertificatesService } from './certificates/annual-certificates.service';
import { CertificatesController } from './certificates/certificates.controller';
import { CertificatesRepository } from './certificates/certificates.repository';
import { CertificatesService } from './certificates/certificates.service';
import { SubscriptionDocumentsErasure } from './certificates/subscription-documents-erasure';
import { AccountingEntry, AccountingLine } from './entities/accounting-entry.entity';
import { CapitalCall } from './entities/capital-call.entity';
import { FiscalYear } from './entities/fiscal-year.entity';
import { Holding } from './entities/holding.entity';
import { LedgerMovement } from './entities/ledger-movement.entity';
import { PayoutBatch, PayoutBatchItem } from './entities/payout-batch.entity';
import { SubscriptionPayment } from './entities/payment.entity';
import { Redemption } from './entities/redemption.entity';
import { ShareClass } from './entities/share-class.entity';
import { Subscription } from './entities/subscription.entity';
import { Transfer } from './entities/transfer.entity';
import { CapitalReportRepository } from './capital-report.repository';
import { CapitalStatementService } from './capital-statement.service';
import { CapitalRepository } from './capital.repository';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';
import { PayoutBatchesRepository } from './payout-batches.repository';
import { PayoutBatchesService } from './payout-batches.service';
import { RedemptionsRepository } from './redemptions.repository';
import { RedemptionsService } from './redemptions.service';
import { RegisterRepository } from './register.repository';
import { RegisterService } from './register.service';
import {
  PayoutBatchesController,
  RedemptionsController,
  RegisterController,
  ShareClassesController,
  SubscriptionsController,
  TransfersController,
} from './shares.controller';
import { SharesErasure } from './shares-erasure';
import { SharesJobs } from './shares.jobs';
import { SubscriptionHooks } from './subscription-hooks';
import { SubscriptionsRepository } from './subscriptions.repository';
import { SubscriptionsService } from './subscriptions.service';
import { TransfersService } from './transfers.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ShareClass,
      Subscription,
      SubscriptionPayment,
      CapitalCall,
      Transfer,
      Redemption,
      LedgerMovement,
      Holding,
      FiscalYear,
      AccountingEntry,
      AccountingLine,
      PayoutBatch,
      PayoutBatchItem,
    ]),
    AuditModule,
    DocumentsModule,
    JobsModule,
    MembersModule,
    NotificationsModule,
    ThrottleModule,
    WebhooksModule,
  ],
  controllers: [
    ShareClassesController,
    SubscriptionsController,
    TransfersController,
    RedemptionsController,
    PayoutBatchesController,
    RegisterController,
    CapitalReportController,
    ApplicationsController,
    CertificatesController,
  ],
  providers: [
    LedgerRepository,
    LedgerService,
    CapitalRepository,
    CapitalStatementService,
    CapitalReportRepository,
    SharesErasure,
    BooksRepository,
    BooksService,
    SubscriptionsRepository,
    SubscriptionsService,
    RedemptionsRepository,
    RedemptionsService,
    PayoutBatchesRepository,
    PayoutBatchesService,
    TransfersService,
    RegisterRepository,
    RegisterService,
    SharesJobs,
    CapitalReportJobs,
    SubscriptionHooks,
    ApplicationsRepository,
    ApplicationsService,
    ApplicationsJobs,
    CertificatesRepository,
    CertificatesService,
    AnnualCertificatesService,
    SubscriptionDocumentsErasure,
  ],
  exports: [
    LedgerService,
    CapitalStatementService,
    BooksService,
    RegisterService,
    SubscriptionsService,
    SubscriptionHooks,
  ],
})
export class SharesModule {}
