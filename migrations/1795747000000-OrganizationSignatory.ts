import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What documents must show of the co-op (issue 15): the registry city after the RCS number
 * (C. com. R123-237) and who signs certificates, with where.
 */
export class OrganizationSignatory1795747000000 implements MigrationInterface {
  name = 'OrganizationSignatory1795747000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "rcs_city" character varying(100),
            ADD "legal_representative_name" character varying(200),
            ADD "legal_representative_title" character varying(100),
            ADD "signature_place" character varying(100)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "organizations"
            DROP COLUMN "signature_place",
            DROP COLUMN "legal_representative_title",
            DROP COLUMN "legal_representative_name",
            DROP COLUMN "rcs_city"
        `);
  }
}
