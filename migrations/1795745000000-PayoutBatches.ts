import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SEPA payout files as recorded batches (issue 15): each file and the redemptions it pays; the
 * partial unique index keeps a redemption in one live (not cancelled) batch at most, so no two
 * files can pay it.
 */
export class PayoutBatches1795745000000 implements MigrationInterface {
  name = 'PayoutBatches1795745000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "payout_batches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "message_id" character varying(35) NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'issued',
                "execution_on" date NOT NULL,
                "debtor_name" character varying(200) NOT NULL,
                "debtor_iban" character varying(34) NOT NULL,
                "debtor_bic" character varying(11),
                "transfer_count" integer NOT NULL,
                "total_cents" bigint NOT NULL,
                "xml" text NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "cancel_reason" character varying(500),
                CONSTRAINT "payout_batches_totals_check" CHECK (
                    "transfer_count" > 0
                    AND "total_cents" > 0
                ),
                CONSTRAINT "payout_batches_cancelled_check" CHECK (
                    ("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)
                ),
                CONSTRAINT "payout_batches_status_check" CHECK ("status" IN ('issued', 'cancelled')),
                CONSTRAINT "PK_aa57cb1e16d39cc0d41083145e4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "payout_batches_org_created_idx" ON "payout_batches" ("organization_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "payout_batches_message_id_key" ON "payout_batches" ("message_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "payout_batch_items" (
                "batch_id" uuid NOT NULL,
                "redemption_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "amount_cents" bigint NOT NULL,
                "live" boolean NOT NULL DEFAULT true,
                CONSTRAINT "payout_batch_items_amount_check" CHECK ("amount_cents" > 0),
                CONSTRAINT "PK_9cd60f016112097dab1d676fe2f" PRIMARY KEY ("batch_id", "redemption_id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "payout_batch_items_live_key" ON "payout_batch_items" ("redemption_id")
            WHERE "live"
        `);
    await queryRunner.query(`
            ALTER TABLE "payout_batches"
            ADD CONSTRAINT "payout_batches_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "payout_batch_items"
            ADD CONSTRAINT "payout_batch_items_batch_fk" FOREIGN KEY ("batch_id") REFERENCES "payout_batches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "payout_batch_items"
            ADD CONSTRAINT "payout_batch_items_redemption_fk" FOREIGN KEY ("redemption_id") REFERENCES "redemptions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "payout_batch_items" DROP CONSTRAINT "payout_batch_items_redemption_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "payout_batch_items" DROP CONSTRAINT "payout_batch_items_batch_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "payout_batches" DROP CONSTRAINT "payout_batches_organization_fk"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."payout_batch_items_live_key"
        `);
    await queryRunner.query(`
            DROP TABLE "payout_batch_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."payout_batches_message_id_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."payout_batches_org_created_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "payout_batches"
        `);
  }
}
