import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ballot's Idempotency-Key row used to hold the member's id in its key, the receipt in its answer
 * and a fingerprint a choice recomputes (ballot-crypto.ts `ballotIdempotencyOf` now writes none of
 * them). The rows written so are deleted: a retry of such a ballot is then refused as already cast.
 */
export class UnlinkableBallotIdempotencyKeys1795806500000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM idempotency_keys WHERE key LIKE 'ballot:%:%'`);
  }

  public async down(): Promise<void> {
    // the deleted rows cannot come back, and need not
  }
}
