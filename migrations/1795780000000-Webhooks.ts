import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (issue 19): an organization's endpoints with their sealed signing secrets, one delivery
 * per event and endpoint (unique: a retried fan-out makes none twice), and each try of it.
 */
export class Webhooks1795780000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoints" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "url" character varying(2000) NOT NULL,
        "events" text array NOT NULL,
        "scopes" text array NOT NULL DEFAULT '{}',
        "secret" text NOT NULL,
        "previous_secret" text,
        "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE,
        "enabled" boolean NOT NULL DEFAULT true,
        "disabled_at" TIMESTAMP WITH TIME ZONE,
        "consecutive_failures" integer NOT NULL DEFAULT '0',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "webhook_endpoints_failures_check" CHECK ("consecutive_failures" >= 0),
        CONSTRAINT "PK_webhook_endpoints" PRIMARY KEY ("id"),
        CONSTRAINT "webhook_endpoints_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "webhook_endpoints_org_id_key" ON "webhook_endpoints" ("organization_id", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_endpoints_org_created_idx" ON "webhook_endpoints" ("organization_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "endpoint_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "event_type" character varying(60) NOT NULL,
        "event_ids" jsonb NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT '0',
        "next_attempt_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "webhook_deliveries_status_check" CHECK ("status" IN ('pending', 'succeeded', 'failed')),
        CONSTRAINT "PK_webhook_deliveries" PRIMARY KEY ("id"),
        CONSTRAINT "webhook_deliveries_endpoint_fk" FOREIGN KEY ("organization_id", "endpoint_id")
          REFERENCES "webhook_endpoints"("organization_id", "id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "webhook_deliveries_org_id_key" ON "webhook_deliveries" ("organization_id", "id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "webhook_deliveries_endpoint_event_key" ON "webhook_deliveries" ("endpoint_id", "event_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_deliveries_endpoint_created_idx" ON "webhook_deliveries" ("organization_id", "endpoint_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_attempts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "delivery_id" uuid NOT NULL,
        "attempt" integer NOT NULL,
        "status_code" smallint,
        "duration_ms" integer NOT NULL,
        "error" character varying(500),
        "replay" boolean NOT NULL DEFAULT false,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_webhook_attempts" PRIMARY KEY ("id"),
        CONSTRAINT "webhook_attempts_delivery_fk" FOREIGN KEY ("organization_id", "delivery_id")
          REFERENCES "webhook_deliveries"("organization_id", "id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "webhook_attempts_delivery_idx" ON "webhook_attempts" ("organization_id", "delivery_id", "attempt")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_attempts"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
  }
}
