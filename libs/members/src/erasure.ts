import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A departed member whose personal data is being erased, as the other libraries see them. */
export interface ErasedMember {
  organizationId: string;
  memberId: string;
  /** the address their records were kept under, now gone from the member */
  formerEmail: string | null;
  /** what stands for their name from now on ("Sociétaire n°12") */
  pseudonym: string;
}

/**
 * A library's part in erasing a member: it pseudonymizes its own tables' personal columns (listed
 * in personal-data.ts) inside the erasure's transaction, and may answer what to do once that is
 * committed (stored files to delete: they cannot be rolled back).
 */
export interface ErasureParticipant {
  eraseMember(em: EntityManager, member: ErasedMember): Promise<(() => Promise<void>) | void>;
}

/**
 * The libraries above `members` (shares, funding, documents) register here at start-up, so the
 * erasure reaches their records without `members` depending on them.
 */
@Injectable()
export class MemberErasure {
  private readonly participants: ErasureParticipant[] = [];

  register(participant: ErasureParticipant): void {
    this.participants.push(participant);
  }

  /** Runs every participant in `em`'s transaction; answers the after-commit work. */
  async run(em: EntityManager, member: ErasedMember): Promise<(() => Promise<void>)[]> {
    const afterCommit: (() => Promise<void>)[] = [];
    for (const participant of this.participants) {
      const then = await participant.eraseMember(em, member);
      if (then) afterCommit.push(then);
    }
    return afterCommit;
  }
}
