import { Client } from 'pg';
import { CAPITAL_DAYS_FUNCTION } from '../../libs/shares/src/capital-days.sql';
import { cloneTemplate, withAdmin } from '../support/databases';

describe('socius_capital_days', () => {
  it('is deployed as written beside the service that calls it (capital-days.sql.ts)', async () => {
    const url = await cloneTemplate();
    const deployed = await withAdmin(
      async (c: Client) =>
        (
          await c.query(
            `SELECT pg_get_functiondef('public.socius_capital_days(uuid, date, date)'::regprocedure) AS def`,
          )
        ).rows[0].def as string,
      url,
    );
    expect(deployed).toBe(CAPITAL_DAYS_FUNCTION);
  });
});
