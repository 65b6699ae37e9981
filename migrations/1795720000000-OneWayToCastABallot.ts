import { MigrationInterface, QueryRunner } from 'typeorm';
import { BallotsWaitForClosing1795685000000 } from './1795685000000-BallotsWaitForClosing';

/**
 * One definition of how a ballot is written (issue 14): every ballot — own or by proxy, first or
 * changed, open or secret (encrypted, which SQL cannot do) — goes through VotingService.castIn, so
 * the function `socius_cast_ballot`, a second definition of the same rules, is dropped.
 */
export class OneWayToCastABallot1795720000000 implements MigrationInterface {
  name = 'OneWayToCastABallot1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS socius_cast_ballot`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await new BallotsWaitForClosing1795685000000().up(queryRunner);
  }
}
