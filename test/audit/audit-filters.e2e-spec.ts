import { createOrg, startApi, TestApi, TestOrg, TestUser, userWithRole } from '../support/app';

/** The audit log as the console reads it: by person, by object, by day, a page at a time. */
describe('audit log filters', () => {
  let api: TestApi;
  let org: TestOrg;
  let secondAdmin: TestUser;

  beforeAll(async () => {
    api = await startApi();
    org = await createOrg(api);
    secondAdmin = await userWithRole(api, org, 'admin');
    await api.http.patch(`/v1/orgs/${org.slug}`).set(secondAdmin.auth).send({ name: 'Par la seconde' }).expect(200);
    await api.http.patch(`/v1/orgs/${org.slug}`).set(org.admin.auth).send({ name: 'Par la première' }).expect(200);
  });
  afterAll(() => api.close());

  const audit = (query: Record<string, string>) =>
    api.http.get(`/v1/orgs/${org.slug}/audit`).query(query).set(org.admin.auth).expect(200);

  it('keeps what one person did (their e-mail, whatever its case)', async () => {
    const res = await audit({ actor: secondAdmin.email.toUpperCase() });
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((i: { actor: string }) => i.actor === secondAdmin.email)).toBe(true);
    expect(res.body.items.map((i: { changes: { name?: { to: string } } }) => i.changes?.name?.to)).toContain(
      'Par la seconde',
    );
    expect(res.body.total).toBe(res.body.items.length);
  });

  it('keeps the entries of the days asked, in the organization’s calendar', async () => {
    // what was recorded just now, on the co-op's day (Paris time, not UTC)
    const [{ today }] = await api.db.query(
      `SELECT (now() AT TIME ZONE timezone)::date::text AS today FROM organizations WHERE id = $1`,
      [org.id],
    );
    const [{ yesterday }] = await api.db.query(`SELECT ($1::date - 1)::text AS yesterday`, [today]);
    const all = await audit({});
    expect((await audit({ from: today, to: today })).body.total).toBe(all.body.total);
    expect((await audit({ to: yesterday })).body.total).toBe(0);
    expect((await audit({ from: yesterday })).body.total).toBe(all.body.total);
  });

  it('pages through one object’s entries', async () => {
    const first = await audit({ entityType: 'organization', entityId: org.id, limit: '1' });
    expect(first.body.total).toBeGreaterThanOrEqual(3);
    expect(first.body.items).toHaveLength(1);
    const second = await audit({
      entityType: 'organization',
      entityId: org.id,
      limit: '1',
      cursor: first.body.nextCursor,
    });
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('names the filter at fault', async () => {
    const res = await api.http.get(`/v1/orgs/${org.slug}/audit?from=2026-02-30`).set(org.admin.auth).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
  });
});
