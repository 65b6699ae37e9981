import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pooled funding between co-ops (issue 18): a host naming another organization as the contributor
 * no longer puts the contribution in that organization's books by itself. The slug the host typed
 * is kept with a confirmation status; the named organization's admin confirms or refuses. The host
 * sees "pending" whether or not the slug exists, so it learns nothing about other organizations.
 */
export class PooledFundingConfirmation1795761000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE contributions ADD COLUMN partner_slug varchar(63)`);
    await queryRunner.query(`ALTER TABLE contributions ADD COLUMN partner_status varchar(10)`);
    // links recorded before were made by the host alone: they stand as confirmed
    await queryRunner.query(
      `UPDATE contributions c SET partner_slug = o.slug, partner_status = 'confirmed'
         FROM organizations o WHERE o.id = c.contributor_organization_id`,
    );
    await queryRunner.query(
      `ALTER TABLE contributions ADD CONSTRAINT contributions_partner_status_check
         CHECK (partner_status IN ('pending', 'confirmed', 'refused') AND partner_slug IS NOT NULL
                OR partner_status IS NULL AND partner_slug IS NULL AND contributor_organization_id IS NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE contributions DROP CONSTRAINT contributions_partner_status_check`);
    await queryRunner.query(`ALTER TABLE contributions DROP COLUMN partner_status`);
    await queryRunner.query(`ALTER TABLE contributions DROP COLUMN partner_slug`);
  }
}
