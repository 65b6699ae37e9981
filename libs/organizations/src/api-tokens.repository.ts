import { Injectable } from '@nestjs/common';
import type { ApiScope } from '@socius/auth';
import { firstRow, run } from '@socius/database';
import type { EntityManager } from 'typeorm';

/** A live token (not revoked, not expired) with its organization's slug. */
export interface ActiveApiTokenRow {
  id: string;
  organization_id: string;
  slug: string;
  scopes: ApiScope[];
  last_used_at: Date | null;
}

/** The API tokens' SQL: resolving a presented token, noting its use. */
@Injectable()
export class ApiTokensRepository {
  findActiveByHash(em: EntityManager, secretHash: string): Promise<ActiveApiTokenRow | undefined> {
    return firstRow<ActiveApiTokenRow>(
      em,
      `SELECT t.id, t.organization_id, o.slug, t.scopes, t.last_used_at
           FROM api_tokens t JOIN organizations o ON o.id = t.organization_id
          WHERE t.secret_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [secretHash],
    );
  }

  async noteUse(em: EntityManager, id: string): Promise<void> {
    await run(em, `UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [id]);
  }
}
