import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Holdings at the end of each closed fiscal year. A closed year is locked (no movement may be dated
 * inside it), so its snapshot never changes: the capital at any date is the last snapshot before it
 * plus the movements since, instead of every movement since the register began.
 */
export class CapitalSnapshots1795610000000 implements MigrationInterface {
  name = 'CapitalSnapshots1795610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE holding_snapshots (
        organization_id uuid NOT NULL,
        as_of date NOT NULL,
        member_id uuid NOT NULL,
        share_class_id uuid NOT NULL,
        quantity int NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (organization_id, as_of, member_id, share_class_id),
        FOREIGN KEY (member_id, organization_id) REFERENCES members (id, organization_id) ON DELETE RESTRICT,
        FOREIGN KEY (share_class_id, organization_id) REFERENCES share_classes (id, organization_id) ON DELETE RESTRICT
      )
    `);
    // movements since a date, per member and class, read from the index alone
    await queryRunner.query(`DROP INDEX ledger_movements_org_date_idx`);
    await queryRunner.query(
      `CREATE INDEX ledger_movements_org_date_cover_idx ON ledger_movements (organization_id, effective_on) INCLUDE (member_id, share_class_id, quantity)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ledger_movements_org_date_cover_idx`);
    await queryRunner.query(
      `CREATE INDEX ledger_movements_org_date_idx ON ledger_movements (organization_id, effective_on)`,
    );
    await queryRunner.query(`DROP TABLE holding_snapshots`);
  }
}
