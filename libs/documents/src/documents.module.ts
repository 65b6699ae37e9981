import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssembliesModule } from '@socius/assemblies';
import { AuditModule } from '@socius/audit';
import { OrganizationsModule } from '@socius/organizations';
import { MinutesController, VerificationController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { IssuedDocument } from './entities/document.entity';
import { MinutesService } from './minutes.service';
import { DOCUMENT_STORAGE, documentStorageFromEnv } from './storage';

@Module({
  imports: [TypeOrmModule.forFeature([IssuedDocument]), AuditModule, OrganizationsModule, AssembliesModule],
  controllers: [VerificationController, MinutesController],
  providers: [DocumentsService, MinutesService, { provide: DOCUMENT_STORAGE, useFactory: () => documentStorageFromEnv() }],
  exports: [DocumentsService],
})
export class DocumentsModule {}
