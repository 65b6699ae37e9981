import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations' API tokens (issue 19): another platform acts in one organization within the
 * scopes an admin gave it. Only the SHA-256 of a token is kept; revoked rows stay for the audit trail.
 */
export class ApiTokens1795770000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE api_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name varchar(100) NOT NULL,
        scopes text[] NOT NULL,
        secret_hash varchar(64) NOT NULL,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT api_tokens_scopes_check CHECK (cardinality("scopes") > 0),
        CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY (id),
        CONSTRAINT api_tokens_organization_fk FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE,
        CONSTRAINT api_tokens_created_by_fk FOREIGN KEY (created_by_user_id) REFERENCES users(id) ON DELETE SET NULL
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX api_tokens_secret_hash_key ON api_tokens (secret_hash)`);
    await queryRunner.query(`CREATE INDEX api_tokens_organization_idx ON api_tokens (organization_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE api_tokens`);
  }
}
