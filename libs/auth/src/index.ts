export {
  ACCESS_KEY,
  Authenticated,
  CurrentUser,
  OperatorToken,
  Org,
  Public,
  ROLES,
  Roles,
  TOKEN_SCOPE_KEY,
  TokenScope,
} from './access.decorators';
export type { AccessRule, AuthUser, OrgContext, Role } from './access.decorators';
export { AccessGuard } from './access.guard';
export { API_SCOPES } from './api-scopes';
export type { ApiScope } from './api-scopes';
export { ApiTokenResolver, apiTokenHash, newApiToken } from './api-tokens';
export type { ApiTokenIdentity } from './api-tokens';
export { AuthModule } from './auth.module';
export { AuthService, toUserDto } from './auth.service';
export {
  AccessTokenDto,
  ChangePasswordDto,
  LoginDto,
  LoginResponseDto,
  MeDto,
  PasswordResetConfirmDto,
  PasswordResetDto,
  RecoveryCodesDto,
  RefreshDto,
  SessionListDto,
  SignupDto,
  SignupResponseDto,
  TokenDto,
  TokensDto,
  TotpConfirmDto,
  TotpEnableDto,
  TotpSetupDto,
} from './dto/auth.dto';
export { UserToken } from './entities/user-token.entity';
export type { UserTokenPurpose } from './entities/user-token.entity';
export { User } from './entities/user.entity';
export { assertNotSetByMember, assertOwnRecord, ownRecordsOnly } from './member-scope';
export { OrgRoleResolver } from './org-role.resolver';
export { assertStrongPassword, hashPassword } from './passwords';
export { SecretBox } from './secret-box';
export { CSRF_HEADER, SESSION_COOKIE, SessionsService, sha256 } from './sessions.service';
export type { ClientInfo, Credentials } from './sessions.service';
export { ThrottleModule } from './throttle.module';
export { ThrottleService } from './throttle.service';
export { TOTP_CODE, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep, totpUrl } from './totp';
