import { Body, Controller, Delete, Get, HttpCode, Ip, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import {
  AccessTokenDto,
  AuthService,
  Authenticated,
  AuthUser,
  ChangePasswordDto,
  CurrentUser,
  LoginDto,
  LoginResponseDto,
  MeDto,
  PasswordResetConfirmDto,
  PasswordResetDto,
  Public,
  RefreshDto,
  SessionListDto,
  SessionsService,
  SignupDto,
  SignupResponseDto,
  TokenDto,
} from '@socius/auth';
import { ApiProblems, IdParam } from '@socius/core';
import type { Request, Response } from 'express';
import { AccountsService } from './accounts.service';

const client = (req: Request) => ({ ip: req.ip, userAgent: req.get('user-agent') });

@ApiTags('auth')
@Controller('v1/auth')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  /** Creates an account, signed in at once (bearer tokens); a link to verify the address is e-mailed. */
  @Post('signup')
  @Public()
  @ApiProblems({
    409: 'An account already uses this e-mail address (`/problems/email-taken`)',
    429: 'Too many sign-ups from this address: see Retry-After',
  })
  signup(@Body() dto: SignupDto, @Req() req: Request): Promise<SignupResponseDto> {
    return this.accounts.signup(dto, client(req));
  }

  /**
   * Signs in. `session: "bearer"` (default) answers an access token and a refresh token;
   * `session: "cookie"` sets an HttpOnly session cookie and answers the CSRF token. An account with
   * two-factor sign-in on needs `totpCode` too: without it 401 `totp-required`, wrong or already
   * used 401 `totp-invalid` (a wrong password is the plain 401 first).
   */
  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiProblems({
    401: 'Wrong e-mail or password',
    429: 'Too many attempts from this address, or the account is locked for a while: see Retry-After',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto> {
    const { body, cookie } = await this.accounts.login(dto, client(req));
    if (cookie) res.setHeader('Set-Cookie', cookie);
    return body;
  }

  /** A new access token from the refresh token of a bearer session still open. */
  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiProblems({ 401: 'The refresh token is unknown, or its session has ended' })
  refresh(@Body() dto: RefreshDto): Promise<AccessTokenDto> {
    return this.accounts.refresh(dto.refreshToken);
  }

  /** Ends this session: its cookie, access and refresh tokens stop working at once. */
  @Post('logout')
  @HttpCode(204)
  @Authenticated({ ssoSessions: true })
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.accounts.logout(user);
    if (user.via === 'cookie') res.setHeader('Set-Cookie', this.sessions.cookie('', 0));
  }

  /** My account; with a cookie session, the CSRF token to send on changes. */
  @Get('me')
  @Authenticated({ ssoSessions: true })
  async me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return {
      ...(await this.auth.me(user.id)),
      ...(user.via === 'cookie' ? { csrfToken: this.sessions.csrfToken(user.sessionId) } : {}),
    };
  }

  /** Confirms the address with the token of the link e-mailed at sign-up. */
  @Post('verify-email')
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse()
  verifyEmail(@Body() dto: TokenDto): Promise<void> {
    return this.accounts.verifyEmail(dto.token);
  }

  /** E-mails the verification link again. */
  @Post('verify-email/resend')
  @HttpCode(202)
  @Authenticated()
  @ApiAcceptedResponse()
  @ApiProblems({ 429: 'Too many e-mails asked for: see Retry-After' })
  resendVerification(@CurrentUser() user: AuthUser, @Ip() ip: string): Promise<void> {
    return this.accounts.resendVerification(user, ip);
  }

  /** E-mails a reset link if an account has this address: 202 either way. */
  @Post('password-reset')
  @HttpCode(202)
  @Public()
  @ApiAcceptedResponse()
  @ApiProblems({ 429: 'Too many resets asked for: see Retry-After' })
  requestPasswordReset(@Body() dto: PasswordResetDto, @Ip() ip: string): Promise<void> {
    return this.accounts.requestPasswordReset(dto.email, ip);
  }

  /** Sets a new password with the reset link's token; every session of the account ends. */
  @Post('password-reset/confirm')
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse()
  confirmPasswordReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    return this.accounts.confirmPasswordReset(dto.token, dto.password);
  }

  /** Changes the password; the account's other sessions end. */
  @Post('password')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse()
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.accounts.changePassword(user, dto.currentPassword, dto.newPassword);
  }

  /** My open sessions (browsers and API clients), the current one marked. */
  @Get('sessions')
  @Authenticated()
  sessionsList(@CurrentUser() user: AuthUser): Promise<SessionListDto> {
    return this.accounts.listSessions(user);
  }

  /** Ends one of my sessions. */
  @Delete('sessions/:id')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse()
  endSession(@CurrentUser() user: AuthUser, @IdParam('session') id: string): Promise<void> {
    return this.accounts.endSession(user, id);
  }
}
