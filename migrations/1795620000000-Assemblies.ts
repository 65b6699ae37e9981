import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assemblies, resolutions, their electorates, participations (émargement), the ballot box, proxies and
 * voting codes. By hand at the end: a closed resolution's ballot box and participation list are sealed.
 */
export class Assemblies1795620000000 implements MigrationInterface {
  name = 'Assemblies1795620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "assemblies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "kind" character varying(20) NOT NULL,
                "weighting" character varying(20) NOT NULL,
                "secret" boolean NOT NULL DEFAULT false,
                "allow_vote_change" boolean NOT NULL DEFAULT false,
                "max_proxies_per_holder" smallint NOT NULL DEFAULT '1',
                "proxy_cap_rule" character varying(10) NOT NULL DEFAULT 'fixed',
                "second_convocation_quorum_percent" numeric(5, 2) NOT NULL DEFAULT '0',
                "place" character varying(300),
                "convocation_method" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "assemblies_second_quorum_check" CHECK (
                    "second_convocation_quorum_percent" BETWEEN 0 AND 100
                ),
                CONSTRAINT "assemblies_proxies_check" CHECK (
                    "max_proxies_per_holder" BETWEEN 0 AND 1000
                ),
                CONSTRAINT "assemblies_proxy_rule_check" CHECK ("proxy_cap_rule" IN ('fixed', 'scop')),
                CONSTRAINT "assemblies_weighting_check" CHECK (
                    "weighting" IN ('per_member', 'college', 'per_share')
                ),
                CONSTRAINT "assemblies_kind_check" CHECK (
                    "kind" IN ('ordinary', 'extraordinary', 'permanent')
                ),
                CONSTRAINT "PK_25f742ba403068985d28f3fe0c7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "assemblies_org_id_key" ON "assemblies" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "resolutions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "assembly_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "title" character varying(300) NOT NULL,
                "text" text NOT NULL,
                "kind" character varying(10) NOT NULL DEFAULT 'motion',
                "candidates" jsonb NOT NULL DEFAULT '[]',
                "seats" smallint,
                "majority" character varying(20) NOT NULL,
                "quorum_percent" numeric(5, 2) NOT NULL,
                "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'draft',
                "outcome" character varying(20),
                "eligible_count" integer,
                "opened_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "seal_hash" character(64),
                "results" jsonb,
                "second_convocation_of" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "resolutions_kind_check" CHECK ("kind" IN ('motion', 'election')),
                CONSTRAINT "resolutions_seats_check" CHECK (
                    ("seats" IS NULL) = ("kind" = 'motion')
                    AND (
                        "seats" IS NULL
                        OR "seats" >= 1
                    )
                ),
                CONSTRAINT "resolutions_window_check" CHECK ("closes_at" > "opens_at"),
                CONSTRAINT "resolutions_quorum_check" CHECK (
                    "quorum_percent" BETWEEN 0 AND 100
                ),
                CONSTRAINT "resolutions_outcome_check" CHECK (
                    "outcome" IS NULL
                    OR "outcome" IN ('adopted', 'rejected', 'no_quorum', 'elected')
                ),
                CONSTRAINT "resolutions_majority_check" CHECK ("majority" IN ('simple', 'two_thirds')),
                CONSTRAINT "resolutions_status_check" CHECK ("status" IN ('draft', 'open', 'closed')),
                CONSTRAINT "PK_e30e6dd3e4cc52a23555b4b1a4a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "resolutions_org_status_idx" ON "resolutions" ("organization_id", "status", "closes_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "resolutions_assembly_number_key" ON "resolutions" ("organization_id", "assembly_id", "number")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "resolutions_org_id_key" ON "resolutions" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "resolution_electors" (
                "resolution_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "college_id" uuid,
                "weight" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_9266b1bd251d9ff534663b65140" PRIMARY KEY ("resolution_id", "member_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "participations" (
                "resolution_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "cast_by_member_id" uuid NOT NULL,
                CONSTRAINT "PK_e22be4a25864d51a4f4d49bed5f" PRIMARY KEY ("resolution_id", "member_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "ballots" (
                "resolution_id" uuid NOT NULL,
                "receipt_hash" character(64) NOT NULL,
                "organization_id" uuid NOT NULL,
                "member_id" uuid,
                "college_id" uuid,
                "weight" integer NOT NULL DEFAULT '1',
                "choice" character varying(40) array NOT NULL,
                "cast_by_member_id" uuid,
                "cast_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_20fc8bbfea47852c2af9cd16044" PRIMARY KEY ("resolution_id", "receipt_hash")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ballots_resolution_member_key" ON "ballots" ("resolution_id", "member_id")
            WHERE "member_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "proxies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "assembly_id" uuid NOT NULL,
                "grantor_member_id" uuid NOT NULL,
                "holder_member_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_c66b4253ef600a915c610015093" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "proxies_holder_idx" ON "proxies" ("assembly_id", "holder_member_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "proxies_active_grantor_key" ON "proxies" ("assembly_id", "grantor_member_id")
            WHERE "revoked_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "voting_codes" (
                "assembly_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "code_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b926ad1a611fb58bf4ae4fb2ba3" PRIMARY KEY ("assembly_id", "member_id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "voting_codes_hash_key" ON "voting_codes" ("code_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "assemblies"
            ADD CONSTRAINT "assemblies_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "resolutions"
            ADD CONSTRAINT "resolutions_assembly_fk" FOREIGN KEY ("assembly_id", "organization_id") REFERENCES "assemblies"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "resolution_electors"
            ADD CONSTRAINT "resolution_electors_resolution_fk" FOREIGN KEY ("resolution_id", "organization_id") REFERENCES "resolutions"("id", "organization_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "resolution_electors"
            ADD CONSTRAINT "resolution_electors_member_fk" FOREIGN KEY ("member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "participations"
            ADD CONSTRAINT "participations_resolution_fk" FOREIGN KEY ("resolution_id", "organization_id") REFERENCES "resolutions"("id", "organization_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ballots"
            ADD CONSTRAINT "ballots_resolution_fk" FOREIGN KEY ("resolution_id", "organization_id") REFERENCES "resolutions"("id", "organization_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "proxies"
            ADD CONSTRAINT "proxies_assembly_fk" FOREIGN KEY ("assembly_id", "organization_id") REFERENCES "assemblies"("id", "organization_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "proxies"
            ADD CONSTRAINT "proxies_grantor_fk" FOREIGN KEY ("grantor_member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "proxies"
            ADD CONSTRAINT "proxies_holder_fk" FOREIGN KEY ("holder_member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "voting_codes"
            ADD CONSTRAINT "voting_codes_assembly_fk" FOREIGN KEY ("assembly_id", "organization_id") REFERENCES "assemblies"("id", "organization_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "voting_codes"
            ADD CONSTRAINT "voting_codes_member_fk" FOREIGN KEY ("member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // ---- written by hand: once a resolution is closed, its ballot box and émargement never change
    await queryRunner.query(`
            CREATE FUNCTION socius_sealed_after_close() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                r uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.resolution_id ELSE NEW.resolution_id END;
            BEGIN
                IF EXISTS (SELECT 1 FROM resolutions WHERE id = r AND status = 'closed') THEN
                    RAISE EXCEPTION 'resolution % is closed: its % are sealed', r, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END $$
        `);
    await queryRunner.query(
      `CREATE TRIGGER ballots_sealed BEFORE INSERT OR UPDATE OR DELETE ON ballots FOR EACH ROW EXECUTE FUNCTION socius_sealed_after_close()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER participations_sealed BEFORE INSERT OR UPDATE OR DELETE ON participations FOR EACH ROW EXECUTE FUNCTION socius_sealed_after_close()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER participations_sealed ON participations`);
    await queryRunner.query(`DROP TRIGGER ballots_sealed ON ballots`);
    await queryRunner.query(`DROP FUNCTION socius_sealed_after_close()`);
    await queryRunner.query(`
            ALTER TABLE "voting_codes" DROP CONSTRAINT "voting_codes_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "voting_codes" DROP CONSTRAINT "voting_codes_assembly_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "proxies" DROP CONSTRAINT "proxies_holder_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "proxies" DROP CONSTRAINT "proxies_grantor_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "proxies" DROP CONSTRAINT "proxies_assembly_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "ballots" DROP CONSTRAINT "ballots_resolution_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "participations" DROP CONSTRAINT "participations_resolution_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "resolution_electors" DROP CONSTRAINT "resolution_electors_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "resolution_electors" DROP CONSTRAINT "resolution_electors_resolution_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "resolutions" DROP CONSTRAINT "resolutions_assembly_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "assemblies" DROP CONSTRAINT "assemblies_organization_fk"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."voting_codes_hash_key"
        `);
    await queryRunner.query(`
            DROP TABLE "voting_codes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."proxies_active_grantor_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."proxies_holder_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "proxies"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ballots_resolution_member_key"
        `);
    await queryRunner.query(`
            DROP TABLE "ballots"
        `);
    await queryRunner.query(`
            DROP TABLE "participations"
        `);
    await queryRunner.query(`
            DROP TABLE "resolution_electors"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."resolutions_org_id_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."resolutions_assembly_number_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."resolutions_org_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "resolutions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assemblies_org_id_key"
        `);
    await queryRunner.query(`
            DROP TABLE "assemblies"
        `);
  }
}
