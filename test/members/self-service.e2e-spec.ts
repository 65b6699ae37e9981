/**
 * What a member does for themselves from their home page: subscribe more shares, ask for a
 * redemption, change their contact details and consent, pledge to an open campaign — always for
 * their own record, never for someone else's, never setting what the co-op decides.
 */
import { createCoop, expectProblem, paidUpMember, startApi, TestApi, TestOrg, TestUser } from '../support/app';
import { parisDay } from '../funding/support';

describe('a member acting for themselves', () => {
  let api: TestApi;
  let org: TestOrg;
  let me: { id: string; user?: TestUser };
  let other: { id: string };

  beforeAll(async () => {
    api = await startApi();
    org = await createCoop(api, [{ code: 'A', nominalCents: 1000, maxPerMember: 20 }]);
    me = await paidUpMember(api, org, { quantity: 2, withAccount: true });
    other = await paidUpMember(api, org, { quantity: 2 });
  });
  afterAll(() => api.close());

  const asMe = (method: 'post' | 'patch', path: string) =>
    api.http[method](`/v1/orgs/${org.slug}/${path}`).set(me.user!.auth);

  it('subscribes more shares for themselves: pending until the board decides', async () => {
    const res = await asMe('post', 'subscriptions').send({ memberId: me.id, shareClassCode: 'A', quantity: 3 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ memberId: me.id, status: 'pending', quantity: 3, amountCents: 3000 });
    const mine = await api.http.get(`/v1/orgs/${org.slug}/subscriptions`).set(me.user!.auth).expect(200);
    expect(mine.body.items.map((s: { id: string }) => s.id)).toContain(res.body.id);
  });

  it('cannot subscribe in another member’s name, nor backdate the form', async () => {
    expectProblem(
      await asMe('post', 'subscriptions').send({ memberId: other.id, shareClassCode: 'A', quantity: 1 }),
      404,
    );
    expectProblem(
      await asMe('post', 'subscriptions').send({
        memberId: me.id,
        shareClassCode: 'A',
        quantity: 1,
        subscribedOn: '2026-01-01',
      }),
      400,
      'subscribedOn',
    );
  });

  it('asks for a redemption of their own shares; the co-op sets its date', async () => {
    expectProblem(
      await asMe('post', 'redemptions').send({
        memberId: me.id,
        shareClassCode: 'A',
        quantity: 1,
        effectiveOn: '2026-06-30',
      }),
      400,
      'effectiveOn',
    );
    expectProblem(
      await asMe('post', 'redemptions').send({ memberId: other.id, shareClassCode: 'A', quantity: 1 }),
      404,
    );
    const res = await asMe('post', 'redemptions').send({ memberId: me.id, shareClassCode: 'A', quantity: 1 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ memberId: me.id, status: 'pending', quantity: 1 });
  });

  it('changes their contact details and e-mail consent, not their identity', async () => {
    const res = await asMe('patch', `members/${me.id}`).send({
      phone: '+33 6 12 34 56 78',
      city: 'Lyon',
      eConsent: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phone: '+33 6 12 34 56 78', city: 'Lyon', eConsent: true });
    expectProblem(await asMe('patch', `members/${me.id}`).send({ lastName: 'Autre' }), 400, 'lastName');
    expectProblem(await asMe('patch', `members/${other.id}`).send({ city: 'Paris' }), 404);
    const history = await api.http.get(`/v1/orgs/${org.slug}/members/${me.id}/history`).set(org.admin.auth).expect(200);
    expect(JSON.stringify(history.body.items[0].changes)).toContain('Lyon');
  });

  it('sees open campaigns only, and pledges in their own name', async () => {
    const admin = (path: string, body: object) =>
      api.http.post(`/v1/orgs/${org.slug}/${path}`).set(org.admin.auth).send(body);
    const campaign = (title: string) => ({
      title,
      goalCents: 100_000,
      startsOn: parisDay(),
      endsOn: parisDay(30),
      mode: 'keep_it_all',
    });
    const draft = await admin('campaigns', campaign('Brouillon')).expect(201);
    const open = await admin('campaigns', campaign('Outil commun')).expect(201);
    await admin(`campaigns/${open.body.id}/open`, {}).expect(200);

    const list = await api.http.get(`/v1/orgs/${org.slug}/campaigns`).set(me.user!.auth).expect(200);
    expect(list.body.items.map((c: { title: string }) => c.title)).toEqual(['Outil commun']);
    expectProblem(await api.http.get(`/v1/orgs/${org.slug}/campaigns/${draft.body.id}`).set(me.user!.auth), 404);

    const pledge = await asMe('post', `campaigns/${open.body.id}/contributions`).send({
      memberId: me.id,
      amountCents: 5000,
      kind: 'donation',
    });
    expect(pledge.status).toBe(201);
    expect(pledge.body).toMatchObject({ memberId: me.id, amountCents: 5000 });
    expectProblem(
      await asMe('post', `campaigns/${open.body.id}/contributions`).send({
        contributor: { kind: 'person', name: 'Quelqu’un', email: 'q@example.coop' },
        amountCents: 5000,
        kind: 'donation',
      }),
      400,
      'contributor',
    );
  });
});
