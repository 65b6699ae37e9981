import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments in (issue 19): an organization's account with a payment provider (HelloAsso first; its
 * client secret sealed), and the checkouts started there, each paying one contribution or one share
 * subscription. A provider's payment is recorded once: its id is unique per provider.
 */
export class Payments1795812000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "payment_accounts" (
        "organization_id" uuid NOT NULL,
        "provider" character varying(20) NOT NULL,
        "account_ref" character varying(100) NOT NULL,
        "client_id" character varying(200) NOT NULL,
        "client_secret" text NOT NULL,
        "base_url" character varying(200) NOT NULL,
        "enabled" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "payment_accounts_provider_check" CHECK ("provider" IN ('helloasso')),
        CONSTRAINT "payment_accounts_pkey" PRIMARY KEY ("organization_id"),
        CONSTRAINT "payment_accounts_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_checkouts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "provider" character varying(20) NOT NULL,
        "provider_reference" character varying(100),
        "purpose" character varying(20) NOT NULL,
        "contribution_id" uuid,
        "subscription_id" uuid,
        "amount_cents" bigint NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'pending',
        "provider_payment_id" character varying(100),
        "problem" character varying(300),
        "redirect_url" character varying(2000),
        "paid_at" TIMESTAMP WITH TIME ZONE,
        "checked_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "payment_checkouts_amount_check" CHECK ("amount_cents" > 0),
        CONSTRAINT "payment_checkouts_status_check" CHECK ("status" IN ('pending', 'paid', 'abandoned', 'unmatched')),
        CONSTRAINT "payment_checkouts_purpose_check" CHECK (
          ("purpose" = 'contribution' AND "contribution_id" IS NOT NULL AND "subscription_id" IS NULL)
          OR ("purpose" = 'subscription' AND "subscription_id" IS NOT NULL AND "contribution_id" IS NULL)),
        CONSTRAINT "payment_checkouts_paid_check" CHECK ("status" <> 'paid' OR "provider_payment_id" IS NOT NULL),
        CONSTRAINT "payment_checkouts_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "payment_checkouts_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "payment_checkouts_provider_reference_key" ON "payment_checkouts" ("provider", "provider_reference")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "payment_checkouts_provider_payment_key" ON "payment_checkouts" ("provider", "provider_payment_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "payment_checkouts_org_created_idx" ON "payment_checkouts" ("organization_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "payment_checkouts"`);
    await queryRunner.query(`DROP TABLE "payment_accounts"`);
  }
}
