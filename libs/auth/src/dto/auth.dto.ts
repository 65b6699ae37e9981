import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { BoundedString, IsOneOf } from '@socius/core';
import { RECOVERY_CODE, TOTP_CODE } from '../totp';

const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** An e-mail address, trimmed and lower-cased. */
export const EmailField = () =>
  applyDecorators(
    Transform(normaliseEmail),
    IsEmail({}, { message: '$property must be an e-mail address' }),
    MaxLength(254),
  );

/** A secret from a link (verification, reset, invitation). */
const LinkToken = () => applyDecorators(IsString(), MinLength(20), MaxLength(200));

/** A code typed by hand: spaces dropped (apps show `123 456`). */
const withoutSpaces = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(/\s+/g, '') : value;

/** The 6-digit code of the authenticator app. */
const TotpCode = () =>
  applyDecorators(
    Transform(withoutSpaces),
    IsString(),
    Matches(TOTP_CODE, { message: '$property must be the 6 digits shown by your authenticator app' }),
  );

/** The 6-digit code of the authenticator app, or one of the account's recovery codes (`xxxxx-xxxxx`). */
const SecondFactorCode = () =>
  applyDecorators(
    Transform(withoutSpaces),
    IsString(),
    Matches(new RegExp(`${TOTP_CODE.source}|${RECOVERY_CODE.source}`), {
      message: '$property must be the 6 digits shown by your authenticator app, or a recovery code (xxxxx-xxxxx)',
    }),
  );

/** A password to confirm who asks (not checked for strength: it is the current one). */
const CurrentPassword = () => applyDecorators(IsString(), MinLength(1), MaxLength(200));

/** A new password: at least 10 characters, and hard to guess (checked by zxcvbn-ts in the service). */
const NewPassword = () => applyDecorators(IsString(), MinLength(10), MaxLength(200));

export class SignupDto {
  @EmailField()
  email: string;

  /** At least 10 characters, and hard to guess. */
  @NewPassword()
  password: string;

  @BoundedString(200)
  name: string;
}

export class LoginDto {
  @EmailField()
  email: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;

  /**
   * `bearer` (default): answers an access token and a refresh token, for API clients. `cookie`:
   * sets an HttpOnly session cookie and answers the CSRF token to send back on changes, for browsers.
   */
  @IsOptional()
  @IsOneOf(['bearer', 'cookie'])
  session?: 'bearer' | 'cookie';

  /**
   * With two-factor sign-in on: the 6-digit code of the authenticator app, or one of the recovery
   * codes (each good once). Without it such an account is answered 401 `totp-required`.
   */
  @IsOptional()
  @SecondFactorCode()
  totpCode?: string;
}

export class RefreshDto {
  @LinkToken()
  refreshToken: string;
}

export class TokenDto {
  @LinkToken()
  token: string;
}

export class PasswordResetDto {
  @EmailField()
  email: string;
}

export class PasswordResetConfirmDto {
  @LinkToken()
  token: string;

  @NewPassword()
  password: string;
}

export class ChangePasswordDto {
  @CurrentPassword()
  currentPassword: string;

  @NewPassword()
  newPassword: string;
}

export class UserDto {
  id: string;
  email: string;
  name: string;
  /** whether the owner of the address followed the verification link: until then no role can be given */
  emailVerified: boolean;
  /** whether signing in takes a code from an authenticator app (TOTP) besides the password */
  twoFactorEnabled: boolean;
  createdAt: Date;
}

export class MeDto extends UserDto {
  /** with a cookie session: the token to send in `X-CSRF-Token` on every change */
  csrfToken?: string;
}

/** A bearer session: a short-lived access token, and the refresh token that renews it. */
export class TokensDto {
  accessToken: string;
  /** seconds until the access token expires */
  expiresIn: number;
  /** renews the access token (`POST /v1/auth/refresh`); ends with the session */
  refreshToken: string;
}

export class SignupResponseDto extends TokensDto {
  user: UserDto;
}

export class LoginResponseDto {
  accessToken?: string;
  expiresIn?: number;
  refreshToken?: string;
  user: UserDto;
  /** with `session: "cookie"`: send it in `X-CSRF-Token` on every change */
  csrfToken?: string;
}

export class AccessTokenDto {
  accessToken: string;
  expiresIn: number;
}

export class SessionDto {
  id: string;
  @ApiProperty({ enum: ['cookie', 'bearer'] })
  kind: 'cookie' | 'bearer';
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  /** the session this request comes from */
  current: boolean;
}

export class SessionListDto {
  items: SessionDto[];
  total: number;
  nextCursor: string | null;
}

/** Confirms the authenticator app: the code it shows for the secret of `totp/setup`. */
export class TotpEnableDto {
  @TotpCode()
  code: string;
}

/** Proves both factors again to change them: the password and a code (or a recovery code). */
export class TotpConfirmDto {
  @CurrentPassword()
  password: string;

  @SecondFactorCode()
  code: string;
}

/** A new authenticator secret, pending until `totp/enable` confirms a code of it. */
export class TotpSetupDto {
  /** base32, to type into the app by hand */
  secret: string;
  /** `otpauth://totp/Socius:<e-mail>?secret=…&issuer=Socius`, to show as a QR code */
  otpauthUrl: string;
}

/** Recovery codes, shown this once: each signs in once instead of the app's code. */
export class RecoveryCodesDto {
  recoveryCodes: string[];
}
