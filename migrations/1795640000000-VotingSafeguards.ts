import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The college weights a resolution is counted with, fixed when it opens; and, for a secret ballot,
 * a second hash of the voter's receipt kept with their participation, so that only the holder of
 * that receipt can replace their ballot (it cannot be joined to the ballot box without the receipt);
 * and each ballot's Merkle leaf, computed once when it is cast, so sealing reads leaves in key order.
 */
export class VotingSafeguards1795640000000 implements MigrationInterface {
  name = 'VotingSafeguards1795640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resolutions" ADD "college_weights" jsonb`);
    await queryRunner.query(`ALTER TABLE "participations" ADD "owner_hash" character(64)`);
    await queryRunner.query(`ALTER TABLE "ballots" ADD "leaf_hash" character(64) NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "leaf_hash"`);
    await queryRunner.query(`ALTER TABLE "participations" DROP COLUMN "owner_hash"`);
    await queryRunner.query(`ALTER TABLE "resolutions" DROP COLUMN "college_weights"`);
  }
}
