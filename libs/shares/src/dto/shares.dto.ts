import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsObject,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BoundedString, Cents, DateProperty, IsBic, IsCalendarDate, IsIban, IsOneOf, PageQuery } from '@socius/core';
import { AsyncImportQuery } from '@socius/jobs';
import { PAYMENT_METHODS } from '../entities/payment.entity';
import type { PaymentMethod } from '../entities/payment.entity';
import { PAYOUT_BATCH_STATUSES } from '../entities/payout-batch.entity';
import type { PayoutBatchStatus } from '../entities/payout-batch.entity';
import { REDEMPTION_STATUSES } from '../entities/redemption.entity';
import type { RedemptionStatus } from '../entities/redemption.entity';
import { SUBSCRIPTION_STATUSES } from '../entities/subscription.entity';
import type { SubscriptionStatus } from '../entities/subscription.entity';
import { TRANSFER_STATUSES } from '../entities/transfer.entity';
import type { TransferStatus } from '../entities/transfer.entity';
import { MOVEMENT_KINDS } from '../ledger';
import type { LedgerItem, MovementKind } from '../ledger';
import { ACCOUNT_KEYS } from '../accounting';

const CODE = /^[A-Za-z0-9_-]{1,20}$/;
const MAX_SHARES = 10_000_000;

// ---- share classes ---------------------------------------------------------------------

export class CreateShareClassDto {
  /** letters, digits, `_` or `-` (A, B, SALARIES ...) */
  @Matches(CODE, { message: 'code must be 1–20 letters, digits, _ or -' })
  code: string;

  @BoundedString(200)
  name: string;

  /** nominal value of one share, in cents */
  @Cents(1)
  nominalCents: number;

  /** the least a member must hold of this class (0: no minimum) */
  @IsInt()
  @Min(0)
  @Max(MAX_SHARES)
  minPerMember: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SHARES)
  maxPerMember?: number | null;

  /** colleges whose members may hold this class; empty or absent: every college */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE, { each: true, message: 'each college code must be 1–20 letters, digits, _ or -' })
  collegeCodes?: string[];

  /** the statutes allow paying these shares by instalments (a quarter at least at subscription) */
  @IsOptional()
  @IsBoolean()
  instalmentsAllowed?: boolean;
}

/** Everything but the code and the nominal value, which never change once set. */
export class UpdateShareClassDto extends PartialType(
  OmitType(CreateShareClassDto, ['code', 'nominalCents'] as const),
) {}

export class ShareClassDto {
  id: string;
  code: string;
  name: string;
  nominalCents: number;
  minPerMember: number;
  maxPerMember: number | null;
  collegeCodes: string[];
  instalmentsAllowed: boolean;
}

export class ShareClassListDto {
  items: ShareClassDto[];
  total: number;
  /** always null: the whole list fits in one page */
  nextCursor: string | null;
}

// ---- subscriptions ---------------------------------------------------------------------

export class CreateSubscriptionDto {
  @IsUUID()
  memberId: string;

  @Matches(CODE, { message: 'shareClassCode must be a share class code' })
  shareClassCode: string;

  @IsInt()
  @Min(1)
  @Max(MAX_SHARES)
  quantity: number;

  /** date of the subscription form (bulletin de souscription); today by default */
  @IsOptional()
  @IsCalendarDate()
  subscribedOn?: string;

  /**
   * pay by instalments (the class must allow it): the part due at subscription, at least a quarter
   * of the amount; the rest comes on capital calls
   */
  @IsOptional()
  @Cents(1)
  initialCalledCents?: number;
}

export class DecideDto {
  /** date of the decision; today by default */
  @IsOptional()
  @IsCalendarDate()
  decidedOn?: string;

  /** the board meeting or general assembly that decided (CA du 12/03/2026 ...) */
  @IsOptional()
  @BoundedString(200)
  decisionRef?: string;
}

export class RejectDto extends DecideDto {
  @BoundedString(500)
  reason: string;
}

export class CreatePaymentDto {
  @Cents(1)
  amountCents: number;

