import { Injectable, OnModuleInit } from '@nestjs/common';
import { DocumentErasure } from '@socius/documents';
import { MemberErasure, type ErasedMember, type ErasureParticipant } from '@socius/members';
import type { EntityManager } from 'typeorm';

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
  ) {}

  onModuleInit(): void {
    this.erasure.register(this);
  }

  async eraseMember(em: EntityManager, member: ErasedMember): Promise<() => Promise<void>> {
    // an UPDATE … RETURNING answers [rows, count]
    const [contributions]: [{ id: string }[], number] = await em.query(
      `UPDATE contributions
          SET contributor_name = $4, contributor_email = NULL, contributor_address = NULL, public_name = false
        WHERE organization_id = $1
          AND (member_id = $2 OR (contributor_type = 'person' AND lower(contributor_email) = lower($3)))
        RETURNING id`,
      [member.organizationId, member.memberId, member.formerEmail, member.pseudonym],
    );
    return this.documents.eraseSubjects(
      em,
      member.organizationId,
      contributions.map((c) => c.id),
      member.pseudonym,
    );
  }
}
