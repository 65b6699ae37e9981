import { Module } from '@nestjs/common';
import { APP_CONFIG } from '@socius/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssembliesModule } from '@socius/assemblies';
import { AuditModule } from '@socius/audit';
import { ThrottleModule } from '@socius/auth';
import { JobsModule } from '@socius/jobs';
import { MembersModule } from '@socius/members';
import { NotificationsModule } from '@socius/notifications';
import { OrganizationsModule } from '@socius/organizations';
import { SharesModule } from '@socius/shares';
import { AnnualCertificatesService } from './annual-certificates.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { DocumentErasure } from './document-erasure';
import { DocumentRegistryController, MinutesController, VerificationController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { IssuedDocument } from './entities/document.entity';
import { MinutesDetails } from './entities/minutes-details.entity';
import { MinutesService } from './minutes.service';
import { RenderPool } from './pdf/render-pool';
import { DOCUMENT_STORAGE, documentStorageFromConfig } from './storage';

@Module({
  imports: [
    TypeOrmModule.forFeature([IssuedDocument, MinutesDetails]),
    AuditModule,
    ThrottleModule,
    OrganizationsModule,
    AssembliesModule,
    MembersModule,
    SharesModule,
    JobsModule,
    NotificationsModule,
  ],
  controllers: [VerificationController, MinutesController, CertificatesController, DocumentRegistryController],
  providers: [
    RenderPool,
    DocumentsService,
    MinutesService,
    CertificatesService,
    AnnualCertificatesService,
    DocumentErasure,
    { provide: DOCUMENT_STORAGE, inject: [APP_CONFIG], useFactory: documentStorageFromConfig },
  ],
  exports: [DocumentsService, CertificatesService, DocumentErasure],
})
export class DocumentsModule {}