  @IsCalendarDate()
  paidOn: string;

  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS)
  method: PaymentMethod;

  /** bank reference, cheque number ... */
  @IsOptional()
  @BoundedString(200)
  reference?: string;
}

export class PaymentDto {
  id: string;
  subscriptionId: string;
  amountCents: number;
  @DateProperty()
  paidOn: string;
  @ApiProperty({ enum: PAYMENT_METHODS })
  method: PaymentMethod;
  reference: string | null;
  recordedAt: Date;
}

export class CreateCapitalCallDto {
  @Cents(1)
  amountCents: number;

  /** date of the call; today by default */
  @IsOptional()
  @IsCalendarDate()
  calledOn?: string;

  @IsCalendarDate()
  dueOn: string;
}

export class CapitalCallDto {
  id: string;
  amountCents: number;
  @DateProperty()
  calledOn: string;
  @DateProperty()
  dueOn: string;
}

export class SubscriptionDto {
  id: string;
  memberId: string;
  shareClassCode: string;
  quantity: number;
  unitCents: number;
  amountCents: number;
  instalments: boolean;
  calledCents: number;
  paidCents: number;
  refundedCents: number;
  @ApiProperty({ enum: SUBSCRIPTION_STATUSES })
  status: SubscriptionStatus;
  @DateProperty()
  subscribedOn: string;
  @DateProperty()
  decidedOn: string | null;
  decisionRef: string | null;
  rejectionReason: string | null;
  @DateProperty()
  issuedOn: string | null;
  /**
   * by instalments: the day by which the whole subscription must be paid up — the subscription date
   * plus the organization's `instalmentDeadlineYears` (3 by law, loi 47-1775 art. 12); null otherwise
   */
  @DateProperty()
  fullPaymentDueOn: string | null;
  createdAt: Date;
  /** the member's status after this operation (an applicant's first issued shares admit them) */
  memberStatus?: string;
  payments?: PaymentDto[];
  calls?: CapitalCallDto[];
}

export class SubscriptionQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiProperty({ enum: SUBSCRIPTION_STATUSES, required: false })
  @IsOptional()
  @IsIn(SUBSCRIPTION_STATUSES)
  status?: SubscriptionStatus;
}

/** A subscription as a list shows it: with the member's name, so a table needs no call per row. */
export class SubscriptionRowDto extends SubscriptionDto {
  /** a person's first and last names, or a legal entity's company name */
  memberName: string;
  memberNumber: number | null;
}

export class SubscriptionListDto {
  items: SubscriptionRowDto[];
  total: number;
  nextCursor: string | null;
}

// ---- transfers and conversions ---------------------------------------------------------

export class CreateTransferDto {
  @IsUUID()
  fromMemberId: string;

  @IsUUID()
  toMemberId: string;

  @Matches(CODE, { message: 'shareClassCode must be a share class code' })
  shareClassCode: string;

  @IsInt()
  @Min(1)
  @Max(MAX_SHARES)
  quantity: number;

  @IsCalendarDate()
  effectiveOn: string;
}

export class TransferDto {
  id: string;
  fromMemberId: string;
  toMemberId: string;
  shareClassCode: string;
  quantity: number;
  unitCents: number;
  @DateProperty()
  effectiveOn: string;
  @ApiProperty({ enum: TRANSFER_STATUSES })
  status: TransferStatus;
  @DateProperty()
  decidedOn: string | null;
  decisionRef: string | null;
  rejectionReason: string | null;
  createdAt: Date;
}

export class TransferQuery extends PageQuery {
  @ApiProperty({ enum: TRANSFER_STATUSES, required: false })
  @IsOptional()
  @IsIn(TRANSFER_STATUSES)
  status?: TransferStatus;
}

/** A transfer as a list shows it: with both members' names. */
export class TransferRowDto extends TransferDto {
  fromMemberName: string;
  fromMemberNumber: number | null;
  toMemberName: string;
  toMemberNumber: number | null;
}

