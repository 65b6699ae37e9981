import { Injectable, OnModuleInit } from '@nestjs/common';
import { MemberErasure, type ErasedMember, type ErasureParticipant } from '@socius/members';
import type { EntityManager } from 'typeorm';
import { RedemptionsRepository } from './redemptions.repository';

/**
 * An erased member's redemptions: the payee's name becomes the pseudonym and the bank details go.
 * The ledger holds no name (only the member's id), so its hash chain is untouched.
 */
@Injectable()
export class SharesErasure implements ErasureParticipant, OnModuleInit {
  constructor(
    private readonly erasure: MemberErasure,
    private readonly redemptions: RedemptionsRepository,
  ) {}

  onModuleInit(): void {
    this.erasure.register(this);
  }

  async eraseMember(em: EntityManager, member: ErasedMember): Promise<void> {
    await this.redemptions.erasePayee(em, member.organizationId, member.memberId, member.pseudonym);
  }
}
