import { Injectable, OnModuleInit } from '@nestjs/common';
import { MemberErasure, type ErasedMember, type ErasureParticipant } from '@socius/members';
import type { EntityManager } from 'typeorm';

/**
 * An erased member's redemptions: the payee's name becomes the pseudonym and the bank details go.
 * The ledger holds no name (only the member's id), so its hash chain is untouched.
 */
@Injectable()
export class SharesErasure implements ErasureParticipant, OnModuleInit {
  constructor(private readonly erasure: MemberErasure) {}

  onModuleInit(): void {
    this.erasure.register(this);
  }

  async eraseMember(em: EntityManager, member: ErasedMember): Promise<void> {
    await em.query(
      `UPDATE redemptions
          SET payee_name = CASE WHEN payee_name IS NULL THEN NULL ELSE $3 END, payee_iban = NULL, payee_bic = NULL
        WHERE organization_id = $1 AND member_id = $2`,
      [member.organizationId, member.memberId, member.pseudonym],
    );
  }
}
