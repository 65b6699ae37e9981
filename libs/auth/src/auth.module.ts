import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { AuthController, LoginThrottlerGuard } from './auth.controller';
import { AuthService } from './auth.service';
import { User } from './entities/user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // a KeyObject: jsonwebtoken otherwise tries (and fails) to parse the secret as a public key on every verify
        secret: createSecretKey(Buffer.from(config.JWT_SECRET)) as never,
        signOptions: { expiresIn: config.JWT_EXPIRES_IN as never, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [
        { name: 'login', ttl: config.LOGIN_RATE_WINDOW_MS, limit: config.LOGIN_RATE_LIMIT },
      ],
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottlerGuard],
  exports: [AuthService, JwtModule],
})
export class AuthModule {}
