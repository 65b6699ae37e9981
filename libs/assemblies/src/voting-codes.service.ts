import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { hashCode, votingCodeKeyOf, votingCodeOf } from './voting-code';

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
    const issued: { member_id: string }[] = await em.query(
      `INSERT INTO voting_codes (id, assembly_id, member_id, organization_id, code_hash)
       SELECT i, $1, m, $2, h FROM unnest($3::uuid[], $4::uuid[], $5::text[]) AS x(i, m, h)
       ON CONFLICT (assembly_id, member_id) DO NOTHING RETURNING member_id`,
      [assemblyId, organizationId, ids, memberIds, ids.map((id) => hashCode(this.codeOf(id)))],
    );
    if (issued.length)
      await this.audit.record(em, {
        organizationId,
        action: 'assembly.voting-codes-issued',
        entityType: 'assembly',
        entityId: assemblyId,
        changes: { count: issued.length },
      });
    const rows: { id: string; member_id: string }[] = await em.query(
      `SELECT id, member_id FROM voting_codes WHERE assembly_id = $1 AND member_id = ANY($2::uuid[])`,
      [assemblyId, memberIds],
    );
    return new Map(rows.map((r) => [r.member_id, { codeId: r.id, code: this.codeOf(r.id) }]));
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
    const [old] = await em.query(`SELECT id FROM voting_codes WHERE assembly_id = $1 AND member_id = $2 FOR UPDATE`, [
      assemblyId,
      memberId,
    ]);
    const codeId = randomUUID();
    await em.query(
      `INSERT INTO voting_codes (id, assembly_id, member_id, organization_id, code_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (assembly_id, member_id) DO UPDATE SET id = EXCLUDED.id, code_hash = EXCLUDED.code_hash, created_at = now()`,
      [codeId, assemblyId, memberId, organizationId, hashCode(this.codeOf(codeId))],
    );
    return { codeId, revokedCodeId: old?.id ?? null };
  }

  /** The code of the member's current issue if it is still `codeId` (not revoked since), else null. */
  async current(assemblyId: string, memberId: string, codeId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM voting_codes WHERE assembly_id = $1 AND member_id = $2 AND id = $3`,
      [assemblyId, memberId, codeId],
    );
    return row ? this.codeOf(codeId) : null;
  }

  /** The code of an issue, derived again from the server's secret (never stored). */
  private codeOf(codeId: string): string {
    return votingCodeOf(this.key, codeId);
  }
}
