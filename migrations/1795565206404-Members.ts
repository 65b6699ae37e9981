import { MigrationInterface, QueryRunner } from 'typeorm';

/** Colleges and members; the gapless membership-number counter; trigram search. */

export class Members1795565206404 implements MigrationInterface {
  name = 'Members1795565206404';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "colleges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "code" character varying(20) NOT NULL,
                "name" character varying(200) NOT NULL,
                "weight_percent" numeric(5, 2) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "colleges_code_check" CHECK ("code" ~ '^[A-Za-z0-9_-]{1,20}$'),
                CONSTRAINT "colleges_weight_check" CHECK (
                    "weight_percent" > 0
                    AND "weight_percent" <= 100
                ),
                CONSTRAINT "PK_61a64e7dc0b7c9d5e433284037c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "colleges_org_id_key" ON "colleges" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "colleges_org_code_key" ON "colleges" ("organization_id", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "first_name" character varying(100),
                "last_name" character varying(100),
                "company_name" character varying(200),
                "siren" character(9),
                "legal_representative" character varying(200),
                "email" character varying(254),
                "phone" character varying(30),
                "address_line1" character varying(200),
                "address_line2" character varying(200),
                "postal_code" character varying(20),
                "city" character varying(100),
                "country" character(2) NOT NULL DEFAULT 'FR',
                "college_id" uuid,
                "external_ref" character varying(100),
                "e_consent" boolean NOT NULL DEFAULT false,
                "status" character varying(20) NOT NULL DEFAULT 'applicant',
                "membership_number" integer,
                "admitted_on" date,
                "admission_decision_ref" character varying(200),
                "exit_on" date,
                "exit_decision_ref" character varying(200),
                "search_text" text NOT NULL DEFAULT '',
                "sort_name" character varying(300) NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "members_identity_check" CHECK (
                    (
                        "kind" = 'person'
                        AND "last_name" IS NOT NULL
                    )
                    OR (
                        "kind" = 'legal_entity'
                        AND "company_name" IS NOT NULL
                    )
                ),
                CONSTRAINT "members_number_check" CHECK (
                    ("membership_number" IS NULL) = ("status" = 'applicant')
                ),
                CONSTRAINT "members_status_check" CHECK (
                    "status" IN (
                        'applicant',
                        'active',
                        'resigning',
                        'resigned',
                        'excluded',
                        'deceased'
                    )
                ),
                CONSTRAINT "members_kind_check" CHECK ("kind" IN ('person', 'legal_entity')),
                CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "members_org_sort_idx" ON "members" ("organization_id", "sort_name", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "members_org_status_idx" ON "members" ("organization_id", "status", "sort_name", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "members_org_external_ref_key" ON "members" ("organization_id", "external_ref")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "members_org_number_key" ON "members" ("organization_id", "membership_number")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "members_org_id_key" ON "members" ("organization_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "members"
            ADD CONSTRAINT "members_college_fk" FOREIGN KEY ("college_id", "organization_id") REFERENCES "colleges"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // search: accent-free lower-case text, matched by trigrams (pg_trgm is a trusted extension)
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
            CREATE INDEX "members_search_idx" ON "members" USING gin ("search_text" gin_trgm_ops)
        `);
    // searches shorter than a trigram match name prefixes, whatever the database's collation
    await queryRunner.query(`
            CREATE INDEX "members_sort_prefix_idx" ON "members" ("organization_id", "sort_name" text_pattern_ops)
        `);
    // one row per organization, locked by each admission: numbers are gapless and never reused
    await queryRunner.query(`
            CREATE TABLE "membership_counters" (
                "organization_id" uuid PRIMARY KEY REFERENCES "organizations"("id") ON DELETE CASCADE,
                "last_number" integer NOT NULL DEFAULT 0 CHECK ("last_number" >= 0)
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "members" ADD CONSTRAINT "members_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "colleges" ADD CONSTRAINT "colleges_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "colleges" DROP CONSTRAINT "colleges_organization_fk"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "members_organization_fk"`);
    await queryRunner.query(`DROP TABLE "membership_counters"`);
    await queryRunner.query(`DROP INDEX "public"."members_sort_prefix_idx"`);
    await queryRunner.query(`DROP INDEX "public"."members_search_idx"`);
    await queryRunner.query(`
            ALTER TABLE "members" DROP CONSTRAINT "members_college_fk"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."members_org_id_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."members_org_number_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."members_org_external_ref_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."members_org_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."members_org_sort_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "members"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."colleges_org_code_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."colleges_org_id_key"
        `);
    await queryRunner.query(`
            DROP TABLE "colleges"
        `);
  }
}
