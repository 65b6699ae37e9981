import { cloneTemplate } from '../support/databases';
import { createCoop, paidUpMember, startApi, TestApi, TestOrg } from '../support/app';

/**
 * Exports read DATABASE_REPLICA_URL when it answers and has caught up, else the primary. A real
 * streaming replica is exercised by test/reliability/cluster.e2e-spec.ts; here the "replica" is
 * another database that is not in recovery (read as it is, as a promoted standby would be), so
 * which one an export read shows in its rows.
 */
describe('exports and the read replica', () => {
  let api: TestApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  async function ledgerCsv(settings: Record<string, string>): Promise<{ org: TestOrg; lines: string[] }> {
    api = await startApi(settings);
    const org = await createCoop(api, [{ code: 'A', nominalCents: 1000 }]);
    await paidUpMember(api, org, { quantity: 2 });
    await paidUpMember(api, org, { quantity: 3 });
    const res = await api.http.get(`/v1/orgs/${org.slug}/exports/ledger.csv`).set(org.admin.auth).expect(200);
    return { org, lines: res.text.trim().split('\r\n') };
  }

  it('reads the replica it is given', async () => {
    // a replica that lacks the organization's rows gives a file without them
    const { lines } = await ledgerCsv({ DATABASE_REPLICA_URL: await cloneTemplate() });
    expect(lines).toHaveLength(1); // the header alone
  });

  it('reads the primary when the replica does not answer', async () => {
    const { lines } = await ledgerCsv({ DATABASE_REPLICA_URL: 'postgres://socius_app:x@127.0.0.1:1/socius' });
    expect(lines).toHaveLength(3); // the header and the two issues
  });
});
