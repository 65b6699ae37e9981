import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Large CSV imports run as jobs: the uploaded file is staged in PostgreSQL (API and worker may run
 * on different machines, and the staging commits with the outbox row of its job), in chunks of
 * about a megabyte read back one at a time. The upload row outlives its chunks: it keeps the
 * import's outcome, so a job retried after the import committed answers it instead of importing
 * again. Jobs also report a detail of their progress (rows done, bytes read).
 */
export class ImportJobs1795680000000 implements MigrationInterface {
  name = 'ImportJobs1795680000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "outbox" ADD "progress_detail" jsonb
        `);
    await queryRunner.query(`
            CREATE TABLE "staged_uploads" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
                "organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE,
                "kind" character varying(40) NOT NULL,
                "params" jsonb NOT NULL DEFAULT '{}',
                "bytes" bigint NOT NULL DEFAULT 0,
                "chunks" integer NOT NULL DEFAULT 0,
                "outbox_id" uuid,
                "requested_by" uuid,
                "status" character varying(20) NOT NULL DEFAULT 'staged',
                "result" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "staged_uploads_status_check" CHECK ("status" IN ('staged', 'consumed', 'rejected'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "staged_uploads_created_idx" ON "staged_uploads" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "staged_upload_chunks" (
                "upload_id" uuid NOT NULL REFERENCES "staged_uploads"("id") ON DELETE CASCADE,
                "seq" integer NOT NULL,
                "data" bytea NOT NULL,
                PRIMARY KEY ("upload_id", "seq")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "staged_upload_chunks"
        `);
    await queryRunner.query(`
            DROP TABLE "staged_uploads"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox" DROP COLUMN "progress_detail"
        `);
  }
}
