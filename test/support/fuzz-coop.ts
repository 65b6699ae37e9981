import { createCoop, createMember, paidUpMember, signup, TestApi, TestOrg, uniqueEmail, userWithRole } from './app';
import type { Caller, PathValues } from './fuzz';

/**
 * One co-op with something of every kind the routes act on (members, subscriptions, a transfer, a
 * redemption, an assembly with an open and a draft resolution, a proxy, a campaign with gifts, an
 * invitation, a college, a charter), and its people: the fuzzer's callers and the real ids it puts
 * in paths, so that requests reach the handlers rather than stop at a 404.
 */
export async function fuzzCoop(api: TestApi): Promise<{ org: TestOrg; callers: Caller[]; values: PathValues }> {
  const org = await createCoop(api, [{ code: 'A', nominalCents: 1000, instalmentsAllowed: true }]);
  const as = (method: 'get' | 'post' | 'put' | 'patch', path: string, body: object = {}, status = 201) =>
    api.http[method](`/v1/orgs/${org.slug}/${path}`)
      .set(org.admin.auth)
      .send(body)
      .then((res) => {
        if (res.status !== status) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body;
      });
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  const accountant = await userWithRole(api, org, 'accountant');
  const voter = await paidUpMember(api, org, { quantity: 3, withAccount: true });
  const holders = [await paidUpMember(api, org, { quantity: 4 }), await paidUpMember(api, org, { quantity: 2 })];
  const applicant = await createMember(api, org);
  const spare = await userWithRole(api, org, 'member');

  const college = await as('post', 'colleges', { code: 'C1', name: 'Salariés', weightPercent: 50 });
  const charter = await as('post', 'charters', { kind: 'charter', title: 'Charte', body: 'Texte' });
  const pending = await as('post', 'subscriptions', {
    memberId: applicant.id,
    shareClassCode: 'A',
    quantity: 2,
    subscribedOn: '2026-01-10',
  });
  const transfer = await as('post', 'transfers', {
    fromMemberId: holders[0].id,
    toMemberId: voter.id,
    shareClassCode: 'A',
    quantity: 1,
    effectiveOn: '2026-02-01',
  });
  const redemption = await as('post', 'redemptions', { memberId: holders[1].id, shareClassCode: 'A', quantity: 1 });

  const assembly = await as('post', 'assemblies', {
    title: 'AG permanente',
    kind: 'permanent',
    weighting: 'per_member',
    secret: false,
  });
  const resolution = () =>
    as('post', `assemblies/${assembly.id}/resolutions`, {
      title: 'Résolution',
      text: 'Texte',
      majority: 'simple',
      quorumPercent: 0,
      opensAt: new Date(Date.now() + 3600_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
  const open = await resolution();
  await as('post', `resolutions/${open.id}/open`, {}, 200);
  const draft = await resolution();
  const proxy = await as('post', `assemblies/${assembly.id}/proxies`, {
    grantorMemberId: holders[0].id,
    holderMemberId: voter.id,
  });

  const campaign = await as('post', 'campaigns', {
    title: 'Toiture solaire',
    goalCents: 100_000,
    startsOn: day(-2),
    endsOn: day(30),
    mode: 'keep_it_all',
    public: true,
  });
  await as('post', `campaigns/${campaign.id}/open`, {}, 200);
  const gift = () =>
    as('post', `campaigns/${campaign.id}/contributions`, {
      contributor: { kind: 'person', name: 'Donatrice' },
      amountCents: 1_000,
      kind: 'donation',
    });
  const pledged = await gift();
  const paid = await gift();
  await as('post', `contributions/${paid.id}/payments`, { amountCents: 1_000, paidOn: day(-1), method: 'transfer' });
  const invitation = await as('post', 'invitations', { email: uniqueEmail('invited'), role: 'accountant' });
  const [job] = await api.db.query(`SELECT id FROM outbox WHERE organization_id = $1 LIMIT 1`, [org.id]);
  const stranger = await signup(api, 'stranger');

  const memberIds = [voter.id, ...holders.map((h) => h.id), applicant.id];
  const ids = [
    ...memberIds,
    pending.id,
    transfer.id,
    redemption.id,
    assembly.id,
    open.id,
    draft.id,
    proxy.id,
    campaign.id,
    pledged.id,
    paid.id,
    invitation.id,
    charter.id,
    ...(job ? [job.id] : []),
  ];
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  return {
    org,
    callers: [
      { name: 'anonymous', headers: {} },
      { name: 'member', headers: bearer(voter.user!.token) },
      { name: 'accountant', headers: bearer(accountant.token) },
      { name: 'admin', headers: bearer(org.admin.token) },
    ],
    values: {
      slug: [org.slug],
      id: ids,
      members: memberIds,
      subscriptions: [pending.id],
      transfers: [transfer.id],
      redemptions: [redemption.id],
      assemblies: [assembly.id],
      resolutions: [open.id, draft.id],
      proxies: [proxy.id],
      campaigns: [campaign.id],
      contributions: [pledged.id, paid.id],
      given: [pledged.id, paid.id],
      invitations: [invitation.id],
      charters: [charter.id],
      jobs: job ? [job.id] : [],
      memberId: memberIds,
      // the spare account and one in no organization: removing a caller would end its run
      userId: [spare.id, stranger.id],
      code: ['A', college.code ?? 'C1'],
      endOn: ['2025-12-31', '2026-12-31'],
    },
  };
}
