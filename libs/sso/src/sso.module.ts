import { Module } from '@nestjs/common';
import { AuditModule } from '@socius/audit';
import { AuthModule } from '@socius/auth';
import { OrganizationsModule } from '@socius/organizations';
import { IdentityProvidersController } from './identity-providers.controller';
import { IdentityProvidersService } from './identity-providers.service';
import { SsoController } from './sso.controller';
import { SsoRepository } from './sso.repository';
import { SsoService } from './sso.service';

/** Single sign-on: the identity providers organizations trust (OpenID Connect) and signing in through them. */
@Module({
  imports: [AuthModule, AuditModule, OrganizationsModule],
  controllers: [IdentityProvidersController, SsoController],
  providers: [IdentityProvidersService, SsoService, SsoRepository],
})
export class SsoModule {}
