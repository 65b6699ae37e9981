import { INestApplicationContext } from '@nestjs/common';
import { admittedMember, createMember, expectProblem, signup, startApi, startWorker, TestApi } from '../support/app';
import { startSmtp, waitFor } from '../support/smtp';
import { auth, motion, votingCoop } from './support';

/** A resolution's life: changing a vote, opening and closing on time, the audit trail, the electorate, refusals. */
describe('resolution lifecycle', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  /** sends the convocations that carry the voting codes */
  let mailer: INestApplicationContext;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    mailer = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
  });
  afterAll(async () => {
    await mailer?.close();
    await api?.close();
    await smtp?.close();
  });

  const coop = (overrides: Record<string, unknown> = {}) => votingCoop(api, overrides);

  describe('changing a vote', () => {
    it('replaces an open ballot with the second one when the assembly allows it: only the last counts', async () => {
      const c = await coop();
      const voter = await c.shareholder(true);
      const other = await c.shareholder(true);
      const assembly = await c
        .post('assemblies', {
          title: 'AG',
          kind: 'permanent',
          weighting: 'per_member',
          secret: false,
          allowVoteChange: true,
        })
        .expect(201);
      expect(assembly.body.allowVoteChange).toBe(true);
      const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
      await c.post(`resolutions/${r}/open`, {}).expect(200);
      const first = await c.ballot(r, auth(voter), { choice: 'for' }).expect(201);
      expect(first.body.replaced).toBe(false);
      await c.ballot(r, auth(other), { choice: 'for' }).expect(201);
      const second = await c.ballot(r, auth(voter), { choice: 'against' }).expect(201);
      expect(second.body).toEqual(expect.objectContaining({ replaced: true, memberId: voter.id }));
      expect(second.body.receipt).not.toBe(first.body.receipt);
      const live = (await c.get(`resolutions/${r}/results`).expect(200)).body;
      expect(live).toEqual(expect.objectContaining({ votersCount: 2, counts: { for: 1, against: 1, abstain: 0 } }));
      await c.ballot(r, auth(voter), { choice: 'abstain' }).expect(201);
      expect((await c.get('my/ballots', auth(voter)).expect(200)).body.items).toEqual([
        expect.objectContaining({ resolutionId: r, choice: ['abstain'] }),
      ]);
      await c.post(`resolutions/${r}/close`, {}).expect(200);
      const results = (await c.get(`resolutions/${r}/results`).expect(200)).body;
      expect(results).toEqual(
        expect.objectContaining({
          votersCount: 2,
          counts: { for: 1, against: 0, abstain: 1 },
          outcome: 'adopted',
          forPercent: 100,
        }),
      );
      expect((await api.db.query(`SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1`, [r]))[0].n).toBe(2);
      // the replaced ballot is no longer in the box: its receipt is refused
      expectProblem(await c.post(`resolutions/${r}/verify`, { receipt: first.body.receipt }), 404, 'receipt');
      // closed: no more changes
      expectProblem(await c.ballot(r, auth(voter), { choice: 'for' }), 409);
    });

    it('changes a secret ballot only with the receipt of the ballot it replaces; the old receipt no longer verifies, the new one does', async () => {
      const c = await coop();
      const voter = await c.shareholder(true);
      const other = await c.shareholder(true);
      const assembly = await c
        .post('assemblies', {
          title: 'AG',
          kind: 'permanent',
          weighting: 'per_member',
          secret: true,
          allowVoteChange: true,
        })
        .expect(201);
      const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
      await c.post(`resolutions/${r}/open`, {}).expect(200);
      const first = await c.ballot(r, auth(voter), { choice: 'for' }).expect(201);
      const theirs = await c.ballot(r, auth(other), { choice: 'against' }).expect(201);

      expectProblem(await c.ballot(r, auth(voter), { choice: 'against' }), 400, 'replacesReceipt');
      expectProblem(
        await c.ballot(r, auth(voter), { choice: 'against', replacesReceipt: 'not-a-receipt' }),
        400,
        'replacesReceipt',
      );
      // the refused attempts changed nothing
      expect((await api.db.query(`SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1`, [r]))[0].n).toBe(2);

      const second = await c
        .ballot(r, auth(voter), { choice: 'against', replacesReceipt: first.body.receipt })
        .expect(201);
      expect(second.body).toEqual(expect.objectContaining({ replaced: true, memberId: voter.id }));
      // a receipt that was replaced cannot be used again
      expectProblem(
        await c.ballot(r, auth(voter), { choice: 'for', replacesReceipt: first.body.receipt }),
        400,
        'replacesReceipt',
      );
      const rows = await api.db.query(`SELECT member_id, choice FROM ballots WHERE resolution_id = $1`, [r]);
      expect(rows).toHaveLength(2);
      expect(rows.every((row: { member_id: string | null }) => row.member_id === null)).toBe(true);

      const closed = await c.post(`resolutions/${r}/close`, {}).expect(200);
      const results = (await c.get(`resolutions/${r}/results`).expect(200)).body;
      expect(results).toEqual(
        expect.objectContaining({
          votersCount: 2,
          counts: { for: 0, against: 2, abstain: 0 },
          outcome: 'rejected',
          forPercent: 0,
        }),
      );
      const verify = (receipt: string) => c.post(`resolutions/${r}/verify`, { receipt });
      expectProblem(await verify(first.body.receipt), 404, 'receipt');
      expect((await verify(second.body.receipt).expect(200)).body).toEqual(
        expect.objectContaining({ included: true, counted: true, choice: ['against'], sealHash: closed.body.sealHash }),
      );
      expect((await verify(theirs.body.receipt).expect(200)).body).toEqual(
        expect.objectContaining({ counted: true, choice: ['against'] }),
      );
    });

    it('refuses a second secret ballot with 409 when the assembly does not allow changes, even with the receipt', async () => {
      const c = await coop();
      const voter = await c.shareholder(true);
      const assembly = await c
        .post('assemblies', { title: 'AG', kind: 'permanent', weighting: 'per_member', secret: true })
        .expect(201);
      expect(assembly.body.allowVoteChange).toBe(false);
      const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
      await c.post(`resolutions/${r}/open`, {}).expect(200);
      const first = await c.ballot(r, auth(voter), { choice: 'for' }).expect(201);
      expectProblem(await c.ballot(r, auth(voter), { choice: 'against', replacesReceipt: first.body.receipt }), 409);
    });
  });

  it('opens and closes a resolution by itself at its times, with the worker', async () => {
    const c = await coop();
    const voter = await c.shareholder(true);
    const assembly = await c
      .post('assemblies', { title: 'AG permanente', kind: 'permanent', weighting: 'per_member', secret: true })
      .expect(201);
    let worker: INestApplicationContext | undefined;
    try {
      worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
      const opensAt = new Date(Date.now() + 1500);
      const closesAt = new Date(Date.now() + 4000);
      const r = (
        await c
          .post(`assemblies/${assembly.body.id}/resolutions`, {
            ...motion(),
            opensAt: opensAt.toISOString(),
            closesAt: closesAt.toISOString(),
          })
          .expect(201)
      ).body;
      expect(r.status).toBe('draft');
      expectProblem(await c.ballot(r.id, auth(voter), { choice: 'for' }), 409);

      const opened = await waitFor(
        async () => {
          const res = (await c.get(`resolutions/${r.id}`).expect(200)).body;
          return res.status !== 'draft' && res;
        },
        10_000,
        'the resolution to open',
      );
      expect(opened.status).toBe('open');
      expect(opened.eligibleCount).toBe(1);
      expect(new Date(opened.openedAt).getTime()).toBeGreaterThanOrEqual(opensAt.getTime());
      const receipt = (await c.ballot(r.id, auth(voter), { choice: 'for' }).expect(201)).body.receipt;

      const closed = await waitFor(
        async () => {
          const res = (await c.get(`resolutions/${r.id}`).expect(200)).body;
          return res.status === 'closed' && res;
        },
        15_000,
        'the resolution to close',
      );
      expect(new Date(closed.closedAt).getTime()).toBeGreaterThanOrEqual(closesAt.getTime());
      expect(closed).toEqual(
        expect.objectContaining({ outcome: 'adopted', sealHash: expect.stringMatching(/^[0-9a-f]{64}$/) }),
      );
      const results = (await c.get(`resolutions/${r.id}/results`).expect(200)).body;
      expect(results).toEqual(
        expect.objectContaining({
          status: 'closed',
          outcome: 'adopted',
          votersCount: 1,
          eligibleCount: 1,
          counts: { for: 1, against: 0, abstain: 0 },
          sealHash: closed.sealHash,
        }),
      );
      expect((await c.post(`resolutions/${r.id}/verify`, { receipt }).expect(200)).body.included).toBe(true);
      const audit = (await c.get(`audit?entityType=resolution&entityId=${r.id}`).expect(200)).body.items;
      expect(audit.find((e: { action: string }) => e.action === 'resolution.opened').changes).toEqual(
        expect.objectContaining({ byHand: false, eligibleCount: 1 }),
      );
      expect(audit.find((e: { action: string }) => e.action === 'resolution.closed').changes).toEqual(
        expect.objectContaining({ byHand: false, outcome: 'adopted' }),
      );
    } finally {
      await worker?.close();
    }
  }, 40_000);

  it('keeps ballots in the audit log: open choices recorded, a secret resolution without any choice', async () => {
    const c = await coop();
    const voter = await c.shareholder(true);
    const holder = await c.shareholder(true);
    const open = await c
      .post('assemblies', { title: 'AG ouverte', kind: 'permanent', weighting: 'per_member', secret: false })
      .expect(201);
    const secret = await c
      .post('assemblies', {
        title: 'AG secrète',
        kind: 'permanent',
        weighting: 'per_member',
        secret: true,
        allowVoteChange: true,
      })
      .expect(201);
    await c
      .post(`assemblies/${secret.body.id}/proxies`, { grantorMemberId: voter.id, holderMemberId: holder.id })
      .expect(201);
    const r1 = (await c.post(`assemblies/${open.body.id}/resolutions`, motion()).expect(201)).body.id;
    const r2 = (await c.post(`assemblies/${secret.body.id}/resolutions`, motion()).expect(201)).body.id;
    await c.post(`resolutions/${r1}/open`, {}).expect(200);
    await c.post(`resolutions/${r2}/open`, {}).expect(200);
    await c.ballot(r1, auth(voter), { choice: 'against' }).expect(201);
    const cast = await c.ballot(r2, auth(holder), { choice: 'against', onBehalfOfMemberId: voter.id }).expect(201);
    await c.ballot(r2, auth(voter), { choice: 'for', replacesReceipt: cast.body.receipt }).expect(201);
    await c.ballot(r2, auth(holder), { choice: 'abstain' }).expect(201);
    await c.post(`resolutions/${r2}/close`, {}).expect(200);

    const entries = (await c.get('audit?entityType=resolution').expect(200)).body.items as {
      action: string;
      entityId: string;
      actor: string;
      changes: Record<string, unknown>;
    }[];
    expect(entries.every((e) => [r1, r2].includes(e.entityId))).toBe(true);
    const openBallots = entries.filter((e) => e.entityId === r1 && e.action === 'ballot.cast');
    expect(openBallots).toEqual([
      expect.objectContaining({
        actor: voter.user!.email,
        changes: { memberId: voter.id, castByMemberId: voter.id, choice: ['against'] },
      }),
    ]);

    const secretEntries = (await c.get(`audit?entityType=resolution&entityId=${r2}`).expect(200)).body
      .items as typeof entries;
    expect(secretEntries.map((e) => e.action).sort()).toEqual([
      'ballot.cast',
      'ballot.cast',
      'ballot.changed',
      'resolution.closed',
      'resolution.created',
      'resolution.opened',
    ]);
    const secretBallots = secretEntries.filter((e) => e.action.startsWith('ballot.'));
    expect(secretBallots).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'ballot.cast', changes: { memberId: voter.id, castByMemberId: holder.id } }),
        expect.objectContaining({
          action: 'ballot.changed',
          changes: { memberId: voter.id, castByMemberId: voter.id },
        }),
        expect.objectContaining({ action: 'ballot.cast', changes: { memberId: holder.id, castByMemberId: holder.id } }),
      ]),
    );
    for (const e of secretEntries) {
      expect(e.changes).not.toHaveProperty('choice');
      expect(JSON.stringify(e.changes)).not.toMatch(/"(for|against|abstain)"/);
    }
    // only admins read the audit log
    expectProblem(await c.get('audit?entityType=resolution', auth(voter)), 403);
  });

  it('fixes the electorate, under the statutory option "fully paid shares only", to active members whose shares are fully paid: not instalments still due, resigned, resigning, applicants or members without shares', async () => {
    const c = await coop({ fullyPaidSharesOnly: true });
    await c
      .post('share-classes', {
        code: 'I',
        name: 'Parts fractionnées',
        nominalCents: 1000,
        minPerMember: 1,
        instalmentsAllowed: true,
      })
      .expect(201);
    const paidUp = await c.shareholder();

    const partly = await createMember(api, c.org, { eConsent: true });
    const sub = await c
      .post('subscriptions', {
        memberId: partly.id,
        shareClassCode: 'I',
        quantity: 4,
        subscribedOn: '2026-01-02',
        initialCalledCents: 1000,
      })
      .expect(201);
    expect(sub.body).toEqual(expect.objectContaining({ instalments: true, calledCents: 1000, amountCents: 4000 }));
    await c.post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-01-03' }).expect(200);
    const quarter = await c
      .post(`subscriptions/${sub.body.id}/payments`, { amountCents: 1000, paidOn: '2026-01-04', method: 'transfer' })
      .expect(201);
    expect(quarter.body).toEqual(expect.objectContaining({ status: 'issued', memberStatus: 'active' }));

    const resigned = await c.shareholder();
    expect((await c.post(`members/${resigned.id}/resign`, { effectiveOn: '2026-06-30' }).expect(200)).body.status).toBe(
      'resigned',
    );
    const resigning = await c.shareholder();
    expect(
      (await c.post(`members/${resigning.id}/resign`, { effectiveOn: '2026-12-31' }).expect(200)).body.status,
    ).toBe('resigning');
    const applicant = await createMember(api, c.org);
    const pending = await c
      .post('subscriptions', { memberId: applicant.id, shareClassCode: 'A', quantity: 1, subscribedOn: '2026-01-02' })
      .expect(201);
    await c.post(`subscriptions/${pending.body.id}/approve`, { decidedOn: '2026-01-03' }).expect(200); // approved, not paid
    const noShares = await admittedMember(api, c.org, { eConsent: true });

    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'permanent', weighting: 'per_member', secret: false })
      .expect(201);
    const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
    expect((await c.post(`resolutions/${r}/open`, {}).expect(200)).body.eligibleCount).toBe(1);
    const electors = await api.db.query(`SELECT member_id FROM resolution_electors WHERE resolution_id = $1`, [r]);
    expect(electors).toEqual([{ member_id: paidUp.id }]);

    // the active members not on the electorate are convened with a voting code too, and are refused with 403
    const codes = await c.codes(smtp, assembly.body.id);
    expect([...codes.keys()].sort()).toEqual([paidUp.id, partly.id, noShares.id].sort());
    for (const m of [partly.id, noShares.id]) {
      const res = await c.byCode(r, codes.get(m)!, { choice: 'for' });
      expectProblem(res, 403);
      expect(res.body.type).toBe('/problems/not-eligible');
    }
    await c.byCode(r, codes.get(paidUp.id)!, { choice: 'for' }).expect(201);

    // once the rest is called and paid, the member is on the next electorate
    await c
      .post(`subscriptions/${sub.body.id}/calls`, { amountCents: 3000, calledOn: '2026-11-01', dueOn: '2026-12-31' })
      .expect(201);
    await c
      .post(`subscriptions/${sub.body.id}/payments`, { amountCents: 3000, paidOn: '2026-11-02', method: 'transfer' })
      .expect(201);
    const next = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
    expect((await c.post(`resolutions/${next}/open`, {}).expect(200)).body.eligibleCount).toBe(2);
    const nextElectors = await api.db.query(
      `SELECT member_id, weight FROM resolution_electors WHERE resolution_id = $1`,
      [next],
    );
    expect(nextElectors.map((e: { member_id: string }) => e.member_id).sort()).toEqual([paidUp.id, partly.id].sort());
    expect(nextElectors.every((e: { weight: number }) => e.weight === 1)).toBe(true);
  });

  describe('refusals', () => {
    it('answers 409 for a ballot on a closed resolution, by token or by code', async () => {
      const c = await coop();
      const voter = await c.shareholder(true);
      const other = await c.shareholder();
      const assembly = await c
        .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201);
      const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
      await c.post(`resolutions/${r}/open`, {}).expect(200);
      const code = (await c.codes(smtp, assembly.body.id)).get(other.id)!;
      await c.post(`resolutions/${r}/close`, {}).expect(200);
      const late = await c.ballot(r, auth(voter), { choice: 'for' });
      expectProblem(late, 409);
      expect(late.body.type).toBe('/problems/resolution-not-open');
      expectProblem(await c.byCode(r, code, { choice: 'for' }), 409);
      expectProblem(await c.post(`resolutions/${r}/close`, {}), 422);
      expectProblem(await c.post(`resolutions/${r}/open`, {}), 422);
      expect(
        (await api.db.query(`SELECT count(*)::int AS n FROM participations WHERE resolution_id = $1`, [r]))[0].n,
      ).toBe(0);
    });

    it('answers 401 without a token or code, or with a bad token', async () => {
      const c = await coop();
      await c.shareholder(true);
      const assembly = await c
        .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201);
      const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body.id;
      await c.post(`resolutions/${r}/open`, {}).expect(200);
      const url = `/v1/orgs/${c.org.slug}/resolutions/${r}/ballots`;
      expectProblem(await api.http.post(url).send({ choice: 'for' }), 401);
      expectProblem(await api.http.post(url).set('Authorization', 'Bearer not.a.token').send({ choice: 'for' }), 401);
      expectProblem(await api.http.post(url).set('Authorization', 'Basic abc').send({ choice: 'for' }), 401);
      expect(
        (await api.db.query(`SELECT count(*)::int AS n FROM participations WHERE resolution_id = $1`, [r]))[0].n,
      ).toBe(0);
    });

    it('answers 404 for a voting code of another assembly or another co-op, 403 for an account linked to no member', async () => {
      const c = await coop();
      const voter = await c.shareholder();
      const first = await c
        .post('assemblies', { title: 'AG 1', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201);
      const second = await c
        .post('assemblies', { title: 'AG 2', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201);
      const r1 = (await c.post(`assemblies/${first.body.id}/resolutions`, motion()).expect(201)).body.id;
      const r2 = (await c.post(`assemblies/${second.body.id}/resolutions`, motion()).expect(201)).body.id;
      await c.post(`resolutions/${r1}/open`, {}).expect(200);
      await c.post(`resolutions/${r2}/open`, {}).expect(200);
      const codeOf = async (assemblyId: string) => (await c.codes(smtp, assemblyId)).get(voter.id)!;
      const code1 = await codeOf(first.body.id);
      const code2 = await codeOf(second.body.id);
      expectProblem(await c.byCode(r1, code2, { choice: 'for' }), 404);
      expectProblem(await c.byCode(r2, code1, { choice: 'for' }), 404);
      const cast = await c.byCode(r1, code1, { choice: 'for' }).expect(201);
      await c.byCode(r2, code2, { choice: 'against' }).expect(201);
      // the ballot counts for the code's member; the audit log names the code that cast it, not the
      // member as if they had acted with an account (whoever typed the code did)
      const [{ id: codeId }] = await api.db.query(
        `SELECT id FROM voting_codes WHERE assembly_id = $1 AND member_id = $2`,
        [first.body.id, voter.id],
      );
      const [audit] = await api.db.query(
        `SELECT actor, actor_user_id, changes FROM audit_log WHERE action = 'ballot.cast' AND entity_id = $1`,
        [r1],
      );
      expect(audit).toEqual({
        actor: `voting-code:${codeId}`,
        actor_user_id: null,
        changes: { memberId: voter.id, votingCodeId: codeId, byProxy: false, choice: ['for'] },
      });
      expect(JSON.stringify(audit)).not.toContain('castByMemberId');
      expect(cast.body.memberId).toBe(voter.id);

      // a code is good for its co-op only: elsewhere it is unknown (401), and a resolution elsewhere is not found
      const elsewhere = await coop();
      expectProblem(await elsewhere.byCode(r1, code1, { choice: 'for' }), 401);
      const stranger = await elsewhere.shareholder();
      const otherAssembly = await elsewhere
        .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201);
      await elsewhere.post(`assemblies/${otherAssembly.body.id}/resolutions`, motion()).expect(201);
      const otherCode = (await elsewhere.codes(smtp, otherAssembly.body.id)).get(stranger.id)!;
      expectProblem(await elsewhere.byCode(r1, otherCode, { choice: 'for' }), 404);

      // the admin has an account but no member record: 403; a user of no role here: 404
      const adminVote = await c.ballot(r1, c.org.admin.auth, { choice: 'for' });
      expectProblem(adminVote, 403);
      expect(adminVote.body.type).toBe('/problems/not-a-member');
      const outsider = await signup(api, 'outsider');
      expectProblem(await c.ballot(r1, outsider.auth, { choice: 'for' }), 404);
      // an unknown resolution
      expectProblem(await c.byCode('00000000-0000-4000-8000-000000000000', code1, { choice: 'for' }), 404);
    });
  });
});
