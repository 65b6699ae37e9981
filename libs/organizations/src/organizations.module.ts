import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@socius/audit';
import { ApiTokenResolver, AuthModule, OrgRoleResolver } from '@socius/auth';
import { JobsModule } from '@socius/jobs';
import { NotificationsModule } from '@socius/notifications';
import { ApiTokensController } from './api-tokens.controller';
import { ApiTokensRepository } from './api-tokens.repository';
import { ApiTokensService } from './api-tokens.service';
import { ApiToken } from './entities/api-token.entity';
import { Invitation } from './entities/invitation.entity';
import { OrganizationUser } from './entities/organization-user.entity';
import { Organization } from './entities/organization.entity';
import { OrganizationMailHandler } from './organization-mail.handler';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organization, OrganizationUser, Invitation, ApiToken]),
    AuthModule,
    AuditModule,
    JobsModule,
    NotificationsModule,
  ],
  controllers: [OrganizationsController, InvitationsController, ApiTokensController],
  providers: [
    OrganizationsService,
    OrganizationsRepository,
    InvitationsService,
    ApiTokensService,
    ApiTokensRepository,
    OrganizationMailHandler,
    { provide: OrgRoleResolver, useExisting: OrganizationsService },
    { provide: ApiTokenResolver, useExisting: ApiTokensService },
  ],
  exports: [OrganizationsService, OrgRoleResolver, ApiTokenResolver],
})
export class OrganizationsModule {}