export class TransferListDto {
  items: TransferRowDto[];
  total: number;
  nextCursor: string | null;
}

export class CreateConversionDto {
  @IsUUID()
  memberId: string;

  @Matches(CODE, { message: 'fromShareClassCode must be a share class code' })
  fromShareClassCode: string;

  @Matches(CODE, { message: 'toShareClassCode must be a share class code' })
  toShareClassCode: string;

  /** how many shares of the first class to convert */
  @IsInt()
  @Min(1)
  @Max(MAX_SHARES)
  quantity: number;

  @IsCalendarDate()
  effectiveOn: string;

  @IsOptional()
  @BoundedString(200)
  decisionRef?: string;
}

export class ConversionDto {
  operationId: string;
  memberId: string;
  fromShareClassCode: string;
  fromQuantity: number;
  toShareClassCode: string;
  toQuantity: number;
  amountCents: number;
  @DateProperty()
  effectiveOn: string;
  movements: LedgerItemDto[];
}

// ---- redemptions -----------------------------------------------------------------------

export class PayeeDto {
  /** the member, or for a deceased member the heirs (or the notary acting for them) */
  @BoundedString(200)
  name: string;

  @IsIban()
  iban: string;

  @IsOptional()
  @IsBic()
  bic?: string;
}

export class CreateRedemptionDto {
  @IsUUID()
  memberId: string;

  @Matches(CODE, { message: 'shareClassCode must be a share class code' })
  shareClassCode: string;

  @IsInt()
  @Min(1)
  @Max(MAX_SHARES)
  quantity: number;

  /** when the shares leave the register; the end of the current fiscal year by default */
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string;

  @IsOptional()
  @BoundedString(500)
  reason?: string;

  /** who is paid and where; required for a deceased member (the heirs) */
  @IsOptional()
  @ValidateNested()
  @Type(() => PayeeDto)
  payee?: PayeeDto;
}

export class ApproveRedemptionDto extends DecideDto {
  /** payout due date, at most five years after the effective date (the latest by default) */
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  /** when the capital floor stands in the way: hold the request in the queue (default) or refuse it */
  @IsOptional()
  @IsOneOf(['wait', 'refuse'])
  onFloor?: 'wait' | 'refuse';
}

export class PayoutDto {
  @IsCalendarDate()
  paidOn: string;

  @IsOptional()
  @BoundedString(200)
  reference?: string;
}

/** Who is paid for a redemption, and where. */
export class PayeeViewDto {
  name: string;
  iban: string;
  bic: string | null;
}

export class RedemptionDto {
  id: string;
  memberId: string;
  shareClassCode: string;
  quantity: number;
  unitCents: number;
  lossPerShareCents: number;
  payoutCents: number;
  @DateProperty()
  effectiveOn: string;
  @ApiProperty({ enum: REDEMPTION_STATUSES })
  status: RedemptionStatus;
  /** why it waits (the capital floor) or why it was rejected */
  statusReason: string | null;
  reason: string | null;
  @DateProperty()
  decidedOn: string | null;
  decisionRef: string | null;
  @DateProperty()
  dueOn: string | null;
  @DateProperty()
  paidOn: string | null;
  paymentReference: string | null;
  payee: PayeeViewDto | null;
  requestedAt: Date;
  /** place in the queue of waiting requests (1: next) */
  queuePosition?: number;
  memberStatus?: string;
}

export class RedemptionQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiProperty({ enum: REDEMPTION_STATUSES, required: false })
  @IsOptional()
  @IsIn(REDEMPTION_STATUSES)
  status?: RedemptionStatus;
}

/** A redemption as a list shows it: with the member's name. */
export class RedemptionRowDto extends RedemptionDto {
  memberName: string;
  memberNumber: number | null;
}

export class RedemptionListDto {
  items: RedemptionRowDto[];
  total: number;
  nextCursor: string | null;
}

export class SepaBatchDto {
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  redemptionIds: string[];

  @IsCalendarDate()
  executionOn: string;

