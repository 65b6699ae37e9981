import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { createSecretKey } from 'node:crypto';
import { AuthService } from './auth.service';
import { Session } from './entities/session.entity';
import { UserToken } from './entities/user-token.entity';
import { User } from './entities/user.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, Session, UserToken]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // a KeyObject: jsonwebtoken otherwise tries (and fails) to parse the secret as a public key on every verify
        secret: createSecretKey(Buffer.from(config.JWT_SECRET)) as never,
        signOptions: { expiresIn: config.JWT_EXPIRES_IN as never, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AuthService, SessionsService, SessionsRepository],
  exports: [AuthService, SessionsService, JwtModule],
})
export class AuthModule {}
