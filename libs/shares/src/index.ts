export {
  CONTRIBUTIONS_JOURNAL,
  donationReceived,
  donationRefunded,
  membershipFeeReceived,
  membershipFeeRefunded,
} from './accounting';
export type { DraftEntry } from './accounting';
export { BooksService } from './books.service';
export { CapitalStatementService } from './capital-statement.service';
export { CapitalDto, CreatePaymentDto, DecideDto } from './dto/shares.dto';
export { FecExport } from './entities/fec-export.entity';
export { fiscalYearOf } from './fiscal';
export { GENESIS_HASH, ledgerHeadLines, movementHash, verifyChain } from './ledger';
export type { HashedMovement, MovementKind } from './ledger';
export { LedgerService } from './ledger.service';
export { RegisterService } from './register.service';
export { SharesModule } from './shares.module';
export { SubscriptionHooks } from './subscription-hooks';
export type { SubscriptionAction, SubscriptionChange, SubscriptionHook } from './subscription-hooks';
export { SubscriptionsService } from './subscriptions.service';
