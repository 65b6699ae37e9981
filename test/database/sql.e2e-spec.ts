import { firstRow, rows, run } from '@socius/database';
import { DataSource } from 'typeorm';
import { emptyDatabase, ownerUrlOf } from '../support/databases';

/** The repositories' helpers give the rows, and the rows changed, whatever the statement. */
describe('typed rows from SQL', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = new DataSource({ type: 'postgres', url: ownerUrlOf(await emptyDatabase()) });
    await db.initialize();
    await db.query(`CREATE TABLE t (id int PRIMARY KEY, cents bigint NOT NULL)`);
    await db.query(`INSERT INTO t VALUES (1, 100), (2, 200), (3, 300)`);
  });
  afterAll(() => db?.destroy());

  it('reads rows, and the first row or none', async () => {
    expect(await rows<{ id: number }>(db.manager, `SELECT id FROM t WHERE id < $1 ORDER BY id`, [3])).toEqual([
      { id: 1 },
      { id: 2 },
    ]);
    expect(await firstRow<{ cents: string }>(db.manager, `SELECT cents FROM t WHERE id = $1`, [2])).toEqual({
      cents: '200',
    });
    expect(await firstRow(db.manager, `SELECT id FROM t WHERE id = $1`, [9])).toBeUndefined();
  });

  it('gives the rows an UPDATE or DELETE returns and how many it changed', async () => {
    const updated = await run<{ id: number }>(
      db.manager,
      `UPDATE t SET cents = cents + 1 WHERE id >= $1 RETURNING id`,
      [2],
    );
    expect(updated.affected).toBe(2);
    expect(updated.rows.map((r) => r.id).sort()).toEqual([2, 3]);
    expect(await rows(db.manager, `DELETE FROM t WHERE id = $1 RETURNING id`, [1])).toEqual([{ id: 1 }]);
    expect((await run(db.manager, `DELETE FROM t WHERE id = $1`, [1])).affected).toBe(0);
    expect((await run(db.manager, `INSERT INTO t VALUES (7, 1), (8, 2)`)).affected).toBe(0);
  });
});
