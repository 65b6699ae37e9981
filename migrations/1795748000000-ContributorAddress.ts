import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outside donor's address and a company donor's SIREN (issue 15): a donation receipt must show
 * the donor's address (cerfa 11580), and a company's receipt is the 2041-MEC-SD (cerfa 16216).
 */
export class ContributorAddress1795748000000 implements MigrationInterface {
  name = 'ContributorAddress1795748000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "contributions"
            ADD "contributor_address" character varying(500),
            ADD "contributor_siren" character(9)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contributions" DROP COLUMN "contributor_siren", DROP COLUMN "contributor_address"`,
    );
  }
}
