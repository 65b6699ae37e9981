import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The college weights a resolution is counted with, fixed when it opens; and, for a secret ballot,
 * a second hash of the voter's receipt kept with their participation, so that only the holder of
 * that receipt can replace their ballot (it cannot be joined to the ballot box without the receipt).
 */
export class VotingSafeguards1795640000000 implements MigrationInterface {
  name = 'VotingSafeguards1795640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resolutions" ADD "college_weights" jsonb`);
    await queryRunner.query(`ALTER TABLE "participations" ADD "owner_hash" character(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participations" DROP COLUMN "owner_hash"`);
    await queryRunner.query(`ALTER TABLE "resolutions" DROP COLUMN "college_weights"`);
  }
}
