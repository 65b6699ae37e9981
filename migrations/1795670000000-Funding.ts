import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contribution funding: campaigns, contributions (their kind fixed at creation; a share
 * subscription linked to its subscription), the campaign ledger, and the tax-receipt settings.
 * By hand at the end: the campaign ledger made append-only; a subscription made by a contribution
 * to an all-or-nothing campaign approved only once that campaign succeeded (whichever route asks);
 * the contribution receipts and cerfa 11580 tax receipts join the documents registry.
 */
export class Funding1795670000000 implements MigrationInterface {
  name = 'Funding1795670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "campaigns" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" character varying(5000) NOT NULL DEFAULT '',
                "goal_cents" bigint NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                "mode" character varying(20) NOT NULL,
                "beneficiary" character varying(200),
                "public" boolean NOT NULL DEFAULT false,
                "status" character varying(20) NOT NULL DEFAULT 'draft',
                "opened_at" TIMESTAMP WITH TIME ZONE,
                "closed_on" date,
                "closing_raised_cents" bigint,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "campaigns_dates_check" CHECK ("ends_on" >= "starts_on"),
                CONSTRAINT "campaigns_goal_check" CHECK ("goal_cents" > 0),
                CONSTRAINT "campaigns_mode_check" CHECK ("mode" IN ('keep_it_all', 'all_or_nothing')),
                CONSTRAINT "campaigns_status_check" CHECK (
                    "status" IN ('draft', 'open', 'succeeded', 'failed', 'closed')
                ),
                CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "campaigns_status_ends_idx" ON "campaigns" ("status", "ends_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "campaigns_org_created_idx" ON "campaigns" ("organization_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "campaigns_org_id_key" ON "campaigns" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "contributions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'pledged',
                "amount_cents" bigint NOT NULL,
                "paid_cents" bigint NOT NULL DEFAULT '0',
                "refunded_cents" bigint NOT NULL DEFAULT '0',
                "allow_partial" boolean NOT NULL DEFAULT false,
                "contributor_type" character varying(20) NOT NULL,
                "member_id" uuid,
                "contributor_organization_id" uuid,
                "contributor_name" character varying(200) NOT NULL,
                "contributor_email" character varying(254),
                "public_name" boolean NOT NULL DEFAULT false,
                "subscription_id" uuid,
                "recurrence" character varying(10),
                "instalment_count" smallint,
                "parent_id" uuid,
                "instalment_number" smallint,
                "due_on" date NOT NULL,
                "refund_due" boolean NOT NULL DEFAULT false,
                "pledged_on" date NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "contributions_instalment_check" CHECK (
                    ("parent_id" IS NULL) = ("instalment_number" IS NULL)
                ),
                CONSTRAINT "contributions_recurrence_check" CHECK (
                    ("recurrence" IS NULL) = ("instalment_count" IS NULL)
                    AND (
                        "recurrence" IS NULL
                        OR (
                            "parent_id" IS NULL
                            AND "instalment_count" BETWEEN 2 AND 60
                        )
                    )
                ),
                CONSTRAINT "contributions_share_check" CHECK (
                    ("kind" = 'share_subscription') = ("subscription_id" IS NOT NULL)
                ),
                CONSTRAINT "contributions_partner_check" CHECK (
                    "contributor_organization_id" IS NULL
                    OR "contributor_type" = 'organization'
                ),
                CONSTRAINT "contributions_member_check" CHECK (
                    ("contributor_type" = 'member') = ("member_id" IS NOT NULL)
                ),
                CONSTRAINT "contributions_refunded_check" CHECK (
                    "refunded_cents" >= 0
                    AND "refunded_cents" <= "paid_cents"
                ),
                CONSTRAINT "contributions_paid_check" CHECK (
                    "paid_cents" >= 0
                    AND "paid_cents" <= "amount_cents"
                ),
                CONSTRAINT "contributions_amount_check" CHECK ("amount_cents" > 0),
                CONSTRAINT "contributions_contributor_type_check" CHECK (
                    "contributor_type" IN ('member', 'organization', 'person')
                ),
                CONSTRAINT "contributions_status_check" CHECK (
                    "status" IN ('pledged', 'paid', 'refunded', 'cancelled')
                ),
                CONSTRAINT "contributions_kind_check" CHECK (
                    "kind" IN (
                        'donation',
                        'membership_fee',
                        'share_subscription'
                    )
                ),
                CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "contributions_contributor_org_idx" ON "contributions" ("contributor_organization_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "contributions_instalment_key" ON "contributions" ("parent_id", "instalment_number")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "contributions_org_subscription_key" ON "contributions" ("organization_id", "subscription_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "contributions_org_campaign_idx" ON "contributions" ("organization_id", "campaign_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "contributions_org_id_key" ON "contributions" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "contribution_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "campaign_id" uuid NOT NULL,
                "contribution_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "amount_cents" bigint NOT NULL,
                "occurred_on" date NOT NULL,
                "method" character varying(20),
                "reference" character varying(200),
                "accounting_entry_id" uuid,
                "recorded_by" uuid,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                CONSTRAINT "contribution_events_amount_check" CHECK ("amount_cents" >= 0),
                CONSTRAINT "contribution_events_kind_check" CHECK (
                    "kind" IN (
                        'pledge',
                        'payment',
                        'refund',
                        'cancellation',
                        'refund_due'
                    )
                ),
                CONSTRAINT "PK_8e89b24c5615a3071097f26679f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "contribution_events_contribution_idx" ON "contribution_events" ("organization_id", "contribution_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "contribution_events_org_campaign_idx" ON "contribution_events" ("organization_id", "campaign_id", "recorded_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "funding_settings" (
                "organization_id" uuid NOT NULL,
                "tax_receipts_eligible" boolean NOT NULL DEFAULT false,
                "purpose" character varying(500),
                "signatory_name" character varying(200),
                "signatory_title" character varying(200),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_49b76583eb66ecfdb0f97b3b33e" PRIMARY KEY ("organization_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "campaigns"
            ADD CONSTRAINT "campaigns_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contributions"
            ADD CONSTRAINT "contributions_campaign_fk" FOREIGN KEY ("campaign_id", "organization_id") REFERENCES "campaigns"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contributions"
            ADD CONSTRAINT "contributions_member_fk" FOREIGN KEY ("member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contributions"
            ADD CONSTRAINT "contributions_contributor_organization_fk" FOREIGN KEY ("contributor_organization_id") REFERENCES "organizations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contributions"
            ADD CONSTRAINT "contributions_parent_fk" FOREIGN KEY ("parent_id", "organization_id") REFERENCES "contributions"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution_events"
            ADD CONSTRAINT "contribution_events_campaign_fk" FOREIGN KEY ("campaign_id", "organization_id") REFERENCES "campaigns"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution_events"
            ADD CONSTRAINT "contribution_events_contribution_fk" FOREIGN KEY ("contribution_id", "organization_id") REFERENCES "contributions"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_settings"
            ADD CONSTRAINT "funding_settings_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(
      `CREATE TRIGGER contribution_events_no_update_delete BEFORE UPDATE OR DELETE ON contribution_events FOR EACH ROW EXECUTE FUNCTION socius_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER contribution_events_no_truncate BEFORE TRUNCATE ON contribution_events FOR EACH STATEMENT EXECUTE FUNCTION socius_append_only()`,
    );
    await queryRunner.query(`
            CREATE FUNCTION funding_all_or_nothing_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (
                    SELECT 1 FROM contributions c JOIN campaigns k ON k.organization_id = c.organization_id AND k.id = c.campaign_id
                     WHERE c.organization_id = NEW.organization_id AND c.subscription_id = NEW.id
                       AND k.mode = 'all_or_nothing' AND k.status <> 'succeeded'
                ) THEN
                    RAISE EXCEPTION 'subscription % belongs to an all-or-nothing campaign that has not succeeded', NEW.id
                        USING ERRCODE = 'check_violation', CONSTRAINT = 'subscriptions_campaign_not_succeeded';
                END IF;
                RETURN NEW;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER subscriptions_all_or_nothing_guard BEFORE UPDATE OF status ON subscriptions
            FOR EACH ROW WHEN (OLD.status = 'pending' AND NEW.status IN ('approved', 'issued')) EXECUTE FUNCTION funding_all_or_nothing_guard()
        `);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_kind_check" CHECK ("kind" IN ('resolution_minutes', 'assembly_minutes', 'share_certificate', 'subscription_receipt', 'tax_certificate', 'capital_statement', 'contribution_receipt', 'donation_tax_receipt'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_kind_check" CHECK ("kind" IN ('resolution_minutes', 'assembly_minutes', 'share_certificate', 'subscription_receipt', 'tax_certificate', 'capital_statement'))`,
    );
    await queryRunner.query(`DROP TRIGGER subscriptions_all_or_nothing_guard ON subscriptions`);
    await queryRunner.query(`DROP FUNCTION funding_all_or_nothing_guard()`);
    await queryRunner.query(`DROP TRIGGER contribution_events_no_truncate ON contribution_events`);
    await queryRunner.query(`DROP TRIGGER contribution_events_no_update_delete ON contribution_events`);
    await queryRunner.query(`
            ALTER TABLE "funding_settings" DROP CONSTRAINT "funding_settings_organization_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution_events" DROP CONSTRAINT "contribution_events_contribution_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution_events" DROP CONSTRAINT "contribution_events_campaign_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "contributions" DROP CONSTRAINT "contributions_parent_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "contributions" DROP CONSTRAINT "contributions_contributor_organization_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "contributions" DROP CONSTRAINT "contributions_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "contributions" DROP CONSTRAINT "contributions_campaign_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_organization_fk"
        `);
    await queryRunner.query(`
            DROP TABLE "funding_settings"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contribution_events_org_campaign_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contribution_events_contribution_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "contribution_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contributions_org_id_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contributions_org_campaign_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contributions_org_subscription_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contributions_instalment_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contributions_contributor_org_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "contributions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."campaigns_org_id_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."campaigns_org_created_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."campaigns_status_ends_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "campaigns"
        `);
  }
}
