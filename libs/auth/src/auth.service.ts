import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnauthorizedError } from '@socius/core';
import { Repository } from 'typeorm';
import { UserDto } from './dto/auth.dto';
import { User } from './entities/user.entity';
import { hashPassword, verifyPassword } from './passwords';

/** Accounts as the other libraries need them: who someone is, and whether their password is right. */
@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both failures take the same time. */
  private readonly dummyHash = hashPassword('socius-dummy-password');

  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** The account of these credentials, or 401 (the same answer and time for an unknown e-mail). */
  async checkCredentials(email: string, password: string): Promise<User> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const ok = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(await this.dummyHash, password).then(() => false);
    if (!user || !ok) throw new UnauthorizedError('E-mail or password is wrong.');
    return user;
  }

  async me(userId: string): Promise<UserDto> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new UnauthorizedError('This account no longer exists.');
    return toUserDto(user);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }
}

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerifiedAt !== null,
    twoFactorEnabled: Boolean(user.totpEnabledAt),
    createdAt: user.createdAt,
  };
}
