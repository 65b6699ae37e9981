import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, organizations and roles, the audit log, the transactional outbox and deliveries. */

export class Foundation1795564570249 implements MigrationInterface {
  name = 'Foundation1795564570249';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "organization_id" uuid,
                "actor_user_id" uuid,
                "actor" character varying(254) NOT NULL,
                "action" character varying(100) NOT NULL,
                "entity_type" character varying(60) NOT NULL,
                "entity_id" character varying(100),
                "changes" jsonb,
                "request_id" character varying(100),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_log_org_idx" ON "audit_log" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_log_org_entity_idx" ON "audit_log" (
                "organization_id",
                "entity_type",
                "entity_id",
                "id"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid,
                "purpose" character varying(200) NOT NULL,
                "recipient" character varying(254) NOT NULL,
                "outbox_id" uuid,
                "status" character varying(20) NOT NULL DEFAULT 'sending',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "deliveries_status_check" CHECK ("status" IN ('sending', 'sent')),
                CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "deliveries_purpose_recipient_key" ON "deliveries" ("purpose", "recipient")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid,
                "queue" character varying(40) NOT NULL,
                "name" character varying(100) NOT NULL,
                "payload" jsonb NOT NULL DEFAULT '{}',
                "status" character varying(20) NOT NULL DEFAULT 'pending',
                "progress" smallint NOT NULL DEFAULT '0',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "result" jsonb,
                "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "outbox_status_check" CHECK (
                    "status" IN (
                        'pending',
                        'queued',
                        'active',
                        'completed',
                        'failed'
                    )
                ),
                CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_org_idx" ON "outbox" ("organization_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_pending_idx" ON "outbox" ("available_at")
            WHERE "status" = 'pending'
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "name" character varying(200) NOT NULL,
                "password_hash" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "organizations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "slug" character varying(63) NOT NULL,
                "legal_form" character varying(20) NOT NULL,
                "siren" character(9),
                "address" character varying(500),
                "currency" character(3) NOT NULL DEFAULT 'EUR',
                "fiscal_year_end" character(5) NOT NULL DEFAULT '12-31',
                "minimum_capital_cents" bigint NOT NULL DEFAULT '0',
                "e_convocation" boolean NOT NULL DEFAULT true,
                "default_language" character varying(2) NOT NULL DEFAULT 'fr',
                "timezone" character varying(50) NOT NULL DEFAULT 'Europe/Paris',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "organizations_minimum_capital_check" CHECK ("minimum_capital_cents" >= 0),
                CONSTRAINT "organizations_fiscal_year_end_check" CHECK (
                    "fiscal_year_end" ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
                ),
                CONSTRAINT "organizations_siren_check" CHECK ("siren" ~ '^[0-9]{9}$'),
                CONSTRAINT "organizations_legal_form_check" CHECK (
                    "legal_form" IN (
                        'SCIC_SAS',
                        'SCIC_SA',
                        'SCIC_SARL',
                        'SCOP_SA',
                        'SCOP_SARL',
                        'SA_COOP',
                        'ASSOCIATION',
                        'OTHER'
                    )
                ),
                CONSTRAINT "organizations_slug_check" CHECK (
                    "slug" ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'
                ),
                CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations" ("slug")
        `);
    await queryRunner.query(`
            CREATE TABLE "organization_users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" character varying(20) NOT NULL,
                "member_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "organization_users_role_check" CHECK ("role" IN ('admin', 'accountant', 'member')),
                CONSTRAINT "PK_af79a22d50256af35812ba60a87" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "organization_users_user_idx" ON "organization_users" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "organization_users_org_user_key" ON "organization_users" ("organization_id", "user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "organization_users"
            ADD CONSTRAINT "organization_users_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "organization_users"
            ADD CONSTRAINT "organization_users_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "organization_users" DROP CONSTRAINT "organization_users_user_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "organization_users" DROP CONSTRAINT "organization_users_organization_fk"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."organization_users_org_user_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."organization_users_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "organization_users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."organizations_slug_key"
        `);
    await queryRunner.query(`
            DROP TABLE "organizations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."users_email_key"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outbox_pending_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outbox_org_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."deliveries_purpose_recipient_key"
        `);
    await queryRunner.query(`
            DROP TABLE "deliveries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_log_org_entity_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_log_org_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
  }
}
