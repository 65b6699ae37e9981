import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How long shares paid by instalments may take to be fully paid up (issue 15): 3 years from the
 * subscription by law (loi 47-1775 art. 12), less per the statutes, up to 5 under a special regime.
 */
export class InstalmentDeadline1795750000000 implements MigrationInterface {
  name = 'InstalmentDeadline1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD "instalment_deadline_years" smallint NOT NULL DEFAULT '3'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "organizations_instalment_deadline_check" CHECK ("instalment_deadline_years" BETWEEN 1 AND 5)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "organizations_instalment_deadline_check"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "instalment_deadline_years"`);
  }
}
