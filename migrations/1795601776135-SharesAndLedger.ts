import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Share classes, subscriptions, payments and capital calls, transfers, redemptions, the append-only
 * hash-chained ledger and holdings, fiscal years, the share-capital journal (accounting entries),
 * official FEC exports, idempotency keys. The triggers at the end are written by hand.
 */
export class SharesAndLedger1795601776135 implements MigrationInterface {
  name = 'SharesAndLedger1795601776135';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "idempotency_keys" (
                "organization_id" uuid NOT NULL,
                "key" character varying(200) NOT NULL,
                "fingerprint" character(64) NOT NULL,
                "response" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fa1b697098c138245abc15cad73" PRIMARY KEY ("organization_id", "key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "share_classes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "code" character varying(20) NOT NULL,
                "name" character varying(200) NOT NULL,
                "nominal_cents" bigint NOT NULL,
                "min_per_member" integer NOT NULL DEFAULT '1',
                "max_per_member" integer,
                "college_codes" character varying(20) array NOT NULL DEFAULT '{}',
                "instalments_allowed" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "share_classes_code_check" CHECK ("code" ~ '^[A-Za-z0-9_-]{1,20}$'),
                CONSTRAINT "share_classes_max_check" CHECK (
                    "max_per_member" IS NULL
                    OR "max_per_member" >= GREATEST("min_per_member", 1)
                ),
                CONSTRAINT "share_classes_min_check" CHECK ("min_per_member" >= 0),
                CONSTRAINT "share_classes_nominal_check" CHECK ("nominal_cents" > 0),
                CONSTRAINT "PK_09005229fee38b8d488d398840e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "share_classes_org_id_key" ON "share_classes" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "share_classes_org_code_key" ON "share_classes" ("organization_id", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "subscriptions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "share_class_id" uuid NOT NULL,
                "quantity" integer NOT NULL,
                "unit_cents" bigint NOT NULL,
                "amount_cents" bigint NOT NULL,
                "paid_cents" bigint NOT NULL DEFAULT '0',
                "instalments" boolean NOT NULL DEFAULT false,
                "called_cents" bigint NOT NULL,
                "refunded_cents" bigint NOT NULL DEFAULT '0',
                "status" character varying(20) NOT NULL DEFAULT 'pending',
                "subscribed_on" date NOT NULL,
                "decided_on" date,
                "decision_ref" character varying(200),
                "rejection_reason" character varying(500),
                "issued_on" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "subscriptions_refunded_check" CHECK (
                    "refunded_cents" >= 0
                    AND "refunded_cents" <= "paid_cents"
                ),
                CONSTRAINT "subscriptions_called_check" CHECK (
                    "called_cents" >= 0
                    AND "called_cents" <= "amount_cents"
                ),
                CONSTRAINT "subscriptions_paid_check" CHECK (
                    "paid_cents" >= 0
                    AND "paid_cents" <= "amount_cents"
                ),
                CONSTRAINT "subscriptions_amount_check" CHECK ("amount_cents" = "quantity" * "unit_cents"),
                CONSTRAINT "subscriptions_quantity_check" CHECK ("quantity" > 0),
                CONSTRAINT "subscriptions_status_check" CHECK (
                    "status" IN (
                        'pending',
                        'approved',
                        'rejected',
                        'issued',
                        'cancelled',
                        'defaulted'
                    )
                ),
                CONSTRAINT "PK_a87248d73155605cf782be9ee5e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "subscriptions_org_status_idx" ON "subscriptions" ("organization_id", "status", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "subscriptions_org_member_idx" ON "subscriptions" ("organization_id", "member_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "subscriptions_org_id_key" ON "subscriptions" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "capital_calls" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "subscription_id" uuid NOT NULL,
                "amount_cents" bigint NOT NULL,
                "called_on" date NOT NULL,
                "due_on" date NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "capital_calls_dates_check" CHECK ("due_on" >= "called_on"),
                CONSTRAINT "capital_calls_amount_check" CHECK ("amount_cents" > 0),
                CONSTRAINT "PK_afa7a0a1184c82c1d82822435aa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "capital_calls_subscription_idx" ON "capital_calls" ("organization_id", "subscription_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "accounting_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "journal_code" character varying(10) NOT NULL,
                "journal_label" character varying(100) NOT NULL,
                "fiscal_year_end" date NOT NULL,
                "entry_number" integer NOT NULL,
                "entry_date" date NOT NULL,
                "piece_ref" character varying(50) NOT NULL,
                "piece_date" date NOT NULL,
                "label" character varying(200) NOT NULL,
                "validated_on" date NOT NULL,
                "source_type" character varying(30) NOT NULL,
                "source_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "accounting_entries_date_check" CHECK (
                    "entry_date" <= "fiscal_year_end"
                    AND "entry_date" > "fiscal_year_end" - interval '1 year'
                ),
                CONSTRAINT "accounting_entries_number_check" CHECK ("entry_number" >= 1),
                CONSTRAINT "PK_8dcbcc1f2a74f3cd60630422e44" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "accounting_entries_org_id_key" ON "accounting_entries" ("organization_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "accounting_entries_source_idx" ON "accounting_entries" ("organization_id", "source_type", "source_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "accounting_entries_number_key" ON "accounting_entries" (
                "organization_id",
                "journal_code",
                "fiscal_year_end",
                "entry_number"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "accounting_lines" (
                "entry_id" uuid NOT NULL,
                "line_number" smallint NOT NULL,
                "account" character varying(20) NOT NULL,
                "account_label" character varying(100) NOT NULL,
                "aux_account" character varying(20),
                "aux_label" character varying(200),
                "debit_cents" bigint NOT NULL DEFAULT '0',
                "credit_cents" bigint NOT NULL DEFAULT '0',
                CONSTRAINT "accounting_lines_aux_check" CHECK (("aux_account" IS NULL) = ("aux_label" IS NULL)),
                CONSTRAINT "accounting_lines_side_check" CHECK (
                    "debit_cents" >= 0
                    AND "credit_cents" >= 0
                    AND ("debit_cents" = 0) <> ("credit_cents" = 0)
                ),
                CONSTRAINT "PK_cfe1af57675cbb315d4fe7ed5e6" PRIMARY KEY ("entry_id", "line_number")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "fec_exports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "fiscal_year_end" date NOT NULL,
                "encoding" character varying(20) NOT NULL,
                "file_name" character varying(100) NOT NULL,
                "sha256" character(64) NOT NULL,
                "byte_count" bigint NOT NULL,
                "line_count" integer NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5b6af9383c749f153fc4f96cfd4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "fec_exports_org_year_key" ON "fec_exports" ("organization_id", "fiscal_year_end", "encoding")
        `);
    await queryRunner.query(`
            CREATE TABLE "fiscal_years" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "start_on" date NOT NULL,
                "end_on" date NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'open',
                "loss_per_share" jsonb NOT NULL DEFAULT '{}',
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "closing_ref" character varying(200),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "fiscal_years_dates_check" CHECK ("start_on" <= "end_on"),
                CONSTRAINT "fiscal_years_status_check" CHECK ("status" IN ('open', 'closed')),
                CONSTRAINT "PK_0470d6bc5c757d488b7b04e1899" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "fiscal_years_org_end_key" ON "fiscal_years" ("organization_id", "end_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "holdings" (
                "organization_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "share_class_id" uuid NOT NULL,
                "quantity" integer NOT NULL DEFAULT '0',
                CONSTRAINT "holdings_quantity_check" CHECK ("quantity" >= 0),
                CONSTRAINT "PK_b27ad6c812f84499303f1c0d7c6" PRIMARY KEY ("organization_id", "member_id", "share_class_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "ledger_movements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "sequence" bigint NOT NULL,
                "effective_on" date NOT NULL,
                "member_id" uuid NOT NULL,
                "share_class_id" uuid NOT NULL,
                "kind" character varying(20) NOT NULL,
                "quantity" integer NOT NULL,
                "unit_cents" bigint NOT NULL,
                "amount_cents" bigint NOT NULL,
                "operation_type" character varying(30) NOT NULL,
                "operation_id" uuid,
                "reverses_sequence" bigint,
                "recorded_by" uuid,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "previous_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "ledger_movements_sequence_check" CHECK ("sequence" >= 1),
                CONSTRAINT "ledger_movements_amount_check" CHECK ("amount_cents" = "quantity" * "unit_cents"),
                CONSTRAINT "ledger_movements_quantity_check" CHECK ("quantity" <> 0),
                CONSTRAINT "ledger_movements_kind_check" CHECK (
                    "kind" IN (
                        'issue',
                        'transfer_in',
                        'transfer_out',
                        'redemption',
                        'cancellation',
                        'conversion_in',
                        'conversion_out',
                        'opening'
                    )
                ),
                CONSTRAINT "PK_f353c38b42f7837fd2b2fb8bd5a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ledger_movements_org_date_idx" ON "ledger_movements" ("organization_id", "effective_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "ledger_movements_org_member_date_idx" ON "ledger_movements" ("organization_id", "member_id", "effective_on")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ledger_movements_org_sequence_key" ON "ledger_movements" ("organization_id", "sequence")
        `);
    await queryRunner.query(`
            CREATE TABLE "ledger_heads" (
                "organization_id" uuid NOT NULL,
                "last_sequence" bigint NOT NULL DEFAULT '0',
                "last_hash" character(64) NOT NULL,
                "highest_capital_cents" bigint NOT NULL DEFAULT '0',
                "capital_cents" bigint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_0440f55c042214e7e0461ab054f" PRIMARY KEY ("organization_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "subscription_payments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "subscription_id" uuid NOT NULL,
                "amount_cents" bigint NOT NULL,
                "paid_on" date NOT NULL,
                "method" character varying(20) NOT NULL,
                "reference" character varying(200),
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "subscription_payments_method_check" CHECK (
                    "method" IN (
                        'transfer',
                        'check',
                        'card',
                        'cash',
                        'direct_debit',
                        'other'
                    )
                ),
                CONSTRAINT "subscription_payments_amount_check" CHECK ("amount_cents" > 0),
                CONSTRAINT "PK_1b7a76365fd477de59cba0ab957" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "subscription_payments_subscription_idx" ON "subscription_payments" ("organization_id", "subscription_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "redemptions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "share_class_id" uuid NOT NULL,
                "quantity" integer NOT NULL,
                "unit_cents" bigint NOT NULL,
                "loss_per_share_cents" bigint NOT NULL DEFAULT '0',
                "payout_cents" bigint NOT NULL,
                "effective_on" date NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'pending',
                "reason" character varying(500),
                "status_reason" character varying(500),
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decided_on" date,
                "decision_ref" character varying(200),
                "due_on" date,
                "paid_on" date,
                "payment_reference" character varying(200),
                "payee_name" character varying(200),
                "payee_iban" character varying(34),
                "payee_bic" character varying(11),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "redemptions_paid_check" CHECK (("status" = 'paid') = ("paid_on" IS NOT NULL)),
                CONSTRAINT "redemptions_due_check" CHECK (
                    "due_on" IS NULL
                    OR (
                        "due_on" >= "effective_on"
                        AND "due_on" <= "effective_on" + interval '5 years'
                    )
                ),
                CONSTRAINT "redemptions_value_check" CHECK (
                    "loss_per_share_cents" >= 0
                    AND "loss_per_share_cents" <= "unit_cents"
                    AND "payout_cents" = "quantity" * ("unit_cents" - "loss_per_share_cents")
                ),
                CONSTRAINT "redemptions_quantity_check" CHECK ("quantity" > 0),
                CONSTRAINT "redemptions_status_check" CHECK (
                    "status" IN (
                        'pending',
                        'waiting',
                        'approved',
                        'paid',
                        'rejected',
                        'cancelled'
                    )
                ),
                CONSTRAINT "PK_def143ab94376fea5985bb04219" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "redemptions_org_member_idx" ON "redemptions" ("organization_id", "member_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "redemptions_org_status_idx" ON "redemptions" ("organization_id", "status", "requested_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "transfers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "from_member_id" uuid NOT NULL,
                "to_member_id" uuid NOT NULL,
                "share_class_id" uuid NOT NULL,
                "quantity" integer NOT NULL,
                "unit_cents" bigint NOT NULL,
                "effective_on" date NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'pending',
                "decided_on" date,
                "decision_ref" character varying(200),
                "rejection_reason" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "transfers_parties_check" CHECK ("from_member_id" <> "to_member_id"),
                CONSTRAINT "transfers_quantity_check" CHECK ("quantity" > 0),
                CONSTRAINT "transfers_status_check" CHECK (
                    "status" IN ('pending', 'approved', 'rejected', 'cancelled')
                ),
                CONSTRAINT "PK_f712e908b465e0085b4408cabc3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "transfers_org_status_idx" ON "transfers" ("organization_id", "status", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "capital_floor_percent" smallint NOT NULL DEFAULT '25'
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "accounting_settings" jsonb NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD CONSTRAINT "organizations_capital_floor_check" CHECK (
                    "capital_floor_percent" BETWEEN 25 AND 100
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "share_classes"
            ADD CONSTRAINT "share_classes_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "subscriptions"
            ADD CONSTRAINT "subscriptions_member_fk" FOREIGN KEY ("member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "subscriptions"
            ADD CONSTRAINT "subscriptions_share_class_fk" FOREIGN KEY ("share_class_id", "organization_id") REFERENCES "share_classes"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "capital_calls"
            ADD CONSTRAINT "capital_calls_subscription_fk" FOREIGN KEY ("subscription_id", "organization_id") REFERENCES "subscriptions"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "accounting_entries"
            ADD CONSTRAINT "accounting_entries_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "accounting_lines"
            ADD CONSTRAINT "accounting_lines_entry_fk" FOREIGN KEY ("entry_id") REFERENCES "accounting_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "fec_exports"
            ADD CONSTRAINT "fec_exports_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "fiscal_years"
            ADD CONSTRAINT "fiscal_years_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "holdings"
            ADD CONSTRAINT "holdings_member_fk" FOREIGN KEY ("member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "holdings"
            ADD CONSTRAINT "holdings_share_class_fk" FOREIGN KEY ("share_class_id", "organization_id") REFERENCES "share_classes"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_movements"
            ADD CONSTRAINT "ledger_movements_member_fk" FOREIGN KEY ("member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_movements"
            ADD CONSTRAINT "ledger_movements_share_class_fk" FOREIGN KEY ("share_class_id", "organization_id") REFERENCES "share_classes"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_heads"
            ADD CONSTRAINT "ledger_heads_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "subscription_payments"
            ADD CONSTRAINT "subscription_payments_subscription_fk" FOREIGN KEY ("subscription_id", "organization_id") REFERENCES "subscriptions"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "redemptions"
            ADD CONSTRAINT "redemptions_member_fk" FOREIGN KEY ("member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "redemptions"
            ADD CONSTRAINT "redemptions_share_class_fk" FOREIGN KEY ("share_class_id", "organization_id") REFERENCES "share_classes"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "transfers"
            ADD CONSTRAINT "transfers_from_member_fk" FOREIGN KEY ("from_member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "transfers"
            ADD CONSTRAINT "transfers_to_member_fk" FOREIGN KEY ("to_member_id", "organization_id") REFERENCES "members"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "transfers"
            ADD CONSTRAINT "transfers_share_class_fk" FOREIGN KEY ("share_class_id", "organization_id") REFERENCES "share_classes"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // ---- written by hand ----------------------------------------------------------------
    // the legal register and the journal are append-only: the database itself refuses changes
    await queryRunner.query(`
            CREATE FUNCTION socius_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % refused; record a reversing movement or entry instead', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
    for (const table of ['ledger_movements', 'accounting_entries', 'accounting_lines']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION socius_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION socius_append_only()`,
      );
    }
    // a closed fiscal year is locked: nothing may be dated inside it any more
    await queryRunner.query(`
            CREATE FUNCTION socius_refuse_closed_year() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                d date := (to_jsonb(NEW) ->> TG_ARGV[0])::date;
            BEGIN
                IF EXISTS (SELECT 1 FROM fiscal_years f WHERE f.organization_id = NEW.organization_id AND f.status = 'closed'
                           AND d BETWEEN f.start_on AND f.end_on) THEN
                    RAISE EXCEPTION 'the fiscal year holding % is closed', d USING ERRCODE = 'check_violation', CONSTRAINT = 'fiscal_year_closed';
                END IF;
                RETURN NEW;
            END $$
        `);
    await queryRunner.query(
      `CREATE TRIGGER ledger_movements_open_year BEFORE INSERT ON ledger_movements FOR EACH ROW EXECUTE FUNCTION socius_refuse_closed_year('effective_on')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER accounting_entries_open_year BEFORE INSERT ON accounting_entries FOR EACH ROW EXECUTE FUNCTION socius_refuse_closed_year('entry_date')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER subscription_payments_open_year BEFORE INSERT ON subscription_payments FOR EACH ROW EXECUTE FUNCTION socius_refuse_closed_year('paid_on')`,
    );
    // every entry balances: checked at commit, once all its lines are in
    await queryRunner.query(`
            CREATE FUNCTION accounting_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                d bigint;
                c bigint;
            BEGIN
                SELECT sum(debit_cents), sum(credit_cents) INTO d, c FROM accounting_lines WHERE entry_id = NEW.entry_id;
                IF d IS DISTINCT FROM c THEN
                    RAISE EXCEPTION 'accounting entry % does not balance: debit % credit %', NEW.entry_id, d, c
                        USING ERRCODE = 'check_violation', CONSTRAINT = 'accounting_entry_balanced';
                END IF;
                RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER accounting_lines_balanced AFTER INSERT ON accounting_lines
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION accounting_entry_balanced()
        `);
    // continuous entry numbers per journal and fiscal year, and one auxiliary account per member
    await queryRunner.query(`
            CREATE TABLE accounting_counters (
                organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                journal_code varchar(10) NOT NULL,
                fiscal_year_end date NOT NULL,
                last_number int NOT NULL,
                PRIMARY KEY (organization_id, journal_code, fiscal_year_end)
            )
        `);
    await queryRunner.query(`
            CREATE TABLE member_accounts (
                organization_id uuid NOT NULL,
                member_id uuid NOT NULL,
                aux_number int NOT NULL,
                PRIMARY KEY (organization_id, member_id),
                UNIQUE (organization_id, aux_number),
                FOREIGN KEY (member_id, organization_id) REFERENCES members (id, organization_id) ON DELETE RESTRICT
            )
        `);
    // the opening of a register brought from elsewhere happens once
    await queryRunner.query(`
            CREATE TABLE register_openings (
                organization_id uuid PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
                opened_on date NOT NULL,
                declared_capital_cents bigint NOT NULL,
                movements int NOT NULL,
                operation_id uuid NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE register_openings`);
    await queryRunner.query(`DROP TABLE member_accounts`);
    await queryRunner.query(`DROP TABLE accounting_counters`);
    await queryRunner.query(`DROP TRIGGER accounting_lines_balanced ON accounting_lines`);
    await queryRunner.query(`DROP FUNCTION accounting_entry_balanced()`);
    await queryRunner.query(`DROP TRIGGER subscription_payments_open_year ON subscription_payments`);
    await queryRunner.query(`DROP TRIGGER accounting_entries_open_year ON accounting_entries`);
    await queryRunner.query(`DROP TRIGGER ledger_movements_open_year ON ledger_movements`);
    await queryRunner.query(`DROP FUNCTION socius_refuse_closed_year()`);
    for (const table of ['ledger_movements', 'accounting_entries', 'accounting_lines']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_update_delete ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION socius_append_only()`);
    await queryRunner.query(`
            ALTER TABLE "transfers" DROP CONSTRAINT "transfers_share_class_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfers" DROP CONSTRAINT "transfers_to_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfers" DROP CONSTRAINT "transfers_from_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "redemptions" DROP CONSTRAINT "redemptions_share_class_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "redemptions" DROP CONSTRAINT "redemptions_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "subscription_payments" DROP CONSTRAINT "subscription_payments_subscription_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_heads" DROP CONSTRAINT "ledger_heads_organization_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_movements" DROP CONSTRAINT "ledger_movements_share_class_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "ledger_movements" DROP CONSTRAINT "ledger_movements_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "holdings" DROP CONSTRAINT "holdings_share_class_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "holdings" DROP CONSTRAINT "holdings_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "fiscal_years" DROP CONSTRAINT "fiscal_years_organization_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "fec_exports" DROP CONSTRAINT "fec_exports_organization_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "accounting_lines" DROP CONSTRAINT "accounting_lines_entry_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "accounting_entries" DROP CONSTRAINT "accounting_entries_organization_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "capital_calls" DROP CONSTRAINT "capital_calls_subscription_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_share_class_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_member_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "share_classes" DROP CONSTRAINT "share_classes_organization_fk"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP CONSTRAINT "organizations_capital_floor_check"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "accounting_settings"
        `);
    await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "capital_floor_percent"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."transfers_org_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "transfers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."redemptions_org_status_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."redemptions_org_member_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "redemptions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."subscription_payments_subscription_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "subscription_payments"
        `);
    await queryRunner.query(`
            DROP TABLE "ledger_heads"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ledger_movements_org_sequence_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ledger_movements_org_member_date_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ledger_movements_org_date_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "ledger_movements"
        `);
    await queryRunner.query(`
            DROP TABLE "holdings"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."fiscal_years_org_end_key"
        `);
    await queryRunner.query(`
            DROP TABLE "fiscal_years"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."fec_exports_org_year_key"
        `);
    await queryRunner.query(`
            DROP TABLE "fec_exports"
        `);
    await queryRunner.query(`
            DROP TABLE "accounting_lines"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."accounting_entries_number_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."accounting_entries_source_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."accounting_entries_org_id_key"
        `);
    await queryRunner.query(`
            DROP TABLE "accounting_entries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."capital_calls_subscription_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "capital_calls"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."subscriptions_org_id_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."subscriptions_org_member_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."subscriptions_org_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "subscriptions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."share_classes_org_code_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."share_classes_org_id_key"
        `);
    await queryRunner.query(`
            DROP TABLE "share_classes"
        `);
    await queryRunner.query(`
            DROP TABLE "idempotency_keys"
        `);
  }
}
