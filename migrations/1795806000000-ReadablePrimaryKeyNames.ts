import { DefaultNamingStrategy, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Primary keys named `<table>_pkey` (PostgreSQL's own convention, and SnakeNamingStrategy's from
 * now on) instead of TypeORM's hashes (`PK_8c82d7f5…`), so that a constraint named in a log or a
 * plan says which table it is.
 */
export class ReadablePrimaryKeyNames1795806000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    const keys: { table: string; name: string }[] = await queryRunner.query(
      `SELECT t.relname AS table, c.conname AS name FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'p' AND n.nspname = current_schema() AND c.conname ~ '^PK_[0-9a-f]+$'`,
    );
    for (const { table, name } of keys)
      await queryRunner.query(`ALTER TABLE "${table}" RENAME CONSTRAINT "${name}" TO "${table}_pkey"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // back to TypeORM's default names, computed as it computes them
    const keys: { table: string; columns: string[] }[] = await queryRunner.query(
      `SELECT t.relname AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'p' AND n.nspname = current_schema() AND c.conname = t.relname || '_pkey'
        GROUP BY t.relname`,
    );
    const naming = new DefaultNamingStrategy();
    for (const { table, columns } of keys)
      await queryRunner.query(
        `ALTER TABLE "${table}" RENAME CONSTRAINT "${table}_pkey" TO "${naming.primaryKeyName(table, columns)}"`,
      );
  }
}
