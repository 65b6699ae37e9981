import { INestApplicationContext } from '@nestjs/common';
import { expectProblem, paidUpMember, startApi, startWorker, TestApi } from '../support/app';
import { startSmtp } from '../support/smtp';
import { motion, votingCoop, window } from './support';

/** Weightings (colleges, per share), majorities, quorum and second convocation, elections. */
describe('assembly counts: colleges, shares, majorities, quorum, elections', () => {
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

  /** A vote-test co-op, whose shareholders hold `shares` paid-up shares in a college, and vote by code. */
  async function coop(overrides: Record<string, unknown> = {}) {
    const c = await votingCoop(api, overrides);
    const shareholder = async (shares = 1, collegeCode?: string): Promise<string> =>
      (
        await paidUpMember(api, c.org, {
          quantity: shares,
          member: { eConsent: true, ...(collegeCode ? { collegeCode } : {}) },
        })
      ).id;
    /** Voting codes for the assembly, by member id: read from the convocation e-mails. */
    const codes = (assemblyId: string) => c.codes(smtp, assemblyId);
    const vote = (resolutionId: string, code: string, choice: string | string[]) =>
      c.byCode(resolutionId, code, { choice });
    return { ...c, shareholder, codes, vote };
  }

  describe('college weighting (SCIC)', () => {
    it('weighs each college result by its weight: users 40 % for, employees and partners 100 % → 70.00, adopted, with per-college counts', async () => {
      const c = await coop();
      await c.post('colleges', { code: 'U', name: 'Usagers', weightPercent: 50 }).expect(201);
      await c.post('colleges', { code: 'S', name: 'Salariés', weightPercent: 30 }).expect(201);
      await c.post('colleges', { code: 'P', name: 'Partenaires', weightPercent: 20 }).expect(201);
      const users = [];
      for (let i = 0; i < 6; i++) users.push(await c.shareholder(1, 'U'));
      const employees = [await c.shareholder(1, 'S'), await c.shareholder(3, 'S')];
      const partners = [await c.shareholder(1, 'P')];

      const assembly = await c
        .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'college', secret: false })
        .expect(201);
      const resolution = await c
        .post(`assemblies/${assembly.body.id}/resolutions`, motion({ quorumPercent: 50 }))
        .expect(201);
      const opened = await c.post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
      expect(opened.body.eligibleCount).toBe(9);
      const codes = await c.codes(assembly.body.id);
      const choices: [string, string][] = [
        [users[0], 'for'],
        [users[1], 'for'],
        [users[2], 'against'],
        [users[3], 'against'],
        [users[4], 'against'],
        [users[5], 'abstain'],
        [employees[0], 'for'],
        [employees[1], 'for'],
        [partners[0], 'for'],
      ];
      for (const [member, choice] of choices) await c.vote(resolution.body.id, codes.get(member)!, choice).expect(201);

      // an open ballot: live results, weighted the same way
      const live = await c.get(`resolutions/${resolution.body.id}/results`).expect(200);
      expect(live.body).toEqual(expect.objectContaining({ status: 'open', forPercent: 70, outcome: null }));

      // the weights were fixed when the vote opened: changing them now changes nothing in this count
      await c.patch('colleges/U', { weightPercent: 40 }).expect(200);
      await c.patch('colleges/P', { weightPercent: 30 }).expect(200);

      await c.post(`resolutions/${resolution.body.id}/close`, {}).expect(200);
      const results = await c.get(`resolutions/${resolution.body.id}/results`).expect(200);
      expect(results.body).toEqual(
        expect.objectContaining({
          status: 'closed',
          outcome: 'adopted',
          quorumReached: true,
          eligibleCount: 9,
          votersCount: 9,
          counts: { for: 5, against: 3, abstain: 1 },
          forPercent: 70,
        }),
      );
      // one member one vote inside a college, whatever the shares held (the employee with 3 shares counts once)
      expect(results.body.colleges).toEqual([
        expect.objectContaining({
          code: 'P',
          weightPercent: 20,
          counts: { for: 1, against: 0, abstain: 0 },
          forPercent: 100,
        }),
        expect.objectContaining({
          code: 'S',
          weightPercent: 30,
          counts: { for: 2, against: 0, abstain: 0 },
          forPercent: 100,
        }),
        expect.objectContaining({
          code: 'U',
          weightPercent: 50,
          counts: { for: 2, against: 3, abstain: 1 },
          forPercent: 40,
        }),
      ]);
      // unweighted, 5 for out of 8 expressed would be 62.5 %
      expect(results.body.forPercent).not.toBe(62.5);
    });

    it('does not open a college-weighted resolution while the colleges are invalid (one at 60 %) → 422 invalid-colleges, then opens once fixed', async () => {
      const c = await coop();
      await c.post('colleges', { code: 'U', name: 'Usagers', weightPercent: 50 }).expect(201);
      await c.post('colleges', { code: 'S', name: 'Salariés', weightPercent: 30 }).expect(201);
      await c.post('colleges', { code: 'P', name: 'Partenaires', weightPercent: 20 }).expect(201);
      await c.shareholder(1, 'U');
      await c.shareholder(1, 'S');
      await c.patch('colleges/U', { weightPercent: 60 }).expect(200);
      await c.patch('colleges/P', { weightPercent: 10 }).expect(200); // sums to 100, but U weighs more than 50 %

      const assembly = await c
        .post('assemblies', { title: 'AG', kind: 'permanent', weighting: 'college', secret: true })
        .expect(201);
      const resolution = await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201);
      const refused = await c.post(`resolutions/${resolution.body.id}/open`, {});
      expectProblem(refused, 422);
      expect(refused.body.type).toBe('/problems/invalid-colleges');
      expect(JSON.stringify(refused.body.problems)).toMatch(/U weighs 60/);
      expect((await c.get(`resolutions/${resolution.body.id}`).expect(200)).body).toEqual(
        expect.objectContaining({ status: 'draft', eligibleCount: null }),
      );
      expect(
        (
          await api.db.query(`SELECT count(*)::int AS n FROM resolution_electors WHERE resolution_id = $1`, [
            resolution.body.id,
          ])
        )[0].n,
      ).toBe(0);

      // a per-member assembly of the same co-op is not concerned by the college weights
      const plain = await c
        .post('assemblies', { title: 'AG 2', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201);
      const other = await c.post(`assemblies/${plain.body.id}/resolutions`, motion()).expect(201);
      await c.post(`resolutions/${other.body.id}/open`, {}).expect(200);

      await c.patch('colleges/U', { weightPercent: 50 }).expect(200);
      await c.patch('colleges/P', { weightPercent: 20 }).expect(200);
      const opened = await c.post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
      expect(opened.body).toEqual(expect.objectContaining({ status: 'open', eligibleCount: 2 }));
    });

    it('does not open a college-weighted resolution of a co-op that has no colleges at all (422 invalid-colleges)', async () => {
      const c = await coop({ legalForm: 'OTHER' });
      const voter = await c.shareholder();
      const assembly = await c
        .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'college', secret: false })
        .expect(201);
      const resolution = await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201);
      const refused = await c.post(`resolutions/${resolution.body.id}/open`, {});
      expectProblem(refused, 422);
      expect(refused.body.type).toBe('/problems/invalid-colleges');
      await c.post('colleges', { code: 'X', name: 'Unique', weightPercent: 50 }).expect(201);
      await c.post('colleges', { code: 'Y', name: 'Autre', weightPercent: 50 }).expect(201);
      // a member in no college would weigh nothing: the vote does not open until each has one
      const homeless = await c.post(`resolutions/${resolution.body.id}/open`, {});
      expectProblem(homeless, 422);
      expect(homeless.body).toEqual(expect.objectContaining({ type: '/problems/members-without-college', count: 1 }));
      await c.patch(`members/${voter}`, { collegeCode: 'X' }).expect(200);
      expect((await c.post(`resolutions/${resolution.body.id}/open`, {}).expect(200)).body.eligibleCount).toBe(1);
    });
  });

  describe('per-share weighting', () => {
    it('is refused for a SCIC (422 naming weighting)', async () => {
      const c = await coop();
      const res = await c.post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_share', secret: false });
      expectProblem(res, 422, 'weighting');
      expect(res.body.type).toBe('/problems/per-share-vote-refused');
      for (const legalForm of ['SCOP_SARL', 'SA_COOP']) {
        const coopForm = await coop({ legalForm });
        expectProblem(
          await coopForm.post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_share', secret: false }),
          422,
          'weighting',
        );
      }
    });

    it('is allowed for legal form OTHER and weighs each ballot by the paid shares of its member', async () => {
      const c = await coop({ legalForm: 'OTHER' });
      const big = await c.shareholder(3);
      const small1 = await c.shareholder(1);
      const small2 = await c.shareholder(1);
      const assembly = await c
        .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_share', secret: false })
        .expect(201);
      expect(assembly.body.weighting).toBe('per_share');
      const resolution = await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201);
      await c.post(`resolutions/${resolution.body.id}/open`, {}).expect(200);
      const electors = await api.db.query(
        `SELECT member_id, weight FROM resolution_electors WHERE resolution_id = $1`,
        [resolution.body.id],
      );
      expect(
        Object.fromEntries(electors.map((e: { member_id: string; weight: number }) => [e.member_id, e.weight])),
      ).toEqual({
        [big]: 3,
        [small1]: 1,
        [small2]: 1,
      });
      const codes = await c.codes(assembly.body.id);
      await c.vote(resolution.body.id, codes.get(big)!, 'for').expect(201);
      await c.vote(resolution.body.id, codes.get(small1)!, 'against').expect(201);
      await c.vote(resolution.body.id, codes.get(small2)!, 'against').expect(201);
      await c.post(`resolutions/${resolution.body.id}/close`, {}).expect(200);
      const results = await c.get(`resolutions/${resolution.body.id}/results`).expect(200);
      // counts stay ballots; the percent and the outcome follow the shares (3 of 5)
      expect(results.body).toEqual(
        expect.objectContaining({
          outcome: 'adopted',
          counts: { for: 1, against: 2, abstain: 0 },
          forPercent: 60,
          colleges: [],
        }),
      );
    });
  });

  describe('majorities and quorum', () => {
    it('adopts a two-thirds resolution at exactly 2/3 of expressed votes, abstentions not expressed; rejects it at 60 %', async () => {
      const c = await coop();
      const members = [];
      for (let i = 0; i < 9; i++) members.push(await c.shareholder());
      const assembly = await c
        .post('assemblies', { title: 'AGE', kind: 'extraordinary', weighting: 'per_member', secret: false })
        .expect(201);
      const exact = await c
        .post(`assemblies/${assembly.body.id}/resolutions`, motion({ majority: 'two_thirds', quorumPercent: 50 }))
        .expect(201);
      const short = await c
        .post(`assemblies/${assembly.body.id}/resolutions`, motion({ majority: 'two_thirds', quorumPercent: 50 }))
        .expect(201);
      expect([exact.body.number, short.body.number]).toEqual([1, 2]);
      await c.post(`resolutions/${exact.body.id}/open`, {}).expect(200);
      await c.post(`resolutions/${short.body.id}/open`, {}).expect(200);
      const codes = await c.codes(assembly.body.id);
      const exactChoices = ['for', 'for', 'for', 'for', 'against', 'against', 'abstain', 'abstain', 'abstain'];
      for (let i = 0; i < 9; i++) await c.vote(exact.body.id, codes.get(members[i])!, exactChoices[i]).expect(201);
      const shortChoices = ['for', 'for', 'for', 'against', 'against'];
      for (let i = 0; i < 5; i++) await c.vote(short.body.id, codes.get(members[i])!, shortChoices[i]).expect(201);
      await c.post(`resolutions/${exact.body.id}/close`, {}).expect(200);
      await c.post(`resolutions/${short.body.id}/close`, {}).expect(200);

      const a = (await c.get(`resolutions/${exact.body.id}/results`).expect(200)).body;
      expect(a).toEqual(
        expect.objectContaining({
          outcome: 'adopted',
          quorumReached: true,
          votersCount: 9,
          counts: { for: 4, against: 2, abstain: 3 },
          forPercent: 66.67,
        }),
      );
      const b = (await c.get(`resolutions/${short.body.id}/results`).expect(200)).body;
      expect(b).toEqual(
        expect.objectContaining({
          outcome: 'rejected',
          quorumReached: true,
          votersCount: 5,
          counts: { for: 3, against: 2, abstain: 0 },
          forPercent: 60,
        }),
      );
      expect((await c.get(`resolutions/${short.body.id}`).expect(200)).body.outcome).toBe('rejected');
    });

    it('reports no_quorum when too few took part, then a second convocation with the assembly quorum, only once', async () => {
      const c = await coop();
      const members = [];
      for (let i = 0; i < 10; i++) members.push(await c.shareholder());
      const assembly = await c
        .post('assemblies', {
          title: 'AGO',
          kind: 'ordinary',
          weighting: 'per_member',
          secret: false,
          secondConvocationQuorumPercent: 20,
        })
        .expect(201);
      expect(assembly.body.secondConvocationQuorumPercent).toBe(20);
      const first = await c
        .post(`assemblies/${assembly.body.id}/resolutions`, motion({ title: 'Comptes 2026', quorumPercent: 25 }))
        .expect(201);
      await c.post(`resolutions/${first.body.id}/open`, {}).expect(200);
      const codes = await c.codes(assembly.body.id);
      await c.vote(first.body.id, codes.get(members[0])!, 'for').expect(201);
      await c.vote(first.body.id, codes.get(members[1])!, 'abstain').expect(201); // an abstention takes part
      expectProblem(await c.post(`resolutions/${first.body.id}/second-convocation`, window()), 422); // still open
      const closed = await c.post(`resolutions/${first.body.id}/close`, {}).expect(200);
      expect(closed.body.outcome).toBe('no_quorum');
      const failed = (await c.get(`resolutions/${first.body.id}/results`).expect(200)).body;
      expect(failed).toEqual(
        expect.objectContaining({
          outcome: 'no_quorum',
          quorumReached: false,
          quorumPercent: 25,
          eligibleCount: 10,
          votersCount: 2,
          counts: { for: 1, against: 0, abstain: 1 },
        }),
      );

      const second = await c.post(`resolutions/${first.body.id}/second-convocation`, window()).expect(201);
      expect(second.body).toEqual(
        expect.objectContaining({
          secondConvocationOf: first.body.id,
          quorumPercent: 20,
          title: 'Comptes 2026',
          status: 'draft',
          number: 2,
          assemblyId: assembly.body.id,
          majority: 'simple',
        }),
      );
      expectProblem(await c.post(`resolutions/${first.body.id}/second-convocation`, window()), 409);

      // the same two voters now reach the (lower) quorum
      await c.post(`resolutions/${second.body.id}/open`, {}).expect(200);
      await c.vote(second.body.id, codes.get(members[0])!, 'for').expect(201);
      await c.vote(second.body.id, codes.get(members[1])!, 'abstain').expect(201);
      await c.post(`resolutions/${second.body.id}/close`, {}).expect(200);
      expect((await c.get(`resolutions/${second.body.id}/results`).expect(200)).body).toEqual(
        expect.objectContaining({ quorumReached: true, outcome: 'adopted', forPercent: 100 }),
      );
      // a double submit of the same second convocation creates one resolution
      const again = await c
        .post(`assemblies/${assembly.body.id}/resolutions`, motion({ quorumPercent: 90 }))
        .expect(201);
      await c.post(`resolutions/${again.body.id}/open`, {}).expect(200);
      await c.post(`resolutions/${again.body.id}/close`, {}).expect(200);
      const raced = await Promise.all(
        Array.from({ length: 10 }, () => c.post(`resolutions/${again.body.id}/second-convocation`, window())),
      );
      expect(raced.filter((r) => r.status === 201)).toHaveLength(1);
      expect(raced.filter((r) => r.status === 409)).toHaveLength(9);
      expect(
        (
          await api.db.query(`SELECT count(*)::int AS n FROM resolutions WHERE second_convocation_of = $1`, [
            again.body.id,
          ])
        )[0].n,
      ).toBe(1);
      // a resolution that reached its quorum is not put again
      expectProblem(await c.post(`resolutions/${second.body.id}/second-convocation`, window()), 422);
    });
  });

  describe('elections', () => {
    const candidates = [
      { key: 'alice', label: 'Alice Durand' },
      { key: 'bruno', label: 'Bruno Petit' },
      { key: 'chloe', label: 'Chloé Martin' },
    ];

    it('elects the most voted candidates for the seats, from ballots naming up to `seats` keys', async () => {
      const c = await coop();
      const members = [];
      for (let i = 0; i < 5; i++) members.push(await c.shareholder());
      const assembly = await c
        .post('assemblies', { title: 'Élection du CA', kind: 'ordinary', weighting: 'per_member', secret: true })
        .expect(201);
      const election = await c
        .post(`assemblies/${assembly.body.id}/resolutions`, motion({ title: 'Conseil', candidates, seats: 2 }))
        .expect(201);
      expect(election.body).toEqual(expect.objectContaining({ kind: 'election', seats: 2, candidates }));
      await c.post(`resolutions/${election.body.id}/open`, {}).expect(200);
      const codes = await c.codes(assembly.body.id);
      const ballots: (string | string[])[] = [
        ['alice', 'bruno'],
        ['chloe', 'alice'],
        ['bruno', 'alice'],
        ['bruno'],
        'abstain',
      ];
      for (let i = 0; i < 5; i++) await c.vote(election.body.id, codes.get(members[i])!, ballots[i]).expect(201);
      await c.post(`resolutions/${election.body.id}/close`, {}).expect(200);
      const results = (await c.get(`resolutions/${election.body.id}/results`).expect(200)).body;
      expect(results).toEqual(
        expect.objectContaining({ status: 'closed', outcome: 'elected', votersCount: 5, elected: ['alice', 'bruno'] }),
      );
      expect(results.counts.abstain).toBe(1);
      expect(results.tie).toBeUndefined();
      expect(results.candidates).toEqual([
        { key: 'alice', label: 'Alice Durand', votes: 3, weightedPercent: 42.86 },
        { key: 'bruno', label: 'Bruno Petit', votes: 3, weightedPercent: 42.86 },
        { key: 'chloe', label: 'Chloé Martin', votes: 1, weightedPercent: 14.29 },
      ]);
      expect((await c.get(`resolutions/${election.body.id}`).expect(200)).body.outcome).toBe('elected');
    });

    it('refuses an invalid choice with 400 naming choice: unknown key, too many, duplicates, a motion answer; and a motion refuses a list', async () => {
      const c = await coop();
      const voter = await c.shareholder();
      const assembly = await c
        .post('assemblies', { title: 'Élection', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201);
      const election = await c
        .post(`assemblies/${assembly.body.id}/resolutions`, motion({ candidates, seats: 2 }))
        .expect(201);
      const plain = await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201);
      await c.post(`resolutions/${election.body.id}/open`, {}).expect(200);
      await c.post(`resolutions/${plain.body.id}/open`, {}).expect(200);
      const code = (await c.codes(assembly.body.id)).get(voter)!;
      for (const choice of [
        ['zoe'],
        ['alice', 'bruno', 'chloe'],
        ['alice', 'alice'],
        [],
        'for',
        ['abstain', 'alice'],
      ]) {
        expectProblem(await c.vote(election.body.id, code, choice), 400, 'choice');
      }
      for (const choice of [['for', 'against'], 'alice', 'yes'])
        expectProblem(await c.vote(plain.body.id, code, choice), 400, 'choice');
      // nothing was recorded by the refused ballots: the voter still votes once
      await c.vote(election.body.id, code, ['chloe']).expect(201);
      expectProblem(await c.vote(election.body.id, code, ['alice']), 409);
    });

    it('refuses an election without seats, a seats without candidates, duplicate and reserved keys (400)', async () => {
      const c = await coop();
      const assembly = await c
        .post('assemblies', { title: 'Élection', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201);
      const path = `assemblies/${assembly.body.id}/resolutions`;
      expectProblem(await c.post(path, motion({ candidates })), 400, 'seats');
      expectProblem(await c.post(path, motion({ seats: 2 })), 400, 'candidates');
      expectProblem(
        await c.post(path, motion({ candidates: [candidates[0], candidates[0]], seats: 1 })),
        400,
        'candidates',
      );
      expectProblem(
        await c.post(path, motion({ candidates: [{ key: 'abstain', label: 'Blanc' }], seats: 1 })),
        400,
        'candidates',
      );
    });
  });
});
