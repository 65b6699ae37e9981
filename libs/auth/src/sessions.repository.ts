import { Injectable } from '@nestjs/common';
import { firstRow, run } from '@socius/database';
import type { EntityManager } from 'typeorm';

/** A live session named by an access token. */
export interface LiveSessionRow {
  lastUsedAt: Date;
  ssoOrganizationId: string | null;
}

/** A live session found by its secret, with its account's e-mail. */
export interface SessionBySecretRow {
  id: string;
  userId: string;
  email: string;
  lastUsedAt: Date;
  ssoOrganizationId: string | null;
}

@Injectable()
export class SessionsRepository {
  /** The user's session, when it has neither ended nor expired. */
  live(em: EntityManager, sessionId: string, userId: string): Promise<LiveSessionRow | undefined> {
    return firstRow<LiveSessionRow>(
      em,
      `SELECT last_used_at AS "lastUsedAt", sso_organization_id AS "ssoOrganizationId" FROM sessions WHERE id = $1 AND user_id = $2 AND ended_at IS NULL AND expires_at > now()`,
      [sessionId, userId],
    );
  }

  /** The live session of this kind whose secret hashes to `secretHash`. */
  bySecret(em: EntityManager, secretHash: string, kind: string): Promise<SessionBySecretRow | undefined> {
    return firstRow<SessionBySecretRow>(
      em,
      `SELECT s.id, s.user_id AS "userId", u.email, s.last_used_at AS "lastUsedAt", s.sso_organization_id AS "ssoOrganizationId" FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.secret_hash = $1 AND s.kind = $2 AND s.ended_at IS NULL AND s.expires_at > now()`,
      [secretHash, kind],
    );
  }

  /** Ends every live session of the user but `except`; answers how many ended. */
  async endAll(em: EntityManager, userId: string, except: string | null): Promise<number> {
    const { affected } = await run(
      em,
      `UPDATE sessions SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL AND ($2::uuid IS NULL OR id <> $2)`,
      [userId, except],
    );
    return affected;
  }

  /** Slides the session's expiry. */
  async touch(em: EntityManager, sessionId: string, lastUsedAt: Date, expiresAt: Date): Promise<void> {
    await run(em, `UPDATE sessions SET last_used_at = $2, expires_at = $3 WHERE id = $1`, [
      sessionId,
      lastUsedAt,
      expiresAt,
    ]);
  }
}
