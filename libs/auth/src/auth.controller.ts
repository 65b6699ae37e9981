import { Body, Controller, Get, HttpCode, Injectable, Post, UseGuards } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Authenticated, AuthUser, CurrentUser, Public } from './access.decorators';
import { AuthService } from './auth.service';
import { LoginDto, LoginResponseDto, SignupDto, SignupResponseDto, UserDto } from './dto/auth.dto';

/** Counts log-in attempts per address and per e-mail, so a spray across accounts is slowed too. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const email = typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : '';
    return `${req.ip}|${email}`;
  }
}

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('signup')
  @Public()
  signup(@Body() dto: SignupDto): Promise<SignupResponseDto> {
    return this.auth.signup(dto);
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @ApiTooManyRequestsResponse({ description: 'Too many attempts: wait and retry' })
  login(@Body() dto: LoginDto): Promise<LoginResponseDto> {
    return this.auth.login(dto);
  }

  @Get('me')
  @Authenticated()
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.auth.me(user.id);
  }
}
