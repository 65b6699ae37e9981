import { INestApplicationContext } from '@nestjs/common';
import { createCoop, expectProblem, startApi, startWorker, TestApi, TestOrg, uniqueEmail } from '../support/app';
import { startSmtp, textOf, waitFor } from '../support/smtp';

const IBAN = 'FR76 3000 6000 0112 3456 7890 189';
const COOP_IBAN = 'FR7630004000031234567890143';

/** A person's application to class A, as the form sends it; `overrides` replace top-level fields. */
function personApplication(charterIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    kind: 'person',
    firstName: 'Hélène',
    lastName: 'Dupont',
    email: uniqueEmail('applicant'),
    phone: '+33 6 12 34 56 78',
    addressLine1: '3 rue des Lilas',
    postalCode: '69001',
    city: 'Lyon',
    shareClassCode: 'A',
    quantity: 3,
    iban: IBAN,
    charterIds,
    consents: { statutes: true, dataProcessing: true, eConvocation: true },
    ...overrides,
  };
}

describe('the public membership application', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let org: TestOrg;
  let statutesId: string;
  let charterId: string;
  const admin = (path: string) => `/v1/orgs/${org.slug}/${path}`;
  const apply = (body: object, slug = org.slug) => api.http.post(`/v1/public/orgs/${slug}/applications`).send(body);

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    org = await createCoop(api, [{ code: 'A', nominalCents: 5000, minPerMember: 2, maxPerMember: 20 }], {
      name: 'La Coop des Lilas',
    });
    await api.http
      .patch(`/v1/orgs/${org.slug}`)
      .set(org.admin.auth)
      .send({ acceptsApplications: true, paymentIban: COOP_IBAN })
      .expect(200);
    const publish = (body: object) => api.http.post(admin('charters')).set(org.admin.auth).send(body).expect(201);
    await publish({ kind: 'statutes', title: 'Statuts', body: 'Version 1', requiredForAdmission: true });
    statutesId = (
      await publish({ kind: 'statutes', title: 'Statuts', body: 'Article 1 …', requiredForAdmission: true })
    ).body.id;
    charterId = (await publish({ kind: 'charter', title: 'Charte', body: 'Nos valeurs' })).body.id;
  }, 60_000);
  afterAll(async () => {
    // the last mails first: a worker closed in the middle of sending one waits for a long while
    await waitFor(
      async () => !(await api.db.query(`SELECT 1 FROM outbox WHERE status <> 'completed' LIMIT 1`)).length,
      30_000,
      'the last e-mails',
    ).catch(() => undefined);
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  it('shows the form of an organization that takes applications, and 404 otherwise', async () => {
    const form = await api.http.get(`/v1/public/orgs/${org.slug}/join`).expect(200);
    expect(form.body).toEqual({
      organization: { name: 'La Coop des Lilas', slug: org.slug, legalForm: 'SCIC_SAS' },
      shareClasses: [
        { code: 'A', name: 'Parts A', nominalCents: 5000, minPerMember: 2, maxPerMember: 20, collegeCodes: [] },
      ],
      // the current version of each document, statutes first, with its text
      charters: [
        { id: statutesId, kind: 'statutes', version: 2, title: 'Statuts', body: 'Article 1 …' },
        { id: charterId, kind: 'charter', version: 1, title: 'Charte', body: 'Nos valeurs' },
      ],
      colleges: [],
    });
    expectProblem(await api.http.get('/v1/public/orgs/no-such-coop/join'), 404);
    const closed = await createCoop(api);
    expectProblem(await api.http.get(`/v1/public/orgs/${closed.slug}/join`), 404);
    expectProblem(await apply(personApplication([]), closed.slug), 404);
    expectProblem(await apply(personApplication([]), 'no-such-coop'), 404);
  });

  it('takes a person’s application: an applicant, the documents accepted, a pending subscription, two e-mails', async () => {
    const body = personApplication([statutesId, charterId]);
    const res = await apply(body).expect(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        memberStatus: 'applicant',
        subscriptionStatus: 'pending',
        shareClassCode: 'A',
        quantity: 3,
        amountCents: 15000,
        email: body.email,
        payment: { amountCents: 15000, iban: COOP_IBAN, payee: 'La Coop des Lilas', reference: expect.any(String) },
      }),
    );
    expect(res.body.nextSteps.join(' ')).toMatch(/board/);
    const { memberId, subscriptionId } = res.body;

    // the admin sees the applicant, their acceptances and the pending subscription
    const member = (
      await api.http
        .get(admin(`members/${memberId}`))
        .set(org.admin.auth)
        .expect(200)
    ).body;
    expect(member).toEqual(
      expect.objectContaining({
        kind: 'person',
        firstName: 'Hélène',
        lastName: 'Dupont',
        email: body.email,
        status: 'applicant',
        membershipNumber: null,
        iban: 'FR7630006000011234567890189',
        postalCode: '69001',
        eConsent: true,
      }),
    );
    const accepted = (
      await api.http
        .get(admin(`members/${memberId}/acceptances`))
        .set(org.admin.auth)
        .expect(200)
    ).body;
    expect(accepted.items.map((a: { charterId: string; via: string }) => [a.charterId, a.via]).sort()).toEqual(
      [
        [statutesId, 'member'],
        [charterId, 'member'],
      ].sort(),
    );
    const pending = (await api.http.get(admin('subscriptions?status=pending')).set(org.admin.auth).expect(200)).body;
    expect(pending.items).toEqual([expect.objectContaining({ id: subscriptionId, memberId, quantity: 3 })]);
    const { subscribedOn } = pending.items[0];

    // the audit log names the applicant as the actor
    const history = (
      await api.http
        .get(admin(`members/${memberId}/history`))
        .set(org.admin.auth)
        .expect(200)
    ).body;
    expect(history.items.map((i: { action: string }) => i.action)).toEqual(
      expect.arrayContaining(['member.created', 'member.charter-accepted', 'member.applied']),
    );
    expect(new Set(history.items.map((i: { actor: string }) => i.actor))).toEqual(new Set([`applicant:${body.email}`]));

    // the confirmation to the applicant says how to pay; the admin is told
    const mail = await waitFor(() => smtp.mails.find((m) => m.to.includes(body.email)), 15_000, 'the confirmation');
    const text = textOf(mail);
    expect(text).toContain('3 part(s)');
    expect(text).toContain(COOP_IBAN);
    expect(text).toContain(res.body.payment.reference);
    const notice = await waitFor(
      () => smtp.mails.find((m) => m.to.includes(org.admin.email) && textOf(m).includes(body.email)),
      15_000,
      'the notice to the admin',
    );
    expect(textOf(notice)).toContain(`/o/${org.slug}`);

    // the board approves, the money comes in: shares issued, the applicant admitted
    const approved = await api.http
      .post(admin(`subscriptions/${subscriptionId}/approve`))
      .set(org.admin.auth)
      .send({ decidedOn: subscribedOn, decisionRef: 'CA' });
    expect([approved.status, approved.body.detail]).toEqual([200, undefined]);
    const paid = await api.http
      .post(admin(`subscriptions/${subscriptionId}/payments`))
      .set(org.admin.auth)
      .send({ amountCents: 15000, paidOn: subscribedOn, method: 'transfer' })
      .expect(201);
    expect(paid.body).toEqual(expect.objectContaining({ status: 'issued', memberStatus: 'active' }));
  }, 30_000);

  it('takes a legal entity’s application with its representative', async () => {
    const representative = { name: 'Paul Martin', role: 'gérant', email: uniqueEmail('rep') };
    const res = await apply({
      kind: 'legal_entity',
      companyName: 'Boulangerie du Coin SARL',
      siren: '732 829 320',
      representative,
      addressLine1: '1 place du Marché',
      postalCode: '69002',
      city: 'Lyon',
      shareClassCode: 'A',
      quantity: 20,
      iban: IBAN,
      charterIds: [charterId, statutesId],
      consents: { statutes: true, dataProcessing: true },
    }).expect(201);
    expect(res.body.email).toBe(representative.email);
    const member = (
      await api.http
        .get(admin(`members/${res.body.memberId}`))
        .set(org.admin.auth)
        .expect(200)
    ).body;
    expect(member).toEqual(
      expect.objectContaining({
        kind: 'legal_entity',
        companyName: 'Boulangerie du Coin SARL',
        siren: '732829320',
        legalRepresentative: 'Paul Martin, gérant',
        email: representative.email,
        eConsent: false,
        status: 'applicant',
      }),
    );
    // the board may admit directly too: the documents required for admission were accepted
    const { subscribedOn } = (
      await api.http
        .get(admin(`subscriptions/${res.body.subscriptionId}`))
        .set(org.admin.auth)
        .expect(200)
    ).body;
    await api.http
      .post(admin(`members/${res.body.memberId}/admit`))
      .set(org.admin.auth)
      .send({ admittedOn: subscribedOn })
      .expect(200);
  });

  it('names the field at fault, and creates nothing', async () => {
    const ids = [statutesId, charterId];
    const before = (await api.http.get(admin('members')).set(org.admin.auth).expect(200)).body.total;
    const cases: [object, number, string][] = [
      [personApplication(ids, { iban: 'FR76 3000 6000 0112 3456 7890 188' }), 400, 'iban'],
      [personApplication(ids, { quantity: 21 }), 422, 'quantity'],
      [personApplication(ids, { quantity: 1 }), 400, 'quantity'],
      [personApplication(ids, { consents: { statutes: false, dataProcessing: true } }), 400, 'consents.statutes'],
      [personApplication(ids, { consents: { statutes: true } }), 400, 'consents.dataProcessing'],
      [personApplication(ids, { email: 'not an address' }), 400, 'email'],
      [personApplication(ids, { lastName: '' }), 400, 'lastName'],
      [personApplication(ids, { shareClassCode: 'Z' }), 400, 'shareClassCode'],
      [personApplication([charterId]), 422, 'charterIds'],
      [
        personApplication(ids, {
          kind: 'legal_entity',
          companyName: 'SARL X',
          siren: '123456789',
          representative: { name: 'A B', role: 'gérante', email: 'nope' },
        }),
        400,
        'siren',
      ],
      [
        personApplication(ids, {
          kind: 'legal_entity',
          companyName: 'SARL X',
          siren: '732829320',
          representative: { name: 'A B', role: 'gérante', email: 'nope' },
        }),
        400,
        'representative.email',
      ],
      [
        personApplication(ids, { kind: 'legal_entity', companyName: 'SARL X', siren: '732829320' }),
        400,
        'representative',
      ],
    ];
    for (const [body, status, field] of cases) {
      const res = await apply(body);
      expect([field, res.status, res.body.detail]).toEqual([field, status, expect.any(String)]);
      expectProblem(res, status, field);
      expect(res.body.errors.every((e: { message: string }) => /^[\x20-\x7e…–’]+$/.test(e.message))).toBe(true);
    }
    expect((await api.http.get(admin('members')).set(org.admin.auth).expect(200)).body.total).toBe(before);
  });

  it('asks applicants to choose a college when the co-op has some, and keeps reserved classes to theirs', async () => {
    const scic = await createCoop(api, [{ code: 'A', nominalCents: 100 }]);
    await api.http.patch(`/v1/orgs/${scic.slug}`).set(scic.admin.auth).send({ acceptsApplications: true }).expect(200);
    for (const [code, name] of [
      ['SAL', 'Salariés'],
      ['USR', 'Usagers'],
    ])
      await api.http
        .post(`/v1/orgs/${scic.slug}/colleges`)
        .set(scic.admin.auth)
        .send({ code, name, weightPercent: 50 })
        .expect(201);
    await api.http
      .post(`/v1/orgs/${scic.slug}/share-classes`)
      .set(scic.admin.auth)
      .send({ code: 'S', name: 'Parts salariés', nominalCents: 100, minPerMember: 1, collegeCodes: ['SAL'] })
      .expect(201);
    const form = (await api.http.get(`/v1/public/orgs/${scic.slug}/join`).expect(200)).body;
    expect(form.colleges).toEqual([
      { code: 'SAL', name: 'Salariés' },
      { code: 'USR', name: 'Usagers' },
    ]);
    const to = (body: object) => api.http.post(`/v1/public/orgs/${scic.slug}/applications`).send(body);
    expectProblem(await to(personApplication([], { quantity: 1 })), 400, 'collegeCode');
    expectProblem(await to(personApplication([], { quantity: 1, collegeCode: 'XX' })), 400, 'collegeCode');
    expectProblem(
      await to(personApplication([], { quantity: 1, collegeCode: 'USR', shareClassCode: 'S' })),
      422,
      'shareClassCode',
    );
    const ok = await to(personApplication([], { quantity: 1, collegeCode: 'SAL', shareClassCode: 'S' })).expect(201);
    // no payment account given: the co-op will say how to pay
    expect(ok.body.payment.iban).toBeNull();
    expect(ok.body.nextSteps.join(' ')).toMatch(/will contact you/);
  });

  it('answers a retry with the same Idempotency-Key once, without a second applicant', async () => {
    const body = personApplication([statutesId, charterId]);
    const first = await apply(body).set('Idempotency-Key', `join-${body.email}`).expect(201);
    const again = await apply(body).set('Idempotency-Key', `join-${body.email}`).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const found = (
      await api.http
        .get(admin(`members?search=${encodeURIComponent(body.email)}`))
        .set(org.admin.auth)
        .expect(200)
    ).body;
    expect(found.total).toBe(1);
    const other = await apply({ ...body, quantity: 4 }).set('Idempotency-Key', `join-${body.email}`);
    expectProblem(other, 422, 'Idempotency-Key');
  });
});

describe('the membership application, throttled per address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ TRUST_PROXY: 'loopback', APPLICATION_RATE_LIMIT: '2' });
  });
  afterAll(() => api?.close());

  it('refuses a third application within the hour from the same address, not from another', async () => {
    const org = await createCoop(api, [{ code: 'A', nominalCents: 1000 }]);
    await api.http.patch(`/v1/orgs/${org.slug}`).set(org.admin.auth).send({ acceptsApplications: true }).expect(200);
    const from = (address: string) =>
      api.http
        .post(`/v1/public/orgs/${org.slug}/applications`)
        .set('X-Forwarded-For', address)
        .send(personApplication([], { quantity: 1 }));
    await from('203.0.113.7').expect(201);
    await from('203.0.113.7').expect(201);
    const refused = await from('203.0.113.7');
    expectProblem(refused, 429);
    expect(refused.body.type).toBe('/problems/too-many-attempts');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await from('198.51.100.4').expect(201);
  });
});
