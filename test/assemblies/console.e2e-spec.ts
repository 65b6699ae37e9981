import { expectProblem, paidUpMember, startApi, TestApi } from '../support/app';
import { auth, motion, votingCoop } from './support';

/**
 * What the administrators' console reads and changes around a vote: who has voted (never what),
 * the checklist before opening, and drafts changed before they open.
 */
describe('the assemblies console', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  it('shows who voted, by college and by name, and never a choice — open or secret, before and after closing', async () => {
    for (const secret of [false, true]) {
      const coop = await votingCoop(api);
      const [alice, bob, carol] = [
        await coop.shareholder(true),
        await coop.shareholder(true),
        await coop.shareholder(true),
      ];
      const assembly = (
        await coop.post('assemblies', {
          title: 'AG',
          kind: 'permanent',
          weighting: 'per_member',
          secret,
          maxProxiesPerHolder: 1,
        })
      ).body;
      const r = (await coop.post(`assemblies/${assembly.id}/resolutions`, motion()).expect(201)).body;
      expectProblem(await coop.get(`resolutions/${r.id}/participation`), 422); // a draft has no electorate yet
      await coop.post(`resolutions/${r.id}/open`, {}).expect(200);
      await coop
        .post(`assemblies/${assembly.id}/proxies`, { grantorMemberId: carol.id, holderMemberId: bob.id }, auth(carol))
        .expect(201);

      let p = (await coop.get(`resolutions/${r.id}/participation`).expect(200)).body;
      expect(p).toEqual(expect.objectContaining({ eligibleCount: 3, votersCount: 0, proxyVotes: 0, voters: [] }));
      expect(p.colleges).toEqual([{ code: null, eligible: 3, voted: 0 }]);

      await coop.ballot(r.id, auth(alice), { choice: 'against' }).expect(201);
      await coop.ballot(r.id, auth(bob), { choice: 'for' }).expect(201);
      await coop.ballot(r.id, auth(bob), { choice: 'abstain', onBehalfOfMemberId: carol.id }).expect(201);
      p = (await coop.get(`resolutions/${r.id}/participation`).expect(200)).body;
      expect(p).toEqual(expect.objectContaining({ eligibleCount: 3, votersCount: 3, proxyVotes: 1 }));
      expect(p.colleges).toEqual([{ code: null, eligible: 3, voted: 3 }]);
      const [aliceRow, carolRow] = [alice.id, carol.id].map((id) =>
        p.voters.find((v: { memberId: string }) => v.memberId === id),
      );
      expect(aliceRow).toEqual(
        expect.objectContaining({ byProxy: false, castByName: null, name: expect.stringMatching(/^Jeanne Martin-/) }),
      );
      expect(carolRow).toEqual(
        expect.objectContaining({ byProxy: true, castByName: expect.stringMatching(/^Jeanne Martin-/) }),
      );
      assertNoChoice(p);
      const second = (await coop.get(`resolutions/${r.id}/participation?limit=1&offset=1`).expect(200)).body;
      expect(second).toEqual(expect.objectContaining({ votersCount: 3, proxyVotes: 1, voters: [p.voters[1]] }));

      await coop.post(`resolutions/${r.id}/close`, {}).expect(200);
      assertNoChoice((await coop.get(`resolutions/${r.id}/participation`).expect(200)).body);
      // members see the results, not the attendance
      expectProblem(await coop.get(`resolutions/${r.id}/participation`, auth(alice)), 403);
    }
  });

  it('counts the electorate and the voters of each college', async () => {
    const coop = await votingCoop(api, { legalForm: 'SCIC_SAS' });
    await coop.post('colleges', { code: 'SAL', name: 'Salariés', weightPercent: 50 }).expect(201);
    await coop.post('colleges', { code: 'USA', name: 'Usagers', weightPercent: 50 }).expect(201);
    const inCollege = (collegeCode: string) =>
      paidUpMember(api, coop.org, { withAccount: true, member: { eConsent: true, collegeCode } });
    const [s1, , u1] = [await inCollege('SAL'), await inCollege('SAL'), await inCollege('USA')];
    const assembly = (
      await coop.post('assemblies', { title: 'AG', kind: 'permanent', weighting: 'college', secret: true }).expect(201)
    ).body;
    const r = (await coop.post(`assemblies/${assembly.id}/resolutions`, motion()).expect(201)).body;
    expect((await coop.get(`assemblies/${assembly.id}/readiness`).expect(200)).body.ready).toBe(true);
    await coop.post(`resolutions/${r.id}/open`, {}).expect(200);
    await coop.ballot(r.id, auth(s1), { choice: 'for' }).expect(201);
    const p = (await coop.get(`resolutions/${r.id}/participation`).expect(200)).body;
    expect(p.colleges).toEqual([
      { code: 'SAL', eligible: 2, voted: 1 },
      { code: 'USA', eligible: 1, voted: 0 },
    ]);
    expect(p.voters).toEqual([expect.objectContaining({ memberId: s1.id, college: 'SAL' })]);
    expect(p.voters.some((v: { memberId: string }) => v.memberId === u1.id)).toBe(false);
    assertNoChoice(p);
  });

  it('changes a draft resolution and an assembly that has not started, and refuses once it has', async () => {
    const coop = await votingCoop(api);
    await coop.shareholder();
    const assembly = (
      await coop
        .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201)
    ).body;
    const r = (await coop.post(`assemblies/${assembly.id}/resolutions`, motion()).expect(201)).body;
    const later = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const changed = await coop
      .patch(`resolutions/${r.id}`, { title: 'Approbation des comptes', majority: 'two_thirds', closesAt: later })
      .expect(200);
    expect(changed.body).toEqual(
      expect.objectContaining({
        title: 'Approbation des comptes',
        majority: 'two_thirds',
        closesAt: later,
        text: r.text,
      }),
    );
    expectProblem(await coop.patch(`resolutions/${r.id}`, { opensAt: later }), 400, 'closesAt');
    expect(
      (await coop.patch(`assemblies/${assembly.id}`, { kind: 'extraordinary', secret: true }).expect(200)).body,
    ).toEqual(expect.objectContaining({ kind: 'extraordinary', secret: true, title: 'AG' }));
    expectProblem(await coop.patch(`assemblies/${assembly.id}`, { weighting: 'per_share' }), 422, 'weighting');

    await coop.post(`resolutions/${r.id}/open`, {}).expect(200);
    expectProblem(await coop.patch(`resolutions/${r.id}`, { title: 'Autre' }), 422);
    expectProblem(await coop.patch(`assemblies/${assembly.id}`, { secret: false }), 422);
    expect((await coop.get(`resolutions/${r.id}`).expect(200)).body.title).toBe('Approbation des comptes');
  });

  it('lists before opening what is wrong and how to fix it: agenda, colleges, electorate, notice, convocation', async () => {
    const coop = await votingCoop(api, { legalForm: 'SCIC_SAS' });
    const assembly = (
      await coop.post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'college', secret: false }).expect(201)
    ).body;
    const byCode = (body: { checks: { code: string }[] }) => Object.fromEntries(body.checks.map((c) => [c.code, c]));
    let ready = (await coop.get(`assemblies/${assembly.id}/readiness`).expect(200)).body;
    expect(ready.ready).toBe(false);
    expect(byCode(ready)).toEqual(
      expect.objectContaining({
        agenda: expect.objectContaining({ ok: false, blocking: true, count: 0 }),
        colleges: expect.objectContaining({
          ok: false,
          blocking: true,
          problems: [expect.stringContaining('no voting college is defined')],
        }),
        electorate: expect.objectContaining({ ok: false, count: 0 }),
        convened: expect.objectContaining({ ok: false, blocking: false }),
      }),
    );

    await coop.post('colleges', { code: 'SAL', name: 'Salariés', weightPercent: 60 }).expect(201);
    await coop.post('colleges', { code: 'USA', name: 'Usagers', weightPercent: 40 }).expect(201);
    await coop.shareholder(); // in no college
    await coop.post(`assemblies/${assembly.id}/resolutions`, motion()).expect(201); // opens in an hour
    ready = (await coop.get(`assemblies/${assembly.id}/readiness`).expect(200)).body;
    const checks = byCode(ready);
    expect(checks.colleges).toEqual(
      expect.objectContaining({ ok: false, problems: [expect.stringContaining('SAL weighs 60 %')] }),
    );
    expect(checks['members-without-college']).toEqual(expect.objectContaining({ ok: false, count: 1 }));
    expect(checks.electorate).toEqual(expect.objectContaining({ ok: true, count: 1 }));
    expect(checks.notice).toEqual(
      expect.objectContaining({
        ok: false,
        blocking: false,
        days: 0,
        requiredDays: 15,
        detail: expect.stringContaining('15 days'),
      }),
    );
    expect(ready).toEqual(expect.objectContaining({ ready: false, electorateCount: 1 }));
    // members do not read the checklist
    const member = await coop.shareholder(true);
    expectProblem(await coop.get(`assemblies/${assembly.id}/readiness`, auth(member)), 403);
  });
});

/** Nothing of a ballot's content: no choice, no for/against/abstain, no counts of them. */
function assertNoChoice(body: unknown) {
  const text = JSON.stringify(body);
  for (const word of ['choice', 'counts', '"for"', 'against', 'abstain', 'forPercent', 'receipt'])
    expect(text).not.toContain(word);
}
