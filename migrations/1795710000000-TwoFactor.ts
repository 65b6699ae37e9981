import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP): each account may keep an authenticator app's secret (sealed with
 * AES-256-GCM, never in clear), the last time step it accepted (a code is good once) and its
 * recovery codes (SHA-256, each removed when used); an organization may require it of its admins.
 */
export class TwoFactor1795710000000 implements MigrationInterface {
  name = 'TwoFactor1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "totp_secret" character varying(200)
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "totp_last_step" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "totp_recovery_code_hashes" character varying(64) array
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "require_admin_two_factor" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "users_totp_check" CHECK (
                    "totp_enabled_at" IS NULL
                    OR "totp_secret" IS NOT NULL
                )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "users_totp_check"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "require_admin_two_factor"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "totp_recovery_code_hashes"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "totp_last_step"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "totp_enabled_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "totp_secret"
        `);
  }
}
