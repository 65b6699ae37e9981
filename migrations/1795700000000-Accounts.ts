import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts people can trust: an address is an account's once its owner followed the verification
 * link (existing accounts start unverified and verify the same way); sessions (a browser's cookie,
 * an API client's refresh token) that signing out ends at once; single-use links for verifying and
 * resetting, and invitations to a role, all stored hashed.
 */
export class Accounts1795700000000 implements MigrationInterface {
  name = 'Accounts1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind" character varying(10) NOT NULL,
                "secret_hash" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "ip" character varying(64),
                "user_agent" character varying(300),
                CONSTRAINT "sessions_kind_check" CHECK ("kind" IN ('cookie', 'bearer')),
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "sessions_secret_hash_key" ON "sessions" ("secret_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "purpose" character varying(20) NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "user_tokens_purpose_check" CHECK ("purpose" IN ('verify-email', 'password-reset')),
                CONSTRAINT "PK_63764db9d9aaa4af33e07b2f4bf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "user_tokens_user_idx" ON "user_tokens" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "user_tokens_token_hash_key" ON "user_tokens" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "email" character varying(254) NOT NULL,
                "role" character varying(20) NOT NULL,
                "member_id" uuid,
                "token_hash" character varying(64),
                "invited_by_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "sent_count" integer NOT NULL DEFAULT '0',
                "last_sent_at" TIMESTAMP WITH TIME ZONE,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "accepted_by_user_id" uuid,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "invitations_role_check" CHECK ("role" IN ('admin', 'accountant', 'member')),
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "invitations_pending_key" ON "invitations" ("organization_id", "email")
            WHERE "accepted_at" IS NULL
                AND "revoked_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" ("token_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "email_verified_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_tokens"
            ADD CONSTRAINT "user_tokens_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "invitations_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "invitations_organization_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_tokens" DROP CONSTRAINT "user_tokens_user_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "email_verified_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."invitations_token_hash_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."invitations_pending_key"
        `);
    await queryRunner.query(`
            DROP TABLE "invitations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_tokens_token_hash_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."user_tokens_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "user_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."sessions_secret_hash_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."sessions_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
  }
}
