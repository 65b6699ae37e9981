import { PaymentsService } from '@socius/payments';
import { AddressInfo } from 'node:net';
import {
  createCoop,
  createMember,
  expectProblem,
  signup,
  startApi,
  TestApi,
  TestOrg,
  userWithRole,
} from '../support/app';
import { HelloAssoStandin, startHelloAssoStandin } from '../support/helloasso-standin';
import { parisDay } from './support';

/**
 * Payments in by HelloAsso checkout, against a local stand-in of its API: a donation to a public
 * campaign and a member's share subscription paid by card, each confirmed by asking HelloAsso back —
 * never on a notification's word — and recorded once.
 */
describe('payments in: HelloAsso checkout', () => {
  let api: TestApi;
  let apiUrl: string;
  let standin: HelloAssoStandin;
  let org: TestOrg;
  let campaignId: string;

  const url = (p: string) => `/v1/orgs/${org.slug}/${p}`;
  const get = (p: string) => api.http.get(url(p)).set(org.admin.auth);
  const post = (p: string, body: object) => api.http.post(url(p)).set(org.admin.auth).send(body);
  const account = () => ({
    provider: 'helloasso',
    accountRef: standin.organizationSlug,
    clientId: standin.clientId,
    clientSecret: standin.clientSecret,
    baseUrl: standin.url,
  });
  const notificationUrl = () => `${apiUrl}/v1/payments/helloasso/${org.slug}/notifications`;
  /** confirmations started by notifications run on after the 200: wait for them */
  const settled = () => api.app.get(PaymentsService).settled();
  const intentOf = (redirectUrl: string) => Number(/\/pay\/(\d+)$/.exec(redirectUrl)![1]);
  const donate = (amountCents: number, extra: object = {}) =>
    api.http
      .post(`/v1/public/orgs/${org.slug}/campaigns/${campaignId}/checkout`)
      .send({ amountCents, firstName: 'Léa', lastName: 'Dupont', email: 'lea.dupont@example.org', ...extra });
  const payments = async (contributionId: string) =>
    (await get(`campaigns/${campaignId}/ledger`).expect(200)).body.items.filter(
      (e: { contributionId: string; kind: string }) => e.contributionId === contributionId && e.kind === 'payment',
    );
  const contributionOf = async (checkoutId: string) =>
    (await get('payments/checkouts').expect(200)).body.items.find((c: { id: string }) => c.id === checkoutId);

  beforeAll(async () => {
    standin = await startHelloAssoStandin();
    api = await startApi({ WEBHOOK_ALLOW_LOOPBACK: 'true', PUBLIC_URL: 'http://socius.test' });
    await api.app.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    org = await createCoop(api, [{ code: 'A', nominalCents: 5000 }], { name: 'Coop des Outils' });
    const c = await post('campaigns', {
      title: 'Registre commun',
      description: 'Le logiciel de registre que nous partageons',
      goalCents: 500_000,
      startsOn: parisDay(-10),
      endsOn: parisDay(50),
      mode: 'keep_it_all',
      public: true,
    }).expect(201);
    campaignId = c.body.id;
    await post(`campaigns/${campaignId}/open`, {}).expect(200);
  });
  afterAll(async () => {
    await api?.close();
    await standin?.close();
  });

  it('an admin sets the account up once HelloAsso grants a token; the secret is never shown', async () => {
    await api.http.get(`/v1/public/orgs/${org.slug}/payments`).expect(200, { checkout: false });
    expectProblem(await donate(2000), 422);
    expectProblem(
      await api.http
        .put(url('payments/account'))
        .set(org.admin.auth)
        .send({ ...account(), clientSecret: 'wrong' }),
      400,
      'clientSecret',
    );
    expectProblem(
      await api.http
        .put(url('payments/account'))
        .set(org.admin.auth)
        .send({ ...account(), baseUrl: 'https://evil.example' }),
      400,
      'baseUrl',
    );
    const member = await userWithRole(api, org, 'member');
    await api.http.put(url('payments/account')).set(member.auth).send(account()).expect(403);

    const saved = await api.http.put(url('payments/account')).set(org.admin.auth).send(account()).expect(200);
    expect(saved.body.account).toEqual(
      expect.objectContaining({
        provider: 'helloasso',
        accountRef: standin.organizationSlug,
        baseUrl: standin.url,
        enabled: true,
      }),
    );
    expect(saved.body.account.notificationUrl).toBe(
      `http://socius.test/v1/payments/helloasso/${org.slug}/notifications`,
    );
    expect(JSON.stringify((await get('payments/account').expect(200)).body)).not.toContain(standin.clientSecret);
    // the stored secret is kept when the form leaves it out
    const { clientSecret: _, ...withoutSecret } = account();
    await api.http.put(url('payments/account')).set(org.admin.auth).send(withoutSecret).expect(200);
    await api.http.get(`/v1/public/orgs/${org.slug}/payments`).expect(200, { checkout: true });
  });

  it('a donation: pledged, paid at HelloAsso, notified, confirmed by asking back, recorded once', async () => {
    standin.notifyUrl = notificationUrl();
    const started = await donate(2500, { publicName: true }).expect(201);
    expect(started.body.redirectUrl).toBe(`${standin.url}/pay/${intentOf(started.body.redirectUrl)}`);
    const intent = standin.intents.get(intentOf(started.body.redirectUrl))!;
    expect(intent.body).toEqual(
      expect.objectContaining({
        totalAmount: 2500,
        initialAmount: 2500,
        containsDonation: true,
        metadata: { checkoutId: started.body.checkoutId },
      }),
    );
    expect(intent.body.returnUrl).toBe(
      `http://socius.test/campaigns/${org.slug}/${campaignId}?checkout=${started.body.checkoutId}&outcome=return`,
    );
    const { contributionId } = await contributionOf(started.body.checkoutId);
    expect((await get(`contributions/${contributionId}`).expect(200)).body).toEqual(
      expect.objectContaining({ status: 'pledged', paidCents: 0, contributorName: 'Léa Dupont' }),
    );

    // the payer pays on HelloAsso's page, which notifies Socius and sends the payer back
    const page = await fetch(started.body.redirectUrl, { method: 'POST', redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toContain(
      `checkout=${started.body.checkoutId}&outcome=return&checkoutIntentId=${intent.id}&code=succeeded`,
    );
    await settled();
    expect((await get(`contributions/${contributionId}`).expect(200)).body).toEqual(
      expect.objectContaining({ status: 'paid', paidCents: 2500 }),
    );
    const landing = await api.http
      .post(`/v1/public/payments/checkouts/${started.body.checkoutId}/confirm`)
      .send({ outcome: 'return' })
      .expect(200);
    expect(landing.body).toEqual(
      expect.objectContaining({ status: 'paid', amountCents: 2500, purpose: 'contribution' }),
    );
    expect(JSON.stringify(landing.body)).not.toContain('Dupont');

    // repeats and concurrent duplicates of the notification and the landing record nothing more
    await Promise.all([
      standin.notify(intent.id, notificationUrl()),
      standin.notify(intent.id, notificationUrl()),
      api.http.post(`/v1/public/payments/checkouts/${started.body.checkoutId}/confirm`).send({}),
    ]);
    await settled();
    const recorded = await payments(contributionId);
    expect(recorded).toEqual([
      expect.objectContaining({
        amountCents: 2500,
        method: 'card',
        reference: `HELLOASSO-${intent.order!.payments[0].id}`,
      }),
    ]);
  });

  it('concurrent notifications of a checkout paid but not yet confirmed record it once', async () => {
    standin.notifyUrl = null;
    const started = await donate(1200).expect(201);
    const intent = standin.pay(intentOf(started.body.redirectUrl));
    const confirm = () => api.http.post(`/v1/public/payments/checkouts/${started.body.checkoutId}/confirm`).send({});
    const answers = await Promise.all([
      standin.notify(intent.id, notificationUrl()),
      standin.notify(intent.id, notificationUrl()),
      standin.notify(intent.id, notificationUrl()),
      confirm(),
      confirm(),
    ]);
    expect(answers.slice(0, 3)).toEqual([200, 200, 200]);
    await settled();
    const { contributionId, status } = await contributionOf(started.body.checkoutId);
    expect(status).toBe('paid');
    expect(await payments(contributionId)).toHaveLength(1);
    expect((await get(`contributions/${contributionId}`).expect(200)).body.paidCents).toBe(1200);
  });

  it('forged notifications record nothing: unknown, unpaid, or the wrong amount', async () => {
    standin.notifyUrl = null;
    const forge = (body: object) => api.http.post(`/v1/payments/helloasso/${org.slug}/notifications`).send(body);
    // a checkout nobody started, and nonsense: 200 all the same
    await forge({
      eventType: 'Order',
      data: {
        checkoutIntentId: 987654,
        amount: { total: 2500 },
        payments: [{ id: 1, amount: 2500, state: 'Authorized' }],
      },
    }).expect(200);
    await forge({ eventType: 'Payment', data: 'nothing' }).expect(200);
    await api.http
      .post(`/v1/payments/helloasso/no-such-org/notifications`)
      .send({ data: { checkoutIntentId: 1 } })
      .expect(200);

    // an unpaid checkout, its notification claiming it was paid
    const unpaid = await donate(3000).expect(201);
    const unpaidIntent = intentOf(unpaid.body.redirectUrl);
    await forge({
      eventType: 'Order',
      data: {
        checkoutIntentId: unpaidIntent,
        amount: { total: 3000 },
        payments: [{ id: 5, amount: 3000, state: 'Authorized' }],
      },
      metadata: { checkoutId: unpaid.body.checkoutId },
    }).expect(200);
    await settled();
    const stillPending = await contributionOf(unpaid.body.checkoutId);
    expect(stillPending.status).toBe('pending');
    expect((await get(`contributions/${stillPending.contributionId}`).expect(200)).body.status).toBe('pledged');

    // HelloAsso says 10 € were paid where 40 € were asked: unmatched, for an admin
    const short = await donate(4000).expect(201);
    standin.pay(intentOf(short.body.redirectUrl), { amount: 1000 });
    await standin.notify(intentOf(short.body.redirectUrl), notificationUrl());
    await settled();
    const unmatched = await contributionOf(short.body.checkoutId);
    expect(unmatched).toEqual(
      expect.objectContaining({
        status: 'unmatched',
        problem: expect.stringContaining('1000 cents were paid, 4000 were asked'),
      }),
    );
    expect(await payments(unmatched.contributionId)).toEqual([]);

    // refused at HelloAsso, the payer back by the error page: abandoned, the pledge still pending
    const refused = await donate(1500).expect(201);
    standin.pay(intentOf(refused.body.redirectUrl), { state: 'Refused' });
    const back = await api.http
      .post(`/v1/public/payments/checkouts/${refused.body.checkoutId}/confirm`)
      .send({ outcome: 'error' })
      .expect(200);
    expect(back.body.status).toBe('abandoned');
    expect(
      (await get(`contributions/${(await contributionOf(refused.body.checkoutId)).contributionId}`)).body.status,
    ).toBe('pledged');
    await api.http
      .post('/v1/public/payments/checkouts/00000000-0000-4000-8000-000000000000/confirm')
      .send({})
      .expect(404);
  });

  it('an expired token is renewed with the refresh token', async () => {
    standin.notifyUrl = null;
    const started = await donate(800).expect(201);
    standin.pay(intentOf(started.body.redirectUrl));
    standin.expireTokens();
    const refreshes = standin.tokenRequests.refresh_token;
    const confirmed = await api.http
      .post(`/v1/public/payments/checkouts/${started.body.checkoutId}/confirm`)
      .send({})
      .expect(200);
    expect(confirmed.body.status).toBe('paid');
    expect(standin.tokenRequests.refresh_token).toBe(refreshes + 1);
  });

  it('a member pays an approved share subscription in two parts; the register issues the shares', async () => {
    const member = await createMember(api, org);
    const user = await signup(api, 'subscriber');
    await post('users', { email: user.email, role: 'member', memberId: member.id }).expect(201);
    const sub = await post('subscriptions', {
      memberId: member.id,
      shareClassCode: 'A',
      quantity: 2,
      subscribedOn: parisDay(),
    }).expect(201);
    const checkoutOf = (body: object, who = user.auth) =>
      api.http
        .post(url(`subscriptions/${sub.body.id}/checkout`))
        .set(who)
        .send(body);
    expectProblem(await checkoutOf({}), 422);
    await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: parisDay() }).expect(200);
    const stranger = await userWithRole(api, org, 'member');
    await checkoutOf({}, stranger.auth).expect(404);
    expectProblem(await checkoutOf({ amountCents: 10_001 }), 422, 'amountCents');

    const first = await checkoutOf({ amountCents: 5000 }).expect(201);
    const firstIntent = standin.intents.get(intentOf(first.body.redirectUrl))!;
    expect(firstIntent.body).toEqual(expect.objectContaining({ totalAmount: 5000, containsDonation: false }));
    expect(firstIntent.body.returnUrl).toBe(
      `http://socius.test/o/${org.slug}/shares?checkout=${first.body.checkoutId}&outcome=return`,
    );
    standin.pay(firstIntent.id);
    // the payer's landing confirms at once
    const landed = await api.http
      .post(`/v1/public/payments/checkouts/${first.body.checkoutId}/confirm`)
      .send({ outcome: 'return' })
      .expect(200);
    expect(landed.body).toEqual(
      expect.objectContaining({ status: 'paid', purpose: 'subscription', amountCents: 5000 }),
    );
    await standin.notify(firstIntent.id, notificationUrl());
    await settled();
    let view = (await get(`subscriptions/${sub.body.id}`).expect(200)).body;
    expect(view).toEqual(expect.objectContaining({ status: 'approved', paidCents: 5000 }));
    expect(view.payments).toEqual([
      expect.objectContaining({
        amountCents: 5000,
        method: 'card',
        reference: `HELLOASSO-${firstIntent.order!.payments[0].id}`,
      }),
    ]);

    const rest = await checkoutOf({}).expect(201);
    standin.pay(intentOf(rest.body.redirectUrl));
    await api.http
      .post(`/v1/public/payments/checkouts/${rest.body.checkoutId}/confirm`)
      .send({ outcome: 'return' })
      .expect(200);
    view = (await get(`subscriptions/${sub.body.id}`).expect(200)).body;
    expect(view).toEqual(expect.objectContaining({ status: 'issued', paidCents: 10_000 }));
    expect(view.payments).toHaveLength(2);
    expectProblem(await checkoutOf({}), 422);
  });
});
