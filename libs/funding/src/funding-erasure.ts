import { Injectable, OnModuleInit } from '@nestjs/common';
import { DocumentErasure } from '@socius/documents';
import { MemberErasure, type ErasedMember, type ErasureParticipant } from '@socius/members';
import type { EntityManager } from 'typeorm';
import { ContributionsRepository } from './contributions.repository';

/**
 * An erased member's contributions, and those a person gave under the same address before joining:
 * the name becomes the pseudonym and is no longer shown publicly, the address and e-mail go; their
 * receipts are pseudonymized with them. Amounts and dates stay (the campaign's and the books' figures).
 */
@Injectable()
export class FundingErasure implements ErasureParticipant, OnModuleInit {
  constructor(
    private readonly erasure: MemberErasure,
    private readonly documents: DocumentErasure,
    private readonly contributions: ContributionsRepository,
  ) {}

  onModuleInit(): void {
    this.erasure.register(this);
  }

  async eraseMember(em: EntityManager, member: ErasedMember): Promise<() => Promise<void>> {
    const ids = await this.contributions.eraseContributor(
      em,
      member.organizationId,
      member.memberId,
      member.formerEmail,
      member.pseudonym,
    );
    return this.documents.eraseSubjects(em, member.organizationId, ids, member.pseudonym);
  }
}
