import { Module } from '@nestjs/common';
import { APP_CONFIG } from '@socius/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottleModule } from '@socius/auth';
import { MembersModule } from '@socius/members';
import { DocumentErasure } from './document-erasure';
import { DocumentRegistryController, VerificationController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { IssuedDocument } from './entities/document.entity';
import { RenderPool } from './pdf/render-pool';
import { DOCUMENT_STORAGE, documentStorageFromConfig } from './storage';

/**
 * The registry of issued documents and what draws them. The domains import it and issue their
 * documents through DocumentsService (share certificates: shares; minutes: assemblies; receipts: funding).
 */
@Module({
  imports: [TypeOrmModule.forFeature([IssuedDocument]), ThrottleModule, MembersModule],
  controllers: [VerificationController, DocumentRegistryController],
  providers: [
    RenderPool,
    DocumentsRepository,
    DocumentsService,
    DocumentErasure,
    { provide: DOCUMENT_STORAGE, inject: [APP_CONFIG], useFactory: documentStorageFromConfig },
  ],
  exports: [DocumentsService, DocumentErasure],
})
export class DocumentsModule {}