  /** the co-op's account the money leaves from */
  @ValidateNested()
  @Type(() => PayeeDto)
  debtor: PayeeDto;
}

// ---- ledger, holdings, capital ---------------------------------------------------------

export class AtQuery {
  /** a date YYYY-MM-DD (end of that day); today by default */
  @IsOptional()
  @IsCalendarDate()
  at?: string;
}

export class LedgerQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class LedgerItemDto implements LedgerItem {
  sequence: number;
  @DateProperty()
  effectiveOn: string;
  memberId: string;
  shareClassCode: string;
  @ApiProperty({ enum: MOVEMENT_KINDS })
  kind: MovementKind;
  quantity: number;
  unitCents: number;
  amountCents: number;
  operationType: string;
  operationId: string | null;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
  hash: string;
  previousHash: string;
}

/** A movement as the register's pages show it: with the member's name. */
export class LedgerRowDto extends LedgerItemDto {
  memberName: string;
  memberNumber: number | null;
}

export class LedgerListDto {
  items: LedgerRowDto[];
  total: number;
  nextCursor: string | null;
}

/** `POST ledger/reversals`: the operation that reverses, and its movements. */
export class ReversalResultDto {
  operationId: string;
  movements: LedgerItemDto[];
}

/** A chain head published on a statement or an export (recorded in the audit log), or given to check. */
export class PublishedAnchorDto {
  sequence: number;
  hash: string;
  /** capital-statement, capital-report, ledger-export, fec-export, fiscal-year-close; `query` for the one given */
  source: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  publishedAt: string | null;
}

/** The first movement whose hash does not follow from the one before, or that a published head contradicts. */
export class BrokenLinkDto {
  sequence: number;
  @ApiProperty({ enum: ['sequence-gap', 'previous-hash-mismatch', 'hash-mismatch', 'anchor-mismatch'] })
  reason: string;
  /** for `anchor-mismatch`: the head published earlier that the chain no longer gives (a chain rewritten since) */
  anchor?: PublishedAnchorDto;
}

export class ChainReportDto {
  valid: boolean;
  movements: number;
  /** the end of the chain verified (up to the first broken link) */
  lastSequence: number;
  lastHash: string;
  /** published heads checked against the chain (the audit log's, and the one given) */
  anchorsChecked: number;
  firstBroken: BrokenLinkDto | null;
}

/** `GET ledger/verify`: optionally a head read off a statement or an export, to check the chain against. */
export class LedgerVerifyQuery {
  /** the sequence printed with the head (0 for an empty register) */
  @ValidateIf((q: LedgerVerifyQuery) => q.hash !== undefined || q.sequence !== undefined)
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sequence?: number;

  /** the SHA-256 printed (64 hexadecimal digits) */
  @ValidateIf((q: LedgerVerifyQuery) => q.hash !== undefined || q.sequence !== undefined)
  @Matches(/^[0-9a-f]{64}$/, { message: 'hash must be 64 lowercase hexadecimal digits' })
  hash?: string;
}

export class ReversalDto {
  /** the sequence of a movement of the operation to reverse (every movement of that operation is reversed) */
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  sequence: number;

  @BoundedString(500)
  reason: string;

  /** today by default; must fall in an open fiscal year */
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string;
}

export class HoldingsDto {
  memberId: string;
  @DateProperty()
  at: string;
  totalQuantity: number;
  totalCents: number;
  classes: { shareClassCode: string; quantity: number; amountCents: number }[];
}

export class CapitalDto {
  @DateProperty()
  at: string;
  /** subscribed capital: shares × nominal */
  totalCents: number;
  calledCents: number;
  paidCents: number;
  totalShares: number;
  memberCount: number;
  /** redemptions may not bring the capital below this */
  floorCents: number;
  highestCapitalCents: number;
  minimumCapitalCents: number;
  classes: {
    shareClassCode: string;
    name: string;
    nominalCents: number;
    quantity: number;
    subscribedCents: number;
    calledCents: number;
    paidCents: number;
    memberCount: number;
  }[];
  colleges: {
    collegeCode: string | null;
    name: string;
    weightPercent: number | null;
    quantity: number;
    subscribedCents: number;
    memberCount: number;
  }[];
}

