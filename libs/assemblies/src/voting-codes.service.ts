import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { hashCode, votingCodeKeyOf, votingCodeOf } from './voting-code';
import { VotingCodesRepository } from './voting-codes.repository';

/** A member's current voting code for an assembly: the id of its issue, and the code derived from it. */
export interface IssuedCode {
  codeId: string;
  code: string;
}

/**
 * Issues, derives again and revokes voting codes (voting-code.ts). No method answers a code to an API
 * caller: the convocation jobs put them in e-mails, and the postal letters print them.
 */
@Injectable()
export class VotingCodesService {
  private readonly key: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly votingCodes: VotingCodesRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = votingCodeKeyOf(config.BALLOT_SECRET);
  }

  /**
   * The current codes of these members for the assembly, by member id; a member without one is
   * issued one now (its id and hash stored, the issue audited). Asked again, it answers the same codes.
   */
  async ensure(
    em: EntityManager,
    organizationId: string,
    assemblyId: string,
    memberIds: string[],
  ): Promise<Map<string, IssuedCode>> {
    if (!memberIds.length) return new Map();
    const ids = memberIds.map(() => randomUUID());
    const issued = await this.votingCodes.issueMissing(em, {
      organizationId,
      assemblyId,
      ids,
      memberIds,
      codeHashes: ids.map((id) => hashCode(this.codeOf(id))),
    });
    if (issued.length)
      await this.audit.record(em, {
        organizationId,
        action: 'assembly.voting-codes-issued',
        entityType: 'assembly',
        entityId: assemblyId,
        changes: { count: issued.length },
      });
    const rows = await this.votingCodes.currentIssues(em, assemblyId, memberIds);
    return new Map(rows.map((r) => [r.memberId, { codeId: r.id, code: this.codeOf(r.id) }]));
  }

  /**
   * Revokes the member's code for the assembly (if any) and issues them a new one, in the caller's
   * transaction; answers the new code's id and whether an old code was revoked. Other members' codes
   * are untouched.
   */
  async reissue(
    em: EntityManager,
    organizationId: string,
    assemblyId: string,
    memberId: string,
  ): Promise<{ codeId: string; revokedCodeId: string | null }> {
    const old = await this.votingCodes.lockCurrentIssue(em, assemblyId, memberId);
    const codeId = randomUUID();
    await this.votingCodes.replaceIssue(
      em,
      organizationId,
      assemblyId,
      memberId,
      codeId,
      hashCode(this.codeOf(codeId)),
    );
    return { codeId, revokedCodeId: old?.id ?? null };
  }

  /** The code of the member's current issue if it is still `codeId` (not revoked since), else null. */
  async current(assemblyId: string, memberId: string, codeId: string): Promise<string | null> {
    const current = await this.votingCodes.isCurrent(this.dataSource.manager, assemblyId, memberId, codeId);
    return current ? this.codeOf(codeId) : null;
  }

  /** The code of an issue, derived again from the server's secret (never stored). */
  private codeOf(codeId: string): string {
    return votingCodeOf(this.key, codeId);
  }
}
