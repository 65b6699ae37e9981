import { MigrationInterface, QueryRunner } from 'typeorm';

/** Versioned charters and their acceptances; GDPR erasure; a user account linked to one member of its own organization. */

export class CharterAndPrivacy1795567009304 implements MigrationInterface {
  name = 'CharterAndPrivacy1795567009304';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "charters" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "version" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "required_for_admission" boolean NOT NULL DEFAULT false,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "charters_version_check" CHECK ("version" >= 1),
                CONSTRAINT "charters_kind_check" CHECK (
                    "kind" IN ('charter', 'statutes', 'internal_rules')
                ),
                CONSTRAINT "PK_c22653503e61b7cc1408c60da9c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "charters_org_id_key" ON "charters" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "charters_org_kind_version_key" ON "charters" ("organization_id", "kind", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "charter_acceptances" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "charter_id" uuid NOT NULL,
                "accepted_on" date NOT NULL,
                "via" character varying(10) NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "charter_acceptances_via_check" CHECK ("via" IN ('member', 'admin', 'paper')),
                CONSTRAINT "PK_35115448b2861e22f47387cf6d3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "charter_acceptances_charter_idx" ON "charter_acceptances" ("organization_id", "charter_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "charter_acceptances_member_charter_key" ON "charter_acceptances" ("organization_id", "member_id", "charter_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "personal_data_retention_years" smallint NOT NULL DEFAULT '10'
        `);
    await queryRunner.query(`
            ALTER TABLE "members"
            ADD "erased_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD CONSTRAINT "organizations_retention_check" CHECK (
                    "personal_data_retention_years" BETWEEN 1 AND 100
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "charters"
            ADD CONSTRAINT "charters_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "charter_acceptances"
            ADD CONSTRAINT "charter_acceptances_member_fk" FOREIGN KEY ("member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "charter_acceptances"
            ADD CONSTRAINT "charter_acceptances_charter_fk" FOREIGN KEY ("charter_id", "organization_id") REFERENCES "charters"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "organization_users_member_key" ON "organization_users" ("organization_id", "member_id")
            WHERE "member_id" IS NOT NULL
        `);
    // the organizations library does not know members: the database checks the link
    await queryRunner.query(`
            CREATE FUNCTION organization_users_member_check() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.member_id IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM members WHERE organization_id = NEW.organization_id AND id = NEW.member_id
                ) THEN
                    RAISE EXCEPTION 'member % is not in organization %', NEW.member_id, NEW.organization_id
                        USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'organization_users_member_fk';
                END IF;
                RETURN NEW;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER organization_users_member_check BEFORE INSERT OR UPDATE OF member_id ON organization_users
            FOR EACH ROW EXECUTE FUNCTION organization_users_member_check()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER organization_users_member_check ON organization_users`);
    await queryRunner.query(`DROP FUNCTION organization_users_member_check()`);
    await queryRunner.query(`DROP INDEX "public"."organization_users_member_key"`);
    await queryRunner.query(`
            ALTER TABLE "charter_acceptances" DROP CONSTRAINT "charter_acceptances_charter_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "charter_acceptances" DROP CONSTRAINT "charter_acceptances_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "charters" DROP CONSTRAINT "charters_organization_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP CONSTRAINT "organizations_retention_check"
        `);
    await queryRunner.query(`
            ALTER TABLE "members" DROP COLUMN "erased_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "personal_data_retention_years"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."charter_acceptances_member_charter_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."charter_acceptances_charter_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "charter_acceptances"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."charters_org_kind_version_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."charters_org_id_key"
        `);
    await queryRunner.query(`
            DROP TABLE "charters"
        `);
  }
}
