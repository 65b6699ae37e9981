import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members' personal calendar feeds (issue 19): one secret URL per member, kept hashed (to find it)
 * and sealed (to show it again); resetting replaces the secret.
 */
export class CalendarFeeds1795771000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE calendar_feeds (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        member_id uuid NOT NULL,
        secret_hash varchar(64) NOT NULL,
        secret_sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY (id),
        CONSTRAINT calendar_feeds_member_fk FOREIGN KEY (member_id, organization_id)
          REFERENCES members(id, organization_id) ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX calendar_feeds_secret_hash_key ON calendar_feeds (secret_hash)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX calendar_feeds_org_member_key ON calendar_feeds (organization_id, member_id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_feeds`);
  }
}
