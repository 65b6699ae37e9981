import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry of issued documents (their bytes are in the document storage). By hand at the end:
 * the counters that number each series gaplessly, and the registry made append-only.
 */
export class Documents1795630000000 implements MigrationInterface {
  name = 'Documents1795630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "documents" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "number" character varying(30) NOT NULL,
                "kind" character varying(30) NOT NULL,
                "subject_type" character varying(30) NOT NULL,
                "subject_id" uuid NOT NULL,
                "subject_version" character varying(64) NOT NULL,
                "title" character varying(300) NOT NULL,
                "language" character varying(2) NOT NULL,
                "sha256" character(64) NOT NULL,
                "verification_code" character(10) NOT NULL,
                "storage_key" character varying(300) NOT NULL,
                "byte_count" integer NOT NULL,
                "summary" jsonb NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "documents_byte_count_check" CHECK ("byte_count" > 0),
                CONSTRAINT "documents_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "documents_language_check" CHECK ("language" IN ('fr', 'en')),
                CONSTRAINT "documents_kind_check" CHECK (
                    "kind" IN ('resolution_minutes', 'assembly_minutes')
                ),
                CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "documents_subject_key" ON "documents" (
                "organization_id",
                "kind",
                "subject_id",
                "subject_version",
                "language"
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "documents_sha256_key" ON "documents" ("sha256")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "documents_verification_code_key" ON "documents" ("verification_code")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "documents_org_number_key" ON "documents" ("organization_id", "number")
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "documents_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // ---- written by hand ----------------------------------------------------------------
    // one row per organization and series (PV-2026), locked by each issue: numbers are gapless
    await queryRunner.query(`
            CREATE TABLE "document_counters" (
                "organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE,
                "series" character varying(20) NOT NULL,
                "last_number" integer NOT NULL DEFAULT 0 CHECK ("last_number" >= 0),
                PRIMARY KEY ("organization_id", "series")
            )
        `);
    // an issued document stays verifiable: its registry row never changes nor goes away
    await queryRunner.query(
      `CREATE TRIGGER documents_no_update_delete BEFORE UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION socius_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents FOR EACH STATEMENT EXECUTE FUNCTION socius_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER documents_no_truncate ON documents`);
    await queryRunner.query(`DROP TRIGGER documents_no_update_delete ON documents`);
    await queryRunner.query(`DROP TABLE "document_counters"`);
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "documents_organization_fk"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."documents_org_number_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."documents_verification_code_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."documents_sha256_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."documents_subject_key"
        `);
    await queryRunner.query(`
            DROP TABLE "documents"
        `);
  }
}
