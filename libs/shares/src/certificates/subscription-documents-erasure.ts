import { Injectable, OnModuleInit } from '@nestjs/common';
import { DocumentErasure } from '@socius/documents';
import { MemberErasure, type ErasedMember, type ErasureParticipant } from '@socius/members';
import type { EntityManager } from 'typeorm';
import { CertificatesRepository } from './certificates.repository';

/**
 * The receipts of an erased member's subscriptions: pseudonymized with the documents about the
 * member themselves (DocumentErasure), their stored files deleted once the erasure is committed.
 */
@Injectable()
export class SubscriptionDocumentsErasure implements ErasureParticipant, OnModuleInit {
  constructor(
    private readonly erasure: MemberErasure,
    private readonly documents: DocumentErasure,
    private readonly repository: CertificatesRepository,
  ) {}

  onModuleInit(): void {
    this.erasure.register(this);
  }

  async eraseMember(em: EntityManager, member: ErasedMember): Promise<() => Promise<void>> {
    const subscriptions = await this.repository.subscriptionIds(em, member.organizationId, member.memberId);
    return this.documents.eraseSubjects(em, member.organizationId, subscriptions, member.pseudonym);
  }
}
