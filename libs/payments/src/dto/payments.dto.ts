import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsUrl, Matches, MaxLength } from 'class-validator';
import { BoundedString, Cents } from '@socius/core';
import { PAYMENT_PROVIDERS } from '../entities/payment-account.entity';
import type { PaymentProviderName } from '../entities/payment-account.entity';
import { CHECKOUT_STATUSES } from '../entities/payment-checkout.entity';
import type { CheckoutPurpose, CheckoutStatus } from '../entities/payment-checkout.entity';

export class PaymentAccountDto {
  @ApiProperty({ enum: PAYMENT_PROVIDERS })
  @IsIn(PAYMENT_PROVIDERS)
  provider: PaymentProviderName;

  /** the organization's name at the provider (HelloAsso: the slug in its URLs, e.g. `ma-cooperative`) */
  @Matches(/^[a-z0-9][a-z0-9-]{0,98}[a-z0-9]$/, {
    message: 'accountRef must be the organization slug at the provider (lowercase letters, digits, -)',
  })
  accountRef: string;

  @BoundedString(200)
  clientId: string;

  /** required the first time; left out, the stored secret is kept. Never shown again */
  @IsOptional()
  @BoundedString(200)
  clientSecret?: string;

  /** the provider's API: `https://api.helloasso.com`, or `https://api.helloasso-sandbox.com` to test */
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'baseUrl must be a URL' },
  )
  @MaxLength(200)
  baseUrl: string;

  /** checkouts offered (false: the account is kept, nothing is offered) */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class PaymentAccountViewDto {
  @ApiProperty({ enum: PAYMENT_PROVIDERS })
  provider: PaymentProviderName;
  accountRef: string;
  clientId: string;
  baseUrl: string;
  enabled: boolean;
  /** the URL to give the provider for its notifications */
  notificationUrl: string;
  updatedAt: Date;
}

export class PaymentAccountStateDto {
  /** null: no provider is set up */
  account: PaymentAccountViewDto | null;
}

export class PublicPaymentsDto {
  /** a payment by card (the provider's checkout) is offered */
  checkout: boolean;
}

export class PublicCheckoutDto {
  /** the donation */
  @Cents(100)
  amountCents: number;

  @BoundedString(100)
  firstName: string;

  @BoundedString(100)
  lastName: string;

  /** where the receipt is sent */
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  /** the postal address on one line, printed on a tax receipt */
  @IsOptional()
  @BoundedString(500)
  address?: string;

  /** the contributor agrees to be named on the public page */
  @IsOptional()
  @IsBoolean()
  publicName?: boolean;
}

export class SubscriptionCheckoutDto {
  /** part of what is due; the whole amount due when left out */
  @IsOptional()
  @Cents(1)
  amountCents?: number;
}

export class CheckoutStartedDto {
  checkoutId: string;
  /** where to send the payer: the provider's payment page */
  redirectUrl: string;
}

export class ConfirmCheckoutDto {
  /** how the payer came back: `return` after paying, `back` having left, `error` after a failure */
  @ApiProperty({ enum: ['return', 'back', 'error'], required: false })
  @IsOptional()
  @IsIn(['return', 'back', 'error'])
  outcome?: 'return' | 'back' | 'error';
}

export class CheckoutViewDto {
  id: string;
  @ApiProperty({ enum: ['contribution', 'subscription'] })
  purpose: CheckoutPurpose;
  amountCents: number;
  @ApiProperty({ enum: CHECKOUT_STATUSES })
  status: CheckoutStatus;
  paidAt: Date | null;
}

export class CheckoutAdminDto extends CheckoutViewDto {
  contributionId: string | null;
  subscriptionId: string | null;
  provider: string;
  providerReference: string | null;
  providerPaymentId: string | null;
  /** why it is unmatched */
  problem: string | null;
  createdAt: Date;
  checkedAt: Date | null;
}

export class CheckoutListDto {
  items: CheckoutAdminDto[];
}
