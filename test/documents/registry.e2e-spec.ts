import { createCoop, paidUpMember, startApi, TestApi, TestOrg, userWithRole } from '../support/app';

/** The registry of issued documents, as the console lists it. */
describe('GET documents: the documents an organization issued', () => {
  let api: TestApi;
  let org: TestOrg;
  let other: TestOrg;
  let memberId: string;

  beforeAll(async () => {
    api = await startApi();
    org = await createCoop(api, [{ code: 'A', nominalCents: 5000 }]);
    other = await createCoop(api, [{ code: 'A', nominalCents: 5000 }]);
    memberId = (await paidUpMember(api, org, { nominalCents: 5000, quantity: 2 })).id;
    await paidUpMember(api, other, { nominalCents: 5000, quantity: 1 });
    const pdf = (o: TestOrg, path: string) => api.http.get(`/v1/orgs/${o.slug}/${path}`).set(o.admin.auth).expect(200);
    await pdf(org, `members/${memberId}/certificate.pdf`);
    await pdf(org, 'capital.pdf');
    await pdf(other, 'capital.pdf');
  });
  afterAll(() => api.close());

  it('lists this organization’s documents only, newest first, with their verification codes', async () => {
    const res = await api.http.get(`/v1/orgs/${org.slug}/documents`).set(org.admin.auth).expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((d: { kind: string }) => d.kind)).toEqual(['capital_statement', 'share_certificate']);
    const certificate = res.body.items[1];
    expect(certificate).toEqual(
      expect.objectContaining({ subjectType: 'member', subjectId: memberId, number: expect.stringMatching(/^ATT-/) }),
    );
    const verified = await api.http.get(`/v1/verify/${certificate.verificationCode}`).expect(200);
    expect(verified.body.document.number).toBe(certificate.number);
  });

  it('filters by kind and pages', async () => {
    const kind = await api.http.get(`/v1/orgs/${org.slug}/documents?kind=share_certificate`).set(org.admin.auth);
    expect(kind.body.items.map((d: { kind: string }) => d.kind)).toEqual(['share_certificate']);
    const first = await api.http.get(`/v1/orgs/${org.slug}/documents?limit=1`).set(org.admin.auth).expect(200);
    const second = await api.http
      .get(`/v1/orgs/${org.slug}/documents`)
      .query({ limit: 1, cursor: first.body.nextCursor })
      .set(org.admin.auth)
      .expect(200);
    expect([...first.body.items, ...second.body.items].map((d: { kind: string }) => d.kind)).toEqual([
      'capital_statement',
      'share_certificate',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('is for administrators only', async () => {
    const accountant = await userWithRole(api, org, 'accountant');
    await api.http.get(`/v1/orgs/${org.slug}/documents`).set(accountant.auth).expect(403);
  });
});
