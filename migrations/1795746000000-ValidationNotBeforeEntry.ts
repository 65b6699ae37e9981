import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ValidDate never precedes EcritureDate (issue 15): entries dated ahead of the day they were written
 * (a redemption effective at the year end) were validated on that earlier day. They are validated on
 * their own date instead — the only update ever made to the append-only journal, with its trigger
 * set aside for this statement — and a CHECK keeps it so.
 */
export class ValidationNotBeforeEntry1795746000000 implements MigrationInterface {
  name = 'ValidationNotBeforeEntry1795746000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE accounting_entries DISABLE TRIGGER accounting_entries_no_update_delete`);
    await queryRunner.query(`UPDATE accounting_entries SET validated_on = entry_date WHERE validated_on < entry_date`);
    await queryRunner.query(`ALTER TABLE accounting_entries ENABLE TRIGGER accounting_entries_no_update_delete`);
    await queryRunner.query(
      `ALTER TABLE "accounting_entries" ADD CONSTRAINT "accounting_entries_validated_check" CHECK ("validated_on" >= "entry_date")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounting_entries" DROP CONSTRAINT "accounting_entries_validated_check"`);
  }
}
