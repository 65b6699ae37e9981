import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Voting codes go to members only (issue 14): each issue of a code gets an id, from which the
 * code is derived with the server's secret (so a retried e-mail sends the same code) and which the
 * audit log names as the actor of a ballot cast with it. Codes issued before keep working.
 */
export class VotingCodeIssues1795726400000 implements MigrationInterface {
  name = 'VotingCodeIssues1795726400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // the codes issued before get an id; new ones are given theirs by the application
    await queryRunner.query(`ALTER TABLE "voting_codes" ADD "id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "voting_codes" ALTER COLUMN "id" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "voting_codes" DROP COLUMN "id"`);
  }
}
