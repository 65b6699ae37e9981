import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger against its owner (issue 14). Movements recorded from now on are hashed over every
 * column (hash version 2: id, recorded_by and reverses_sequence included); those recorded before
 * keep their version-1 hashes, still verifiable, and the chain goes on from them — recomputing them
 * would change hashes already printed in exports. And the application's own role, when it is not
 * the owner, gets its rights here: read and write, but only read and add on the append-only tables.
 */
export class LedgerOwnerAndHashV21795736000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    // existing rows read 1 without being rewritten (a constant default); new rows must say which hash they carry
    await queryRunner.query(`ALTER TABLE ledger_movements ADD COLUMN hash_version smallint NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE ledger_movements ALTER COLUMN hash_version DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE ledger_movements ADD CONSTRAINT ledger_movements_hash_version_check CHECK (hash_version IN (1, 2))`,
    );
    // run by the owner of the tables after every migration run (libs/database migrator): idempotent
    await queryRunner.query(`
      CREATE FUNCTION socius_grant_app_role(app text) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        t regclass;
      BEGIN
        IF coalesce(app, '') = '' OR app = current_user THEN RETURN; END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app) THEN
          RAISE EXCEPTION 'the application role "%" does not exist: create it first (README.md, Configuration)', app;
        END IF;
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
        -- tables and sequences later migrations create
        EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', current_user, app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', current_user, app);
        -- the legal register, the journal and every other table kept append-only by a trigger:
        -- read and add only (no UPDATE, DELETE, TRUNCATE, TRIGGER; ALTER is the owner's alone)
        FOR t IN SELECT DISTINCT tgrelid::regclass FROM pg_trigger WHERE tgfoid = 'socius_append_only()'::regprocedure LOOP
          EXECUTE format('REVOKE ALL ON %s FROM %I', t, app);
          EXECUTE format('GRANT SELECT, INSERT ON %s TO %I', t, app);
        END LOOP;
      END $$
    `);
    // after a large import the application refreshes the planner's statistics and merges the search
    // index's pending list, which only the owner may: the owner's function does it for the caller
    await queryRunner.query(`
      CREATE FUNCTION socius_tidy_members() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        ANALYZE members;
        PERFORM gin_clean_pending_list('members_search_idx'::regclass);
      END $$
    `);
    await queryRunner.query(`SELECT socius_grant_app_role(current_setting('socius.app_role', true))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION socius_tidy_members()`);
    await queryRunner.query(`DROP FUNCTION socius_grant_app_role(text)`);
    await queryRunner.query(`ALTER TABLE ledger_movements DROP CONSTRAINT ledger_movements_hash_version_check`);
    await queryRunner.query(`ALTER TABLE ledger_movements DROP COLUMN hash_version`);
  }
}
