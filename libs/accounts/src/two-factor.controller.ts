import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import {
  Authenticated,
  AuthUser,
  CurrentUser,
  RecoveryCodesDto,
  TotpConfirmDto,
  TotpEnableDto,
  TotpSetupDto,
} from '@socius/auth';
import { TwoFactorService } from './two-factor.service';

/**
 * Two-factor sign-in of my account (TOTP): set up an authenticator app, turn it on (recovery codes
 * shown once), renew the recovery codes, turn it off. Answers holding secrets are never cached.
 */
@ApiTags('auth')
@Controller('v1/auth/totp')
@ApiTooManyRequestsResponse({ description: 'Too many wrong codes for this account lately: wait and retry' })
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  /**
   * A new secret for an authenticator app (its `otpauth://` URL to show as a QR code), pending
   * until `totp/enable` confirms a code of it. 409 when two-factor sign-in is already on.
   */
  @Post('setup')
  @HttpCode(200)
  @Authenticated()
  @Header('Cache-Control', 'no-store')
  setup(@CurrentUser() user: AuthUser): Promise<TotpSetupDto> {
    return this.twoFactor.setup(user);
  }

  /**
   * Turns two-factor sign-in on with the code the app shows: from now on signing in takes it too.
   * Answers ten recovery codes, this once: keep them somewhere safe.
   */
  @Post('enable')
  @HttpCode(200)
  @Authenticated()
  @Header('Cache-Control', 'no-store')
  enable(@CurrentUser() user: AuthUser, @Body() dto: TotpEnableDto): Promise<RecoveryCodesDto> {
    return this.twoFactor.enable(user, dto.code);
  }

  /** Turns two-factor sign-in off: the password, and a code of the app or a recovery code. */
  @Post('disable')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse()
  disable(@CurrentUser() user: AuthUser, @Body() dto: TotpConfirmDto): Promise<void> {
    return this.twoFactor.disable(user, dto.password, dto.code);
  }

  /** Ten new recovery codes, shown this once; the former ones stop working. */
  @Post('recovery-codes')
  @HttpCode(200)
  @Authenticated()
  @Header('Cache-Control', 'no-store')
  renewRecoveryCodes(@CurrentUser() user: AuthUser, @Body() dto: TotpConfirmDto): Promise<RecoveryCodesDto> {
    return this.twoFactor.renewRecoveryCodes(user, dto.password, dto.code);
  }
}
