import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { BoundedString } from '@socius/core';

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
  @IsIn(['bearer', 'cookie'])
  session?: 'bearer' | 'cookie';
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
  @IsString()
  @MinLength(1)
  @MaxLength(200)
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
