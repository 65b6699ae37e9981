import { INestApplicationContext } from '@nestjs/common';
import { createMember, createOrg, expectProblem, startApi, startWorker, TestApi, TestOrg } from '../support/app';
import { startSmtp, waitFor } from '../support/smtp';

/** Libération fractionnée: a quarter at subscription, the rest on capital calls, reminders, default. */
describe('shares paid by instalments', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let org: TestOrg;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    org = await createOrg(api);
    await post('share-classes', {
      code: 'S',
      name: 'Parts salariés',
      nominalCents: 10000,
      minPerMember: 1,
      instalmentsAllowed: true,
    });
    await post('share-classes', { code: 'U', name: 'Parts usagers', nominalCents: 10000, minPerMember: 1 });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
  });

  const post = (p: string, body: object) => api.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body);
  const get = (p: string) => api.http.get(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth);
  const lines = (sourceId: string) =>
    api.db.query(
      `SELECT l.account, l.debit_cents::int AS d, l.credit_cents::int AS c FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
        WHERE e.organization_id = $1 AND e.source_id = $2 ORDER BY e.entry_number, l.line_number`,
      [org.id, sourceId],
    );

  it('issues the shares once a quarter is paid, calls the rest, reminds the member and records the default', async () => {
    const member = await createMember(api, org, { email: 'salariee@example.coop' });
    const sub = await post('subscriptions', {
      memberId: member.id,
      shareClassCode: 'S',
      quantity: 8,
      subscribedOn: '2026-09-01',
      initialCalledCents: 20000,
    });
    expect(sub.status).toBe(201);
    expect(sub.body).toEqual(expect.objectContaining({ amountCents: 80000, calledCents: 20000, instalments: true }));
    const approved = await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-09-02' }).expect(200);
    expect(approved.body.status).toBe('approved');
    expect(await lines(sub.body.id)).toEqual([
      { account: '4562', d: 20000, c: 0 },
      { account: '1012', d: 0, c: 20000 },
      { account: '109', d: 60000, c: 0 },
      { account: '1011', d: 0, c: 60000 },
    ]);

    const paid = await post(`subscriptions/${sub.body.id}/payments`, {
      amountCents: 20000,
      paidOn: '2026-09-05',
      method: 'transfer',
    }).expect(201);
    expect(paid.body).toEqual(
      expect.objectContaining({ status: 'issued', issuedOn: '2026-09-05', memberStatus: 'active' }),
    );
    const capital = (await get('capital?at=2026-09-30').expect(200)).body;
    expect(capital.classes.find((c: { shareClassCode: string }) => c.shareClassCode === 'S')).toEqual(
      expect.objectContaining({ quantity: 8, subscribedCents: 80000, calledCents: 20000, paidCents: 20000 }),
    );

    // nothing more is due until capital is called
    expectProblem(
      await post(`subscriptions/${sub.body.id}/payments`, {
        amountCents: 100,
        paidOn: '2026-09-06',
        method: 'transfer',
      }),
      422,
    );
    expectProblem(
      await post(`subscriptions/${sub.body.id}/calls`, {
        amountCents: 70000,
        calledOn: '2026-10-01',
        dueOn: '2026-10-15',
      }),
      422,
      'amountCents',
    );

    // a call already overdue: the reminder goes out and the default is recorded by the worker
    const called = await post(`subscriptions/${sub.body.id}/calls`, {
      amountCents: 30000,
      calledOn: '2026-10-01',
      dueOn: '2026-10-15',
    }).expect(201);
    expect(called.body.calledCents).toBe(50000);
    await waitFor(() => smtp.mails.find((m) => m.to.includes('salariee@example.coop')), 15_000, 'the reminder');
    const defaulted = await waitFor(
      async () => {
        const s = (await get(`subscriptions/${sub.body.id}`).expect(200)).body;
        return s.status === 'defaulted' && s;
      },
      15_000,
      'the default',
    );
    expect(defaulted.calls).toEqual([expect.objectContaining({ amountCents: 30000, dueOn: '2026-10-15' })]);
    const entries = await lines(defaulted.calls[0].id);
    expect(entries).toEqual(
      expect.arrayContaining([
        { account: '1011', d: 30000, c: 0 },
        { account: '1012', d: 0, c: 30000 },
        { account: '4562', d: 30000, c: 0 },
        { account: '109', d: 0, c: 30000 },
        { account: '4566', d: 30000, c: 0 },
        { account: '4562', d: 0, c: 30000 },
      ]),
    );
    expect(smtp.mails.filter((m) => m.to.includes('salariee@example.coop'))).toHaveLength(1);

    // paying the call cures the default
    const cured = await post(`subscriptions/${sub.body.id}/payments`, {
      amountCents: 30000,
      paidOn: '2026-10-20',
      method: 'transfer',
    }).expect(201);
    expect(cured.body).toEqual(expect.objectContaining({ status: 'issued', paidCents: 50000 }));
  });

  it('refuses instalments where the class wants full payment, and a first part under a quarter', async () => {
    const member = await createMember(api, org);
    expectProblem(
      await post('subscriptions', { memberId: member.id, shareClassCode: 'U', quantity: 4, initialCalledCents: 10000 }),
      400,
      'initialCalledCents',
    );
    expectProblem(
      await post('subscriptions', { memberId: member.id, shareClassCode: 'S', quantity: 4, initialCalledCents: 9999 }),
      400,
      'initialCalledCents',
    );
  });

  it('tracks and shows the deadline to pay up shares subscribed by instalments (loi 47-1775 art. 12: 3 years, or less per the statutes)', async () => {
    const member = await createMember(api, org);
    const sub = await post('subscriptions', {
      memberId: member.id,
      shareClassCode: 'S',
      quantity: 4,
      subscribedOn: '2026-03-01',
      initialCalledCents: 10000,
    }).expect(201);
    // subscribed on 1 March 2026: fully paid up by 1 March 2029
    expect(sub.body.fullPaymentDueOn).toBe('2029-03-01');
    await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-03-02' }).expect(200);
    await post(`subscriptions/${sub.body.id}/payments`, {
      amountCents: 10000,
      paidOn: '2026-03-03',
      method: 'transfer',
    }).expect(201);
    const late = await post(`subscriptions/${sub.body.id}/calls`, {
      amountCents: 10000,
      calledOn: '2026-04-01',
      dueOn: '2029-03-02',
    });
    expectProblem(late, 422, 'dueOn');
    expect(late.body.type).toBe('/problems/instalment-deadline');
    await post(`subscriptions/${sub.body.id}/calls`, {
      amountCents: 10000,
      calledOn: '2026-04-01',
      dueOn: '2029-03-01',
    }).expect(201);
    // statutes asking for two years: the deadline moves to 1 March 2028, and so does the limit on calls
    await api.http.patch(`/v1/orgs/${org.slug}`).set(org.admin.auth).send({ instalmentDeadlineYears: 2 }).expect(200);
    expect((await get(`subscriptions/${sub.body.id}`).expect(200)).body.fullPaymentDueOn).toBe('2028-03-01');
    expectProblem(
      await post(`subscriptions/${sub.body.id}/calls`, {
        amountCents: 10000,
        calledOn: '2026-04-02',
        dueOn: '2028-03-02',
      }),
      422,
      'dueOn',
    );
    const fullPay = await post('subscriptions', {
      memberId: member.id,
      shareClassCode: 'U',
      quantity: 1,
      subscribedOn: '2026-03-01',
    }).expect(201);
    expect(fullPay.body.fullPaymentDueOn).toBeNull();
    await api.http.patch(`/v1/orgs/${org.slug}`).set(org.admin.auth).send({ instalmentDeadlineYears: 3 }).expect(200);
  });
});
