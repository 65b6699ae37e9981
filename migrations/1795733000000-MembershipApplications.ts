import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public membership application: an organization opens it (closed by default, its form being
 * reachable by anyone) and may give the account applicants pay their shares into; a member keeps
 * the bank account they gave (refunds and redemption payouts).
 */
export class MembershipApplications1795733000000 implements MigrationInterface {
  name = 'MembershipApplications1795733000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "accepts_applications" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "payment_iban" character varying(34)
        `);
    await queryRunner.query(`
            ALTER TABLE "members"
            ADD "iban" character varying(34)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "members" DROP COLUMN "iban"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "payment_iban"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "accepts_applications"
        `);
  }
}
