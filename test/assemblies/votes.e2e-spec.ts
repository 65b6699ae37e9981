import { INestApplicationContext } from '@nestjs/common';
import { createOrg, expectProblem, startApi, startWorker, TestApi, TestOrg, paidUpMember } from '../support/app';
import { startSmtp } from '../support/smtp';
import { mailedCodes } from '../support/voting-codes';
import { window } from './support';

/** A permanent assembly of a SCIC: a member votes with an account, another with a voting code. */
describe('votes', () => {
  let api: TestApi;
  let org: TestOrg;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  const post = (p: string, body: object, auth = org.admin.auth) =>
    api.http.post(`/v1/orgs/${org.slug}/${p}`).set(auth).send(body);
  const get = (p: string, auth = org.admin.auth) => api.http.get(`/v1/orgs/${org.slug}/${p}`).set(auth);

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    org = await createOrg(api);
    await post('share-classes', { code: 'A', name: 'A', nominalCents: 1000, minPerMember: 1 }).expect(201);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  /** A member holding `shares` paid-up shares, convened by e-mail, with an account linked when asked. */
  const shareholder = (quantity = 1, withAccount = false) =>
    paidUpMember(api, org, { quantity, withAccount, member: { eConsent: true } });
  /** The codes the convocation e-mailed the members of the assembly without an account. */
  const codesOf = (assemblyId: string) => mailedCodes(api, smtp, org, assemblyId);

  it('runs a resolution: eligibility fixed at opening, one ballot each, receipts, results, seal', async () => {
    const alice = await shareholder(1, true);
    const bob = await shareholder(1);
    const assembly = await post('assemblies', {
      title: 'AG permanente',
      kind: 'permanent',
      weighting: 'per_member',
      secret: true,
      maxProxiesPerHolder: 1,
    }).expect(201);
    const resolution = await post(`assemblies/${assembly.body.id}/resolutions`, {
      title: 'Budget 2027',
      text: 'Approuver le budget.',
      majority: 'simple',
      quorumPercent: 50,
      ...window(),
    }).expect(201);
    const bobCode = (await codesOf(assembly.body.id)).get(bob.id)!;

    expect((await post(`resolutions/${resolution.body.id}/ballots`, { choice: 'for' }, alice.user!.auth)).status).toBe(
      409,
    ); // not open yet
    const opened = await post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
    expect(opened.body).toEqual(expect.objectContaining({ status: 'open', eligibleCount: 2 }));
    const late = await shareholder(1, true); // joins after the opening
    expectProblem(await post(`resolutions/${resolution.body.id}/ballots`, { choice: 'for' }, late.user!.auth), 403);

    const first = await post(`resolutions/${resolution.body.id}/ballots`, { choice: 'for' }, alice.user!.auth).expect(
      201,
    );
    expect(first.body.receipt).toEqual(expect.any(String));
    expectProblem(
      await post(`resolutions/${resolution.body.id}/ballots`, { choice: 'against' }, alice.user!.auth),
      409,
    );
    await api.http
      .post(`/v1/orgs/${org.slug}/resolutions/${resolution.body.id}/ballots`)
      .set('X-Voting-Code', bobCode)
      .send({ choice: 'against' })
      .expect(201);
    expectProblem(
      await api.http
        .post(`/v1/orgs/${org.slug}/resolutions/${resolution.body.id}/ballots`)
        .set('X-Voting-Code', 'wrong')
        .send({ choice: 'for' }),
      401,
    );
    expectProblem(await get(`resolutions/${resolution.body.id}/results`), 409); // secret: sealed until closing

    const closed = await post(`resolutions/${resolution.body.id}/close`, {}).expect(200);
    expect(closed.body.sealHash).toMatch(/^[0-9a-f]{64}$/);
    const results = await get(`resolutions/${resolution.body.id}/results`).expect(200);
    expect(results.body).toEqual(
      expect.objectContaining({
        status: 'closed',
        outcome: 'rejected',
        quorumReached: true,
        eligibleCount: 2,
        votersCount: 2,
        counts: { for: 1, against: 1, abstain: 0 },
        forPercent: 50,
        sealHash: closed.body.sealHash,
      }),
    );
    const proof = await post(`resolutions/${resolution.body.id}/verify`, { receipt: first.body.receipt }).expect(200);
    expect(proof.body).toEqual(expect.objectContaining({ included: true, sealHash: closed.body.sealHash }));
    expectProblem(await post(`resolutions/${resolution.body.id}/verify`, { receipt: 'forged' }), 404, 'receipt');

    // the secret ballots hold no member, and the sealed box refuses changes
    const rows = await api.db.query(`SELECT member_id, cast_at FROM ballots WHERE resolution_id = $1`, [
      resolution.body.id,
    ]);
    expect(rows).toEqual([
      { member_id: null, cast_at: null },
      { member_id: null, cast_at: null },
    ]);
    await expect(api.db.query(`DELETE FROM ballots WHERE resolution_id = $1`, [resolution.body.id])).rejects.toThrow(
      /sealed/,
    );
  });

  it('counts exactly one ballot when twenty requests race for the same member', async () => {
    const carol = await shareholder(1, true);
    const assembly = await post('assemblies', {
      title: 'AGO',
      kind: 'ordinary',
      weighting: 'per_member',
      secret: false,
    }).expect(201);
    const resolution = await post(`assemblies/${assembly.body.id}/resolutions`, {
      title: 'R',
      text: 'T',
      majority: 'simple',
      quorumPercent: 0,
      ...window(),
    }).expect(201);
    await post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        post(`resolutions/${resolution.body.id}/ballots`, { choice: 'for' }, carol.user!.auth),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1`, [
      resolution.body.id,
    ]);
    expect(n).toBe(1);
  });

  it('replays a ballot retried with the same Idempotency-Key, and lets only its owner replace a secret ballot', async () => {
    const dora = await shareholder(1, true);
    const emil = await shareholder(1, true);
    const assembly = await post('assemblies', {
      title: 'AG',
      kind: 'permanent',
      weighting: 'per_member',
      secret: true,
      allowVoteChange: true,
    }).expect(201);
    const resolution = await post(`assemblies/${assembly.body.id}/resolutions`, {
      title: 'R',
      text: 'T',
      majority: 'simple',
      quorumPercent: 0,
      ...window(),
    }).expect(201);
    await post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
    const ballot = (auth: Record<string, string>, body: object, key?: string) => {
      const req = api.http.post(`/v1/orgs/${org.slug}/resolutions/${resolution.body.id}/ballots`).set(auth);
      return (key ? req.set('Idempotency-Key', key) : req).send(body);
    };
    const first = await ballot(dora.user!.auth, { choice: 'for' }, 'dora-1').expect(201);
    const again = await ballot(dora.user!.auth, { choice: 'for' }, 'dora-1').expect(201);
    expect(again.body.receipt).toBe(first.body.receipt);
    expect(again.headers['idempotent-replayed']).toBe('true');
    // the same key is another voter's own: it names nothing of Dora's
    const emils = await ballot(emil.user!.auth, { choice: 'against' }, 'dora-1').expect(201);
    expect(emils.body.receipt).not.toBe(first.body.receipt);
    // Emil knows Dora's receipt: it does not let him replace her ballot, nor his own
    expectProblem(
      await ballot(emil.user!.auth, { choice: 'for', replacesReceipt: first.body.receipt }),
      400,
      'replacesReceipt',
    );
    await ballot(emil.user!.auth, { choice: 'for', replacesReceipt: emils.body.receipt }).expect(201);
    await post(`resolutions/${resolution.body.id}/close`, {}).expect(200);
    expect((await get(`resolutions/${resolution.body.id}/results`).expect(200)).body.counts).toEqual({
      for: 2,
      against: 0,
      abstain: 0,
    });
  });

  it('answers a voting-code ballot like any other: the headers, a refused body, a retried key, a changed vote', async () => {
    const fay = await shareholder(1);
    const assembly = await post('assemblies', {
      title: 'AG',
      kind: 'permanent',
      weighting: 'per_member',
      secret: true,
      allowVoteChange: true,
    }).expect(201);
    const resolution = await post(`assemblies/${assembly.body.id}/resolutions`, {
      title: 'R',
      text: 'T',
      majority: 'simple',
      quorumPercent: 0,
      ...window(),
    }).expect(201);
    await post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
    const code = (await codesOf(assembly.body.id)).get(fay.id)!;
    const byCode = (body: object, headers: Record<string, string> = {}) =>
      api.http
        .post(`/v1/orgs/${org.slug}/resolutions/${resolution.body.id}/ballots`)
        .set({ 'X-Voting-Code': code, ...headers })
        .send(body);
    const ballots = async () =>
      (await api.db.query(`SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1`, [resolution.body.id]))[0]
        .n;

    // what the DTO refuses is refused, naming the field, and writes nothing
    expectProblem(await byCode({ choice: 'for', colour: 'blue' }), 400, 'colour');
    expectProblem(await byCode({ choice: 'x'.repeat(41) }), 400, 'choice');
    expectProblem(await byCode({ choice: 42 }), 400, 'choice');
    expect(await ballots()).toBe(0);

    // a retried request with its Idempotency-Key gets the first answer again
    const first = await byCode(
      { choice: 'against' },
      { 'Idempotency-Key': 'fay-1', 'X-Request-Id': 'fay-request-1' },
    ).expect(201);
    expect(first.headers['x-request-id']).toBe('fay-request-1');
    const again = await byCode({ choice: 'against' }, { 'Idempotency-Key': 'fay-1' }).expect(201);
    expect(again.body.receipt).toBe(first.body.receipt);
    expect(again.headers['idempotent-replayed']).toBe('true');

    // the vote changed with its receipt; a second ballot without it asks for it
    const changed = await byCode({ choice: 'for', replacesReceipt: first.body.receipt }).expect(201);
    expect(changed.body).toEqual({
      receipt: expect.any(String),
      resolutionId: resolution.body.id,
      memberId: fay.id,
      replaced: true,
    });
    expectProblem(await byCode({ choice: 'for' }), 400, 'replacesReceipt');
    expect(await ballots()).toBe(1);

    // a first ballot by code: the controller's answer, with the same security headers
    const gus = await shareholder(1);
    const other = await post(`assemblies/${assembly.body.id}/resolutions`, {
      title: 'R2',
      text: 'T',
      majority: 'simple',
      quorumPercent: 0,
      ...window(),
    }).expect(201);
    await post(`resolutions/${other.body.id}/open`, {}).expect(200);
    // convened again: the members not reached yet (Gus) get their code
    const cast = await api.http
      .post(`/v1/orgs/${org.slug}/resolutions/${other.body.id}/ballots`)
      .set('X-Voting-Code', (await codesOf(assembly.body.id)).get(gus.id)!)
      .send({ choice: ['for'] })
      .expect(201);
    expect(cast.body).toEqual({
      receipt: expect.any(String),
      resolutionId: other.body.id,
      memberId: gus.id,
      replaced: false,
    });
    expect(cast.headers).toEqual(
      expect.objectContaining({
        'content-type': 'application/json; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'x-request-id': expect.any(String),
      }),
    );
  });

  it('refuses the ballots that waited on the closing of their resolution: the sealed box is the whole box', async () => {
    const [hal, ida, jo] = [await shareholder(1, true), await shareholder(1), await shareholder(1, true)];
    const assembly = await post('assemblies', {
      title: 'AG',
      kind: 'ordinary',
      weighting: 'per_member',
      secret: true,
      maxProxiesPerHolder: 1,
    }).expect(201);
    const resolution = await post(`assemblies/${assembly.body.id}/resolutions`, {
      title: 'R',
      text: 'T',
      majority: 'simple',
      quorumPercent: 0,
      ...window(),
    }).expect(201);
    await post(`assemblies/${assembly.body.id}/proxies`, { grantorMemberId: jo.id, holderMemberId: hal.id }).expect(
      201,
    );
    await post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
    const idaCode = (await codesOf(assembly.body.id)).get(ida.id)!;
    const url = `/v1/orgs/${org.slug}/resolutions/${resolution.body.id}/ballots`;

    // another connection closes the resolution as the close does: locked, then closed
    const closing = api.db.createQueryRunner();
    await closing.connect();
    try {
      await closing.startTransaction();
      await closing.query(`SELECT 1 FROM resolutions WHERE id = $1 FOR UPDATE`, [resolution.body.id]);
      const waiting = [
        api.http
          .post(url)
          .set(hal.user!.auth)
          .send({ choice: 'for' })
          .then((r) => r), // a member's own ballot
        api.http
          .post(url)
          .set('X-Voting-Code', idaCode)
          .send({ choice: 'for' })
          .then((r) => r), // by voting code
        api.http
          .post(url)
          .set(hal.user!.auth)
          .send({ choice: 'for', onBehalfOfMemberId: jo.id })
          .then((r) => r), // as proxy holder
      ];
      // until all three wait on the resolution's lock
      for (let i = 0; ; i++) {
        if (i === 100) throw new Error('the ballots did not wait on the closing');
        const [{ n }] = await api.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (n >= 3) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await closing.query(`UPDATE resolutions SET status = 'closed', closed_at = now() WHERE id = $1`, [
        resolution.body.id,
      ]);
      await closing.commitTransaction();
      for (const answer of await Promise.all(waiting)) {
        expectProblem(answer, 409);
        expect(answer.body.type).toBe('/problems/resolution-not-open');
      }
    } finally {
      await closing.release();
    }
    const [{ n }] = await api.db.query(
      `SELECT (SELECT count(*) FROM ballots WHERE resolution_id = $1) + (SELECT count(*) FROM participations WHERE resolution_id = $1) AS n`,
      [resolution.body.id],
    );
    expect(Number(n)).toBe(0);
  });
});
