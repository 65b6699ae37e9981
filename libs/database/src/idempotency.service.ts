import { Injectable } from '@nestjs/common';
import { BusinessRuleError, RequestContext } from '@socius/core';
import { DataSource, EntityManager } from 'typeorm';

/**
 * One transaction per command, guarded by the request's `Idempotency-Key` when it has one. The key
 * is claimed first: a concurrent duplicate waits on the row lock, then finds the stored answer.
 * The answer is stored in the same transaction as the change, so either both exist or neither.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `sealing`: how the answer is stored and read back, for answers the table must not hold in clear
   * (a ballot's receipt).
   */
  async transaction<T>(
    organizationId: string,
    work: (em: EntityManager) => Promise<T>,
    sealing?: { seal(answer: T): unknown; open(stored: unknown): T },
  ): Promise<T> {
    const idem = RequestContext.current().idempotency;
    if (!idem) return this.dataSource.transaction(work);
    return this.dataSource.transaction(async (em) => {
      const claimed = await em.query(
        `INSERT INTO idempotency_keys (organization_id, key, fingerprint, response) VALUES ($1, $2, $3, 'null')
         ON CONFLICT DO NOTHING RETURNING key`,
        [organizationId, idem.key, idem.fingerprint],
      );
      if (!claimed.length) {
        const [row] = await em.query(
          `SELECT fingerprint, response FROM idempotency_keys WHERE organization_id = $1 AND key = $2`,
          [organizationId, idem.key],
        );
        if (row.fingerprint !== idem.fingerprint) {
          throw new BusinessRuleError(
            'idempotency-key-reused',
            'This Idempotency-Key was already used for another request; use a new key for a new request.',
            undefined,
            [{ field: 'Idempotency-Key', message: 'was used with another request' }],
          );
        }
        idem.replayed = true;
        return sealing ? sealing.open(row.response) : (row.response as T);
      }
      const result = await work(em);
      await em.query(`UPDATE idempotency_keys SET response = $3 WHERE organization_id = $1 AND key = $2`, [
        organizationId,
        idem.key,
        JSON.stringify(sealing ? sealing.seal(result) : (result ?? null)),
      ]);
      return result;
    });
  }
}
