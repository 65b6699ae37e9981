import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@socius/audit';
import { AuthModule, OrgRoleResolver } from '@socius/auth';
import { JobsModule } from '@socius/jobs';
import { NotificationsModule } from '@socius/notifications';
import { Invitation } from './entities/invitation.entity';
import { OrganizationUser } from './entities/organization-user.entity';
import { Organization } from './entities/organization.entity';
import { OrganizationMailHandler } from './organization-mail.handler';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organization, OrganizationUser, Invitation]),
    AuthModule,
    AuditModule,
    JobsModule,
    NotificationsModule,
  ],
  controllers: [OrganizationsController, InvitationsController],
  providers: [
    OrganizationsService,
    InvitationsService,
    OrganizationMailHandler,
    { provide: OrgRoleResolver, useExisting: OrganizationsService },
  ],
  exports: [OrganizationsService, OrgRoleResolver],
})
export class OrganizationsModule {}
