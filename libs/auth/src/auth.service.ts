import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { ConflictError, UnauthorizedError } from '@socius/core';
import { pgCode, PG } from '@socius/database';
import * as argon2 from 'argon2';
import { Repository } from 'typeorm';
import { LoginDto, SignupDto, UserDto } from './dto/auth.dto';
import { User } from './entities/user.entity';
import { TokenClaims } from './access.guard';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both failures take the same time. */
  private readonly dummyHash = argon2.hash('socius-dummy-password', ARGON2_OPTIONS);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async signup(dto: SignupDto): Promise<{ accessToken: string; user: UserDto }> {
    const passwordHash = await AuthService.hashPassword(dto.password);
    try {
      const user = await this.users.save(this.users.create({ email: dto.email, name: dto.name.trim(), passwordHash }));
      return { accessToken: await this.issueToken(user), user: toUserDto(user) };
    } catch (error) {
      if (pgCode(error) === PG.uniqueViolation) {
        throw new ConflictError('email-taken', 'An account already uses this e-mail address.', undefined, [
          { field: 'email', message: 'is already registered' },
        ]);
      }
      throw error;
    }
  }

  async login(dto: LoginDto): Promise<{ accessToken: string }> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: dto.email })
      .getOne();
    const ok = user
      ? await argon2.verify(user.passwordHash, dto.password)
      : await argon2.verify(await this.dummyHash, dto.password).then(() => false);
    if (!user || !ok) throw new UnauthorizedError('E-mail or password is wrong.');
    return { accessToken: await this.issueToken(user) };
  }

  async me(userId: string): Promise<UserDto> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new UnauthorizedError('This account no longer exists.');
    return toUserDto(user);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  private issueToken(user: User): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, email: user.email } satisfies TokenClaims);
  }
}

export function toUserDto(user: User): UserDto {
  return { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt };
}
