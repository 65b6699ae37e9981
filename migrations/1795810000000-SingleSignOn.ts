import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on (issue 19): the identity providers an organization trusts (client secret sealed),
 * the links from a provider's subject to a Socius account, the organization a session was obtained
 * for through one of them, and the organization's "require single sign-on" setting.
 */
export class SingleSignOn1795810000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity_providers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "name" character varying(100) NOT NULL,
        "issuer" character varying(2000) NOT NULL,
        "client_id" character varying(500) NOT NULL,
        "client_secret" text NOT NULL,
        "enabled" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "identity_providers_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "identity_providers_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "identity_providers_org_id_key" ON "identity_providers" ("organization_id", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "sso_identities" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "provider_id" uuid NOT NULL,
        "subject" character varying(255) NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "sso_identities_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "sso_identities_provider_fk" FOREIGN KEY ("provider_id") REFERENCES "identity_providers"("id") ON DELETE CASCADE,
        CONSTRAINT "sso_identities_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sso_identities_provider_subject_key" ON "sso_identities" ("provider_id", "subject")`,
    );
    await queryRunner.query(`CREATE INDEX "sso_identities_user_idx" ON "sso_identities" ("user_id")`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "sso_organization_id" uuid`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "require_sso" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "require_sso"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "sso_organization_id"`);
    await queryRunner.query(`DROP TABLE "sso_identities"`);
    await queryRunner.query(`DROP TABLE "identity_providers"`);
  }
}
