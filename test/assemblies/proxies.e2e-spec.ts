import { INestApplicationContext } from '@nestjs/common';
import { admittedMember, createMember, expectProblem, startApi, startWorker, TestApi } from '../support/app';
import { startSmtp } from '../support/smtp';
import { auth, motion, votingCoop } from './support';

/** Proxies (pouvoirs): giving, capping, voting on behalf, revoking; and a member's own view of their votes. */
describe('proxies and the member-facing reads', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  const coop = (overrides: Record<string, unknown> = {}) => votingCoop(api, overrides);

  it('lets a member give their own proxy and an admin record one, caps the holder, and lets the holder vote for the grantor only', async () => {
    const c = await coop();
    const [grantor, holder, grantor2, other] = [
      await c.shareholder(true),
      await c.shareholder(true),
      await c.shareholder(true),
      await c.shareholder(true),
    ];
    const stranger = await c.shareholder();
    const applicant = await createMember(api, c.org);
    const assembly = await c
      .post('assemblies', {
        title: 'AG permanente',
        kind: 'permanent',
        weighting: 'per_member',
        secret: false,
        maxProxiesPerHolder: 1,
      })
      .expect(201);
    const proxies = `assemblies/${assembly.body.id}/proxies`;

    // a member gives their own proxy, and only their own
    const given = await c
      .post(proxies, { grantorMemberId: grantor.id, holderMemberId: holder.id }, auth(grantor))
      .expect(201);
    expect(given.body).toEqual(
      expect.objectContaining({
        assemblyId: assembly.body.id,
        grantorMemberId: grantor.id,
        holderMemberId: holder.id,
        revokedAt: null,
      }),
    );
    expectProblem(
      await c.post(proxies, { grantorMemberId: stranger.id, holderMemberId: other.id }, auth(grantor)),
      404,
    );
    expectProblem(
      await c.post(proxies, { grantorMemberId: grantor.id, holderMemberId: other.id }, auth(grantor)),
      409,
      'grantorMemberId',
    ); // one proxy per grantor
    expectProblem(
      await c.post(proxies, { grantorMemberId: other.id, holderMemberId: other.id }),
      400,
      'holderMemberId',
    );
    expectProblem(
      await c.post(proxies, { grantorMemberId: applicant.id, holderMemberId: other.id }),
      422,
      'grantorMemberId',
    ); // not active

    // the cap of one: a second proxy to the same holder is refused, even recorded by an admin
    const capped = await c.post(proxies, { grantorMemberId: grantor2.id, holderMemberId: holder.id });
    expectProblem(capped, 422, 'holderMemberId');
    expect(capped.body).toEqual(expect.objectContaining({ type: '/problems/proxy-cap', cap: 1, held: 1 }));
    const recorded = await c.post(proxies, { grantorMemberId: grantor2.id, holderMemberId: other.id }).expect(201);

    // a member sees only the proxies they gave or hold; an admin sees all
    expect((await c.get(proxies, auth(holder)).expect(200)).body.items.map((p: { id: string }) => p.id)).toEqual([
      given.body.id,
    ]);
    expect((await c.get(proxies).expect(200)).body.total).toBe(2);

    const resolution = await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201);
    await c.post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
    const r = resolution.body.id;

    // the holder votes for the grantor (201), then the grantor can no longer vote (409)
    const onBehalf = await c.ballot(r, auth(holder), { choice: 'for', onBehalfOfMemberId: grantor.id }).expect(201);
    expect(onBehalf.body).toEqual(expect.objectContaining({ memberId: grantor.id, resolutionId: r, replaced: false }));
    expectProblem(await c.ballot(r, auth(grantor), { choice: 'against' }), 409);
    expectProblem(await c.ballot(r, auth(holder), { choice: 'for', onBehalfOfMemberId: grantor.id }), 409);
    // without a proxy from that member: 403
    expectProblem(await c.ballot(r, auth(holder), { choice: 'for', onBehalfOfMemberId: stranger.id }), 403);
    expectProblem(await c.ballot(r, auth(holder), { choice: 'for', onBehalfOfMemberId: grantor2.id }), 403);
    const own = await c.ballot(r, auth(holder), { choice: 'for' }).expect(201);
    expect(own.body.memberId).toBe(holder.id);

    // revoking: only the grantor (or an admin); the former holder cannot use it any more
    expectProblem(await c.post(`proxies/${recorded.body.id}/revoke`, {}, auth(other)), 404);
    const revoked = await c.post(`proxies/${recorded.body.id}/revoke`, {}, auth(grantor2)).expect(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect((await c.post(`proxies/${recorded.body.id}/revoke`, {}, auth(grantor2)).expect(200)).body.revokedAt).toBe(
      revoked.body.revokedAt,
    );
    expectProblem(await c.ballot(r, auth(other), { choice: 'against', onBehalfOfMemberId: grantor2.id }), 403);
    await c.ballot(r, auth(grantor2), { choice: 'against' }).expect(201);
    await c.ballot(r, auth(other), { choice: 'against' }).expect(201);

    // the cap is checked again when voting: a holder who already voted for one grantor cannot vote for another
    await c.post(`proxies/${given.body.id}/revoke`, {}).expect(200);
    const stranger2 = await c.shareholder(true); // joined after the opening: not on this electorate, but may give a proxy
    await c.post(proxies, { grantorMemberId: stranger.id, holderMemberId: holder.id }).expect(201);
    const overCap = await c.ballot(r, auth(holder), { choice: 'for', onBehalfOfMemberId: stranger.id });
    expectProblem(overCap, 422);
    expect(overCap.body.type).toBe('/problems/proxy-cap');
    expect(stranger2.id).toBeTruthy();

    await c.post(`resolutions/${r}/close`, {}).expect(200);
    const results = (await c.get(`resolutions/${r}/results`).expect(200)).body;
    expect(results).toEqual(
      expect.objectContaining({
        votersCount: 4,
        proxyVotes: 1,
        counts: { for: 2, against: 2, abstain: 0 },
        eligibleCount: 5,
      }),
    );
    const participations = await api.db.query(
      `SELECT member_id, cast_by_member_id FROM participations WHERE resolution_id = $1 AND member_id = $2`,
      [r, grantor.id],
    );
    expect(participations).toEqual([{ member_id: grantor.id, cast_by_member_id: holder.id }]);
  });

  it('lets a holder change the vote cast for their grantor where changes are allowed, and the grantor override it', async () => {
    const c = await coop();
    const grantor = await c.shareholder(true);
    const holder = await c.shareholder(true);
    const assembly = await c
      .post('assemblies', {
        title: 'AG',
        kind: 'permanent',
        weighting: 'per_member',
        secret: false,
        maxProxiesPerHolder: 1,
        allowVoteChange: true,
      })
      .expect(201);
    await c
      .post(`assemblies/${assembly.body.id}/proxies`, { grantorMemberId: grantor.id, holderMemberId: holder.id })
      .expect(201);
    const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
    await c.post(`resolutions/${r}/open`, {}).expect(200);
    await c.ballot(r, auth(holder), { choice: 'for', onBehalfOfMemberId: grantor.id }).expect(201);
    const changed = await c.ballot(r, auth(holder), { choice: 'against', onBehalfOfMemberId: grantor.id }).expect(201);
    expect(changed.body).toEqual(expect.objectContaining({ replaced: true, memberId: grantor.id }));
    expect((await c.get(`resolutions/${r}/results`).expect(200)).body).toEqual(
      expect.objectContaining({ votersCount: 1, proxyVotes: 1, counts: { for: 0, against: 1, abstain: 0 } }),
    );
    // the grantor votes in person: their own ballot replaces the one cast for them
    await c.ballot(r, auth(grantor), { choice: 'abstain' }).expect(201);
    expect((await c.get(`resolutions/${r}/results`).expect(200)).body).toEqual(
      expect.objectContaining({ votersCount: 1, proxyVotes: 0, counts: { for: 0, against: 0, abstain: 1 } }),
    );
  });

  it("lets a member's own vote prevail: once the grantor voted (by account or by code), the holder can neither vote nor change it for them, and is told why", async () => {
    const c = await coop();
    const byAccount = await c.shareholder(true);
    const byCode = await c.shareholder(); // no account: votes with the code of the convocation
    const holder = await c.shareholder(true);
    const holder2 = await c.shareholder(true);
    const assembly = await c
      .post('assemblies', {
        title: 'AG',
        kind: 'permanent',
        weighting: 'per_member',
        secret: false,
        maxProxiesPerHolder: 1,
        allowVoteChange: true,
      })
      .expect(201);
    const proxies = `assemblies/${assembly.body.id}/proxies`;
    await c.post(proxies, { grantorMemberId: byAccount.id, holderMemberId: holder.id }).expect(201);
    await c.post(proxies, { grantorMemberId: byCode.id, holderMemberId: holder2.id }).expect(201);
    const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
    await c.post(`resolutions/${r}/open`, {}).expect(200);
    const code = (await c.codes(smtp, assembly.body.id)).get(byCode.id)!;

    // the grantors vote themselves first
    await c.ballot(r, auth(byAccount), { choice: 'for' }).expect(201);
    await c.byCode(r, code, { choice: 'against' }).expect(201);
    // their holders may not vote for them, nor change what they chose, though changes are allowed
    for (const [who, grantor] of [
      [holder, byAccount],
      [holder2, byCode],
    ]) {
      const refused = await c.ballot(r, auth(who), { choice: 'abstain', onBehalfOfMemberId: grantor.id });
      expectProblem(refused, 409);
      expect(refused.body).toEqual(
        expect.objectContaining({
          type: '/problems/grantor-voted',
          detail: expect.stringMatching(/has voted themselves/),
        }),
      );
    }
    // the holder's own ballot is unaffected; the grantor may still change their own vote
    await c.ballot(r, auth(holder), { choice: 'abstain' }).expect(201);
    await c.ballot(r, auth(byAccount), { choice: 'against' }).expect(201);
    expect((await c.get(`resolutions/${r}/results`).expect(200)).body).toEqual(
      expect.objectContaining({ votersCount: 3, proxyVotes: 0, counts: { for: 0, against: 2, abstain: 1 } }),
    );

    // where votes cannot change, the holder is refused for the same reason
    const fixed = await c
      .post('assemblies', { title: 'AGO', kind: 'ordinary', weighting: 'per_member', secret: true })
      .expect(201);
    await c
      .post(`assemblies/${fixed.body.id}/proxies`, { grantorMemberId: byAccount.id, holderMemberId: holder.id })
      .expect(201);
    const r2 = (await c.post(`assemblies/${fixed.body.id}/resolutions`, motion()).expect(201)).body.id;
    await c.post(`resolutions/${r2}/open`, {}).expect(200);
    await c.ballot(r2, auth(byAccount), { choice: 'for' }).expect(201);
    const late = await c.ballot(r2, auth(holder), { choice: 'against', onBehalfOfMemberId: byAccount.id });
    expectProblem(late, 409);
    expect(late.body.type).toBe('/problems/grantor-voted');
    // and a grantor whose holder voted first is told so when the vote cannot change
    const r3 = (await c.post(`assemblies/${fixed.body.id}/resolutions`, motion()).expect(201)).body.id;
    await c.post(`resolutions/${r3}/open`, {}).expect(200);
    await c.ballot(r3, auth(holder), { choice: 'against', onBehalfOfMemberId: byAccount.id }).expect(201);
    const tooLate = await c.ballot(r3, auth(byAccount), { choice: 'for' });
    expectProblem(tooLate, 409);
    expect(tooLate.body).toEqual(
      expect.objectContaining({ type: '/problems/already-voted', detail: expect.stringMatching(/proxy holder/) }),
    );
  });

  it("replaces the holder's secret ballot with the grantor's own only with its receipt, which only the holder has", async () => {
    const c = await coop();
    const grantor = await c.shareholder(true);
    const holder = await c.shareholder(true);
    const assembly = await c
      .post('assemblies', {
        title: 'AG',
        kind: 'permanent',
        weighting: 'per_member',
        secret: true,
        maxProxiesPerHolder: 1,
        allowVoteChange: true,
      })
      .expect(201);
    await c
      .post(`assemblies/${assembly.body.id}/proxies`, { grantorMemberId: grantor.id, holderMemberId: holder.id })
      .expect(201);
    const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
    await c.post(`resolutions/${r}/open`, {}).expect(200);
    const cast = await c.ballot(r, auth(holder), { choice: 'for', onBehalfOfMemberId: grantor.id }).expect(201);
    // nothing links a secret ballot to its voter but its receipt: the grantor is told to ask for it
    const blind = await c.ballot(r, auth(grantor), { choice: 'against' });
    expectProblem(blind, 400, 'replacesReceipt');
    expect(blind.body.errors[0].message).toMatch(/proxy holder/);
    await c.ballot(r, auth(grantor), { choice: 'against', replacesReceipt: cast.body.receipt }).expect(201);
    // from then on the grantor's own vote prevails
    const after = await c.ballot(r, auth(holder), {
      choice: 'for',
      onBehalfOfMemberId: grantor.id,
      replacesReceipt: cast.body.receipt,
    });
    expect(after.body.type).toBe('/problems/grantor-voted');
    await c.post(`resolutions/${r}/close`, {}).expect(200);
    expect((await c.get(`resolutions/${r}/results`).expect(200)).body).toEqual(
      expect.objectContaining({ votersCount: 1, proxyVotes: 0, counts: { for: 0, against: 1, abstain: 0 } }),
    );
  });

  it('refuses every proxy when the assembly allows none (cap 0)', async () => {
    const c = await coop();
    const a = await c.shareholder();
    const b = await c.shareholder();
    const assembly = await c
      .post('assemblies', {
        title: 'AG',
        kind: 'ordinary',
        weighting: 'per_member',
        secret: false,
        maxProxiesPerHolder: 0,
      })
      .expect(201);
    const res = await c.post(`assemblies/${assembly.body.id}/proxies`, { grantorMemberId: a.id, holderMemberId: b.id });
    expectProblem(res, 422, 'holderMemberId');
    expect(res.body.detail).toMatch(/no proxies/);
  });

  it('applies the SCOP rule: one proxy per holder below 20 members whatever the number set, a twentieth from 20 on', async () => {
    const c = await coop({ legalForm: 'SCOP_SARL' });
    const members = [];
    for (let i = 0; i < 4; i++) members.push(await c.shareholder());
    const assembly = await c
      .post('assemblies', {
        title: 'AG SCOP',
        kind: 'ordinary',
        weighting: 'per_member',
        secret: false,
        maxProxiesPerHolder: 5,
        proxyCapRule: 'scop',
      })
      .expect(201);
    expect(assembly.body).toEqual(expect.objectContaining({ proxyCapRule: 'scop', maxProxiesPerHolder: 5 }));
    const proxies = `assemblies/${assembly.body.id}/proxies`;
    await c.post(proxies, { grantorMemberId: members[1].id, holderMemberId: members[0].id }).expect(201);
    const capped = await c.post(proxies, { grantorMemberId: members[2].id, holderMemberId: members[0].id });
    expectProblem(capped, 422, 'holderMemberId');
    expect(capped.body).toEqual(expect.objectContaining({ type: '/problems/proxy-cap', cap: 1 }));

    // 40 active members: two proxies each
    for (let i = 0; i < 36; i++) await admittedMember(api, c.org);
    await c.post(proxies, { grantorMemberId: members[2].id, holderMemberId: members[0].id }).expect(201);
    const third = await c.post(proxies, { grantorMemberId: members[3].id, holderMemberId: members[0].id });
    expectProblem(third, 422, 'holderMemberId');
    expect(third.body.cap).toBe(2);
  });

  it('shows a member their open resolutions (voted, proxies to cast), their ballots (a secret choice hidden) and their proxies', async () => {
    const c = await coop();
    const grantor = await c.shareholder(true);
    const holder = await c.shareholder(true);
    const open = await c
      .post('assemblies', {
        title: 'AG ouverte',
        kind: 'permanent',
        weighting: 'per_member',
        secret: false,
        maxProxiesPerHolder: 1,
      })
      .expect(201);
    const secret = await c
      .post('assemblies', { title: 'AG secrète', kind: 'permanent', weighting: 'per_member', secret: true })
      .expect(201);
    const proxy = await c
      .post(
        `assemblies/${open.body.id}/proxies`,
        { grantorMemberId: grantor.id, holderMemberId: holder.id },
        auth(grantor),
      )
      .expect(201);
    const r1 = (await c.post(`assemblies/${open.body.id}/resolutions`, motion({ title: 'Budget' })).expect(201)).body;
    const r2 = (await c.post(`assemblies/${secret.body.id}/resolutions`, motion({ title: 'Statuts' })).expect(201))
      .body;
    const draft = (await c.post(`assemblies/${open.body.id}/resolutions`, motion({ title: 'Plus tard' })).expect(201))
      .body;

    // nothing open yet
    expect((await c.get('my/resolutions', auth(holder)).expect(200)).body).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
    });
    await c.post(`resolutions/${r1.id}/open`, {}).expect(200);
    await c.post(`resolutions/${r2.id}/open`, {}).expect(200);

    let mine = (await c.get('my/resolutions', auth(holder)).expect(200)).body;
    expect(mine.items.map((i: { id: string }) => i.id).sort()).toEqual([r1.id, r2.id].sort());
    expect(mine.items.find((i: { id: string }) => i.id === draft.id)).toBeUndefined();
    const budget = () => mine.items.find((i: { id: string }) => i.id === r1.id);
    expect(budget()).toEqual(
      expect.objectContaining({ title: 'Budget', status: 'open', voted: false, proxiesToCast: [grantor.id] }),
    );
    expect(mine.items.find((i: { id: string }) => i.id === r2.id)).toEqual(
      expect.objectContaining({ voted: false, proxiesToCast: [] }),
    );

    await c.ballot(r1.id, auth(holder), { choice: 'for' }).expect(201);
    mine = (await c.get('my/resolutions', auth(holder)).expect(200)).body;
    expect(budget()).toEqual(expect.objectContaining({ voted: true, proxiesToCast: [grantor.id] }));
    await c.ballot(r1.id, auth(holder), { choice: 'against', onBehalfOfMemberId: grantor.id }).expect(201);
    mine = (await c.get('my/resolutions', auth(holder)).expect(200)).body;
    expect(budget()).toEqual(expect.objectContaining({ voted: true, proxiesToCast: [] }));
    // the grantor sees the resolution as voted (by their holder)
    const grantorView = (await c.get('my/resolutions', auth(grantor)).expect(200)).body;
    expect(grantorView.items.find((i: { id: string }) => i.id === r1.id)).toEqual(
      expect.objectContaining({ voted: true, proxiesToCast: [] }),
    );

    await c.ballot(r2.id, auth(holder), { choice: 'abstain' }).expect(201);
    const ballots = (await c.get('my/ballots', auth(holder)).expect(200)).body;
    expect(ballots.total).toBe(2);
    expect(ballots.items).toEqual(
      expect.arrayContaining([
        { resolutionId: r1.id, title: 'Budget', castByMemberId: holder.id, secret: false, choice: ['for'] },
        { resolutionId: r2.id, title: 'Statuts', castByMemberId: holder.id, secret: true, choice: null },
      ]),
    );
    const grantorBallots = (await c.get('my/ballots', auth(grantor)).expect(200)).body;
    expect(grantorBallots.items).toEqual([
      { resolutionId: r1.id, title: 'Budget', castByMemberId: holder.id, secret: false, choice: ['against'] },
    ]);

    const held = (await c.get('my/proxies', auth(holder)).expect(200)).body;
    expect(held).toEqual({
      items: [
        expect.objectContaining({
          id: proxy.body.id,
          grantorMemberId: grantor.id,
          holderMemberId: holder.id,
          revokedAt: null,
        }),
      ],
      total: 1,
      nextCursor: null,
    });
    expect((await c.get('my/proxies', auth(grantor)).expect(200)).body.items.map((p: { id: string }) => p.id)).toEqual([
      proxy.body.id,
    ]);

    // an account linked to no member (the admin) has nothing of its own
    expect((await c.get('my/resolutions').expect(200)).body.total).toBe(0);
    expect((await c.get('my/ballots').expect(200)).body.total).toBe(0);
    expect((await c.get('my/proxies').expect(200)).body.total).toBe(0);
  });
});
