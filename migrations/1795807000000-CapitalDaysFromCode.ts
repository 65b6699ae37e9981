import { MigrationInterface, QueryRunner } from 'typeorm';
import { CAPITAL_DAYS_FUNCTION } from '../libs/shares/src/capital-days.sql';

/**
 * socius_capital_days as written beside the service that calls it (libs/shares/src/capital-days.sql.ts):
 * the same query as migration 1795690000000 created, now deployed from that one text.
 */
export class CapitalDaysFromCode1795807000000 implements MigrationInterface {
  name = 'CapitalDaysFromCode1795807000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CAPITAL_DAYS_FUNCTION);
  }

  public async down(): Promise<void> {
    // the definition before differs from this one in its indentation only: nothing to undo
  }
}
