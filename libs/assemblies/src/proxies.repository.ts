import { Injectable } from '@nestjs/common';
import { firstRow } from '@socius/database';
import { EntityManager } from 'typeorm';

/** The SQL of proxies beyond their entity: what a holder holds, and what they have used on a resolution. */
@Injectable()
export class ProxiesRepository {
  /** How many unrevoked proxies the member holds in the assembly. */
  async heldCount(db: EntityManager, assemblyId: string, holderMemberId: string): Promise<number> {
    const row = await firstRow<{ held: number }>(
      db,
      `SELECT count(*)::int AS held FROM proxies WHERE assembly_id = $1 AND holder_member_id = $2 AND revoked_at IS NULL`,
      [assemblyId, holderMemberId],
    );
    return row!.held;
  }

  /** Whether the holder has an unrevoked proxy from the grantor in the assembly. */
  async isHeld(
    db: EntityManager,
    assemblyId: string,
    grantorMemberId: string,
    holderMemberId: string,
  ): Promise<boolean> {
    const row = await firstRow<{ held: 1 }>(
      db,
      `SELECT 1 AS held FROM proxies WHERE assembly_id = $1 AND grantor_member_id = $2 AND holder_member_id = $3 AND revoked_at IS NULL`,
      [assemblyId, grantorMemberId, holderMemberId],
    );
    return row !== undefined;
  }
}