// ---- opening register, fiscal years, accounting ----------------------------------------

export class OpeningQuery extends AsyncImportQuery {
  /** the date of the register brought in (its holdings as of that day) */
  @IsCalendarDate()
  openedOn: string;

  /** the capital the register declares: the import is refused unless the holdings add up to it */
  @Type(() => Number)
  @Cents(0)
  declaredCapitalCents: number;
}

export class OpeningResultDto {
  @DateProperty()
  openedOn: string;
  members: number;
  movements: number;
  capitalCents: number;
}

export class LossPerShareDto {
  @Matches(CODE, { message: 'shareClassCode must be a share class code' })
  shareClassCode: string;

  @Cents(0)
  lossPerShareCents: number;
}

export class CloseFiscalYearDto {
  /** the general assembly that approved the accounts */
  @IsOptional()
  @BoundedString(200)
  closingRef?: string;

  /**
   * the year closed at a loss: per class, the loss per share deducted from redemptions that took
   * effect during the year (loi 47-1775 art. 18)
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LossPerShareDto)
  lossPerShare?: LossPerShareDto[];
}

export class FiscalYearDto {
  @DateProperty()
  startOn: string;
  @DateProperty()
  endOn: string;
  @ApiProperty({ enum: ['open', 'closed'] })
  status: 'open' | 'closed';
  closedAt: Date | null;
  closingRef: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  /** per share class code: the loss per share, in cents, deducted from the year's redemptions */
  lossPerShare: Record<string, number>;
}

export class FiscalYearListDto {
  items: FiscalYearDto[];
  total: number;
  /** always null: the whole list fits in one page */
  nextCursor: string | null;
}

export const ACCOUNT_NUMBER = /^[0-9]{3}[0-9A-Za-z]{0,17}$/;

/** Account numbers of the organization's own chart; each starts with the 3 digits of the PCG. */
export class AccountingSettingsDto {
  @IsOptional()
  @Matches(/^[A-Z0-9]{1,10}$/, { message: 'journalCode must be 1–10 capital letters or digits' })
  journalCode?: string;

  @IsOptional()
  @BoundedString(100)
  journalLabel?: string;

  @IsOptional()
  @IsObject()
  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: { type: 'string' },
    description: `keys: ${ACCOUNT_KEYS.join(', ')}`,
  })
  accounts?: Record<string, string>;
}

export class AccountingSettingsViewDto {
  journalCode: string;
  journalLabel: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      required: ['number', 'label'],
      properties: { number: { type: 'string' }, label: { type: 'string' } },
    },
    description: `keys: ${ACCOUNT_KEYS.join(', ')}`,
  })
  accounts: Record<string, { number: string; label: string }>;
}

// ---- payout batches (SEPA files) ---------------------------------------------------------

export class CreatePayoutBatchDto extends SepaBatchDto {}

export class CancelPayoutBatchDto {
  /** why the file was not executed (rejected by the bank, never sent...) */
  @BoundedString(500)
  reason: string;
}

/** A redemption paid by a batch. */
export class PayoutBatchItemDto {
  redemptionId: string;
  memberId: string;
  amountCents: number;
  /** EndToEndId in the file: the redemption id without dashes */
  endToEndId: string;
}

export class PayoutBatchDto {
  id: string;
  /** GrpHdr/MsgId of the file, unique: derived from the batch id */
  messageId: string;
  @ApiProperty({ enum: PAYOUT_BATCH_STATUSES })
  status: PayoutBatchStatus;
  @DateProperty()
  executionOn: string;
  debtor: PayeeViewDto;
  transferCount: number;
  totalCents: number;
  fileName: string;
  items: PayoutBatchItemDto[];
  createdAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

export class PayoutBatchListDto {
  items: PayoutBatchDto[];
  total: number;
  nextCursor: string | null;
}
