import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure that erases (issue 18): issued documents stay append-only, except that once a subject's
 * personal data is erased, the names in a document's title and summary may be replaced by the
 * pseudonym, once, nothing else changing. The document's hash and number stay, so a copy held by its
 * recipient still verifies; the verification page then shows the pseudonym.
 */
export class DocumentSubjectErasure1795760000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE documents ADD COLUMN subject_erased_at timestamptz`);
    await queryRunner.query(`
      CREATE FUNCTION socius_documents_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.subject_erased_at IS NULL AND NEW.subject_erased_at IS NOT NULL
           AND to_jsonb(NEW) - 'title' - 'summary' - 'subject_erased_at' = to_jsonb(OLD) - 'title' - 'summary' - 'subject_erased_at' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'documents is append-only: % refused (only the erasure of its subject may rewrite its title and summary, once)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$
    `);
    await queryRunner.query(`DROP TRIGGER documents_no_update_delete ON documents`);
    await queryRunner.query(
      `CREATE TRIGGER documents_no_update_delete BEFORE UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION socius_documents_append_only()`,
    );
    // the application role: read and add documents, and write the columns of an erasure
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION socius_grant_app_role(app text) RETURNS void LANGUAGE plpgsql AS $$
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
        EXECUTE format('REVOKE ALL ON documents FROM %I', app);
        EXECUTE format('GRANT SELECT, INSERT ON documents TO %I', app);
        EXECUTE format('GRANT UPDATE (title, summary, subject_erased_at) ON documents TO %I', app);
      END $$
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER documents_no_update_delete ON documents`);
    await queryRunner.query(
      `CREATE TRIGGER documents_no_update_delete BEFORE UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION socius_append_only()`,
    );
    await queryRunner.query(`DROP FUNCTION socius_documents_append_only()`);
    await queryRunner.query(`ALTER TABLE documents DROP COLUMN subject_erased_at`);
  }
}
