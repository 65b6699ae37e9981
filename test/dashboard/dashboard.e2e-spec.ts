import {
  admittedMember,
  createCoop,
  createMember,
  expectProblem,
  paidUpMember,
  startApi,
  TestApi,
  TestOrg,
  userWithRole,
} from '../support/app';

/** `GET /v1/orgs/{slug}/dashboard`: the figures an admin sees first, and the work waiting for them. */
describe('the admin dashboard', () => {
  let api: TestApi;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi();
    org = await createCoop(api, [{ code: 'A', nominalCents: 5000 }]);
  });
  afterAll(() => api.close());

  const post = (path: string, body: object) =>
    api.http.post(`/v1/orgs/${org.slug}/${path}`).set(org.admin.auth).send(body);

  it('adds up capital, members and the work waiting, and refuses anyone but an admin', async () => {
    for (const code of ['PROD', 'USR'])
      await post('colleges', { code, name: `Collège ${code}`, weightPercent: 50 }).expect(201);
    // two holders, paid up on 4 January 2026: 2 + 3 shares of 50 €
    const first = await paidUpMember(api, org, { nominalCents: 5000, quantity: 2, member: { collegeCode: 'PROD' } });
    await paidUpMember(api, org, { nominalCents: 5000, quantity: 3, member: { collegeCode: 'USR' } });
    // one applicant, one admitted member with a subscription to decide and one approved but unpaid
    await createMember(api, org, { collegeCode: 'PROD' });
    const admitted = await admittedMember(api, org);
    await post('subscriptions', {
      memberId: admitted.id,
      shareClassCode: 'A',
      quantity: 1,
      subscribedOn: '2026-02-01',
    }).expect(201);
    const unpaid = await post('subscriptions', {
      memberId: first.id,
      shareClassCode: 'A',
      quantity: 1,
      subscribedOn: '2026-02-01',
    }).expect(201);
    await post(`subscriptions/${unpaid.body.id}/approve`, { decidedOn: '2026-02-02' }).expect(200);
    // a redemption asked, not decided
    await post('redemptions', { memberId: first.id, shareClassCode: 'A', quantity: 1 }).expect(201);
    // a charter nobody accepted yet, and a resolution open until tomorrow
    const charter = await post('charters', { kind: 'charter', title: 'Charte', body: 'Texte' }).expect(201);
    const assembly = await post('assemblies', {
      title: 'AG',
      kind: 'permanent',
      weighting: 'per_member',
      secret: false,
    }).expect(201);
    const resolution = await post(`assemblies/${assembly.body.id}/resolutions`, {
      title: 'Affectation du résultat',
      text: 'T',
      majority: 'simple',
      quorumPercent: 0,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    }).expect(201);
    await post(`resolutions/${resolution.body.id}/open`, {}).expect(200);

    const res = await api.http.get(`/v1/orgs/${org.slug}/dashboard`).set(org.admin.auth).expect(200);
    const d = res.body;
    // the floor: a quarter of the highest capital reached (no statutory minimum set)
    expect(d.capital).toEqual(
      expect.objectContaining({
        totalCents: 25_000,
        paidCents: 25_000,
        floorCents: 6_250,
        holderCount: 2,
        legalMinimumCents: 0,
      }),
    );
    // 13 month ends, oldest first: nothing before January 2026, 250 € from then on
    expect(d.capitalHistory).toHaveLength(13);
    expect(d.capitalHistory[12].on).toBe(d.capital.at);
    for (const p of d.capitalHistory as { on: string; totalCents: number }[])
      expect([p.on, p.totalCents]).toEqual([p.on, p.on < '2026-01-04' ? 0 : 25_000]);
    expect(d.membersByStatus).toEqual([
      { status: 'active', count: 3 },
      { status: 'applicant', count: 1 },
    ]);
    expect(d.membersByCollege).toEqual([
      { collegeCode: 'PROD', name: 'Collège PROD', count: 2 },
      { collegeCode: 'USR', name: 'Collège USR', count: 1 },
      { collegeCode: null, name: null, count: 1 },
    ]);
    expect(d.todo).toEqual({
      subscriptionsToApprove: 1,
      paymentsToRecord: 1,
      redemptionsToDecide: 1,
      redemptionsWaiting: 0,
      waitingReasons: [],
      applications: 1,
      charters: [{ charterId: charter.body.id, title: 'Charte', version: 1, missing: 4 }],
      resolutionsClosingSoon: [
        { id: resolution.body.id, title: 'Affectation du résultat', closesAt: expect.any(String) },
      ],
    });

    const accountant = await userWithRole(api, org, 'accountant');
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}/dashboard`).set(accountant.auth), 403);
  });
});
