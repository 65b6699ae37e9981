import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@socius/audit';
import { ThrottleModule } from '@socius/auth';
import { FundingModule } from '@socius/funding';
import { SharesModule } from '@socius/shares';
import { CheckoutsRepository } from './checkouts.repository';
import { PaymentAccount } from './entities/payment-account.entity';
import { PaymentCheckout } from './entities/payment-checkout.entity';
import { HelloAssoProvider } from './helloasso.provider';
import { PaymentNotificationsController, PaymentsController, PublicPaymentsController } from './payments.controller';
import { PaymentsService } from './payments.service';
import { PAYMENT_PROVIDERS, PaymentProviders } from './provider';

@Module({
  imports: [
    TypeOrmModule.forFeature([PaymentAccount, PaymentCheckout]),
    AuditModule,
    ThrottleModule,
    FundingModule,
    SharesModule,
  ],
  controllers: [PaymentsController, PublicPaymentsController, PaymentNotificationsController],
  providers: [
    { provide: PAYMENT_PROVIDERS, useFactory: (): PaymentProviders => ({ helloasso: new HelloAssoProvider() }) },
    CheckoutsRepository,
    PaymentsService,
  ],
  exports: [PaymentsService],
})
export class PaymentsModule {}
