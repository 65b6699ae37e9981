import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { createMember, expectProblem, paidUpMember, startApi, startWorker, TestApi } from '../support/app';
import { startSmtp } from '../support/smtp';
import { motion, votingCoop, window } from './support';

/**
 * The legal rules of co-operative votes an auditor checks (issue 15), one test per rule, with the
 * figures worked by hand: the art. 3 bis caps, SCIC categories apart from colleges, the majority
 * base of each form, the legal minimums of each kind of assembly, and who is on the electorate.
 */
describe('legal rules of votes', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  let documentsDir: string;

  beforeAll(async () => {
    documentsDir = mkdtempSync(path.join(tmpdir(), 'socius-documents-'));
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url, DOCUMENTS_DIR: documentsDir });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true', DOCUMENTS_DIR: documentsDir });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  /** A vote-test co-op whose members hold one paid share (with what the test sets on them) and vote by code. */
  async function coop(overrides: Record<string, unknown> = {}) {
    const c = await votingCoop(api, overrides);
    const member = async (fields: Record<string, unknown> = {}): Promise<string> =>
      (await paidUpMember(api, c.org, { member: { eConsent: true, ...fields } })).id;
    const vote = (resolutionId: string, code: string, choice: string) => c.byCode(resolutionId, code, { choice });
    const codes = (assemblyId: string) => c.codes(smtp, assemblyId);
    return { ...c, member, vote, codes };
  }

  /** Opens a per-member open ballot, has each member vote as told, closes it, and answers the results. */
  async function voteAndClose(
    c: Awaited<ReturnType<typeof coop>>,
    votes: [string, string][],
    resolution: object = {},
  ): Promise<{ resolutionId: string; assemblyId: string; results: Record<string, unknown> }> {
    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    const r = await c.post(`assemblies/${assembly.body.id}/resolutions`, motion(resolution)).expect(201);
    await c.post(`resolutions/${r.body.id}/open`, {}).expect(200);
    const codes = await c.codes(assembly.body.id);
    for (const [member, choice] of votes) await c.vote(r.body.id, codes.get(member)!, choice).expect(201);
    await c.post(`resolutions/${r.body.id}/close`, {}).expect(200);
    const results = await c.get(`resolutions/${r.body.id}/results`).expect(200);
    return { resolutionId: r.body.id, assemblyId: assembly.body.id, results: results.body };
  }

  const pdfText = (bytes: Buffer): string => {
    const file = path.join(documentsDir, `read-${Date.now()}.pdf`);
    writeFileSync(file, bytes);
    try {
      return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
        .toString('utf8')
        .replace(/[\u202f\u00a0]/g, ' ')
        .replace(/\s+/g, ' ');
    } finally {
      rmSync(file);
    }
  };
  const binary = (req: request.Test) =>
    req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

  it('art. 3 bis caps: 10 cooperators against, 5 non-cooperator co-op societies and 10 other non-cooperators for — non-cooperators weigh 49 %, the motion is rejected, the results and the minutes say so', async () => {
    const c = await coop();
    const cooperators: string[] = [];
    for (let i = 0; i < 10; i++) cooperators.push(await c.member());
    const societies: string[] = [];
    for (let i = 0; i < 5; i++)
      societies.push(
        await c.member({
          kind: 'legal_entity',
          companyName: `Coop partenaire ${i}`,
          associateType: 'non_cooperator',
          cooperativeSociety: true,
        }),
      );
    const investors: string[] = [];
    for (let i = 0; i < 10; i++) investors.push(await c.member({ associateType: 'non_cooperator' }));
    expect((await c.get(`members/${investors[0]}`).expect(200)).body).toEqual(
      expect.objectContaining({ associateType: 'non_cooperator', cooperativeSociety: false }),
    );

    const { resolutionId, results } = await voteAndClose(c, [
      ...cooperators.map((m): [string, string] => [m, 'against']),
      ...[...societies, ...investors].map((m): [string, string] => [m, 'for']),
    ]);
    // By hand. Voting rights: 10 cooperators, 5 + 10 = 15 non-cooperators (60 %), 10 of them not
    // co-operative societies (40 %).
    // 35 % cap first: the 10 others may hold b with b / (10 + 5 + b) = 0.35 → b = 0.35/0.65 × 15 = 8.0769.
    // 49 % cap then: 5 + 8.0769 = 13.0769 is above 49 % of 23.0769 (11.3077), so all non-cooperators
    // together get n with n / (10 + n) = 0.49 → n = 0.49/0.51 × 10 = 9.6078, each reduced by
    // 9.6078 / 13.0769 = 0.734717: a co-op society's vote counts 0.734717, another's
    // 0.734717 × 8.0769 / 10 = 0.593426 (5.9343 votes, 30.27 % ≤ 35 %).
    // For: 5 × 0.734717 + 10 × 0.593426 = 9.6078; against: 10 → 9.6078 / 19.6078 = 49.00 %, rejected
    // (unweighted, 15 for of 25 would have been 60 %, adopted).
    expect(results).toEqual(
      expect.objectContaining({
        outcome: 'rejected',
        counts: { for: 15, against: 10, abstain: 0 },
        forPercent: 49,
        majorityBase: 'expressed',
        voteCap: {
          applied: true,
          nonCooperatorsPercent: 60,
          otherNonCooperatorsPercent: 40,
          cooperativeFactor: 0.734717,
          otherFactor: 0.593426,
          weightedCounts: { for: 9.6078, against: 10, abstain: 0 },
        },
      }),
    );
    // the electors carry their class, fixed when the vote opened
    const classes = await api.db.query(
      `SELECT associate_class, count(*)::int AS n FROM resolution_electors WHERE resolution_id = $1 GROUP BY 1 ORDER BY 1`,
      [resolutionId],
    );
    expect(classes).toEqual([
      { associate_class: 'cooperator', n: 10 },
      { associate_class: 'non_cooperator', n: 10 },
      { associate_class: 'non_cooperator_coop', n: 5 },
    ]);

    const minutes = await binary(
      api.http.get(`/v1/orgs/${c.org.slug}/resolutions/${resolutionId}/minutes.pdf`).set(c.org.admin.auth),
    ).expect(200);
    const text = pdfText(minutes.body as Buffer);
    expect(text).toContain('Plafonds de l’article 3 bis de la loi n° 47-1775 appliqués');
    expect(text).toContain('détenaient 60 % des droits de vote (dont 40 % hors sociétés coopératives)');
    expect(text).toContain('chacune comptant pour 0,5934 (non coopérateurs hors sociétés coopératives) et 0,7347');
    expect(text).toContain('Voix retenues après plafonds Pour 9,6078, Contre 10, Abstention 0');
    expect(text).toMatch(/Base de la majorité\s+voix exprimées, abstentions exclues/);
  });

  it('SCIC categories of associates (art. 19 septies): colleges are optional, the categories are a member attribute checked apart, warned about until three are there with employees and beneficiaries', async () => {
    const c = await coop(); // a SCIC SAS
    // no college at all is a valid set: the statutes may do without (art. 19 octies says "peuvent")
    expect((await c.get('colleges').expect(200)).body).toEqual(
      expect.objectContaining({ items: [], valid: true, problems: [] }),
    );
    const employee = await c.member({ scicCategory: 'employee' });
    await c.member({ scicCategory: 'volunteer' });
    await c.member(); // no category yet
    const before = await c.get('members/scic-categories').expect(200);
    expect(before.body).toEqual({
      counts: { employee: 1, volunteer: 1, none: 1 },
      complete: false,
      problems: [
        '2 categories of associates: a SCIC needs at least three',
        'no habitual beneficiary among the associates',
      ],
    });
    // a readiness warning, not a refusal: the assembly is created and its per-member vote opens without colleges
    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    expect(assembly.body.warnings).toEqual([
      'SCIC categories of associates (loi 47-1775 art. 19 septies): 2 categories of associates: a SCIC needs at least three',
      'SCIC categories of associates (loi 47-1775 art. 19 septies): no habitual beneficiary among the associates',
    ]);
    const r = await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201);
    expect((await c.post(`resolutions/${r.body.id}/open`, {}).expect(200)).body.eligibleCount).toBe(3);

    // the category is not the college: a beneficiary in no college completes the categories
    await c.member({ scicCategory: 'beneficiary' });
    expect((await c.get('members/scic-categories').expect(200)).body).toEqual(
      expect.objectContaining({ complete: true, problems: [] }),
    );
    expect((await c.get(`members/${employee}`).expect(200)).body).toEqual(
      expect.objectContaining({ scicCategory: 'employee', collegeCode: null }),
    );
    const next = await c
      .post('assemblies', { title: 'AG 2', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    expect(next.body.warnings).toEqual([]);
    expectProblem(await c.patch(`members/${employee}`, { scicCategory: 'boss' }), 400, 'scicCategory');

    // a college-weighted vote still needs colleges, and says so without claiming a SCIC must have them
    const weighted = await c
      .post('assemblies', { title: 'AG collèges', kind: 'ordinary', weighting: 'college', secret: false })
      .expect(201);
    const wr = await c.post(`assemblies/${weighted.body.id}/resolutions`, motion()).expect(201);
    const refused = await c.post(`resolutions/${wr.body.id}/open`, {});
    expectProblem(refused, 422);
    expect(refused.body.detail).toMatch(/a vote weighted by colleges needs colleges/);
    expect(refused.body.detail).not.toMatch(/SCIC needs/);
  });

  it('majority base per legal form and statutes: 4 for, 1 against, 3 abstaining of 10 — an SA adopts on expressed votes (80 %), a SCOP rejects on those present or represented (50 %), a SARL rejects on all votes (40 %) until its statutes say expressed votes', async () => {
    const run = async (legalForm: string) => {
      const c = await coop({ legalForm });
      const members: string[] = [];
      for (let i = 0; i < 10; i++) members.push(await c.member());
      const choices = ['for', 'for', 'for', 'for', 'against', 'abstain', 'abstain', 'abstain'];
      const votes = choices.map((choice, i): [string, string] => [members[i], choice]);
      return { c, votes, ...(await voteAndClose(c, votes)) };
    };
    // SA (C. com. L225-98, loi 2019-744): 4 / (4 + 1) = 80 % > 50 %
    const sa = await run('SCIC_SA');
    expect(sa.results).toEqual(
      expect.objectContaining({ majorityBase: 'expressed', forPercent: 80, outcome: 'adopted' }),
    );
    // SCOP (loi 78-763): 4 / (4 + 1 + 3) = 50 %, not more than half
    const scop = await run('SCOP_SARL');
    expect((await api.http.get(`/v1/orgs/${scop.c.org.slug}`).set(scop.c.org.admin.auth).expect(200)).body).toEqual(
      expect.objectContaining({ majorityBase: 'present_or_represented', legalMajorityBase: 'present_or_represented' }),
    );
    expect(scop.results).toEqual(
      expect.objectContaining({ majorityBase: 'present_or_represented', forPercent: 50, outcome: 'rejected' }),
    );
    // SARL (C. com. L223-29): 4 / 10 members = 40 %, not more than half of all the votes
    const sarl = await run('SCIC_SARL');
    expect(sarl.results).toEqual(
      expect.objectContaining({ majorityBase: 'all_votes', forPercent: 40, outcome: 'rejected' }),
    );
    // statutes that count on expressed votes: 4 / 5 = 80 %, adopted; the resolution keeps the base it was created with
    const org = await api.http
      .patch(`/v1/orgs/${sarl.c.org.slug}`)
      .set(sarl.c.org.admin.auth)
      .send({ majorityBase: 'expressed' })
      .expect(200);
    expect(org.body).toEqual(expect.objectContaining({ majorityBase: 'expressed', legalMajorityBase: 'sarl' }));
    const again = await voteAndClose(sarl.c, sarl.votes);
    expect(again.results).toEqual(
      expect.objectContaining({ majorityBase: 'expressed', forPercent: 80, outcome: 'adopted' }),
    );
    expect((await sarl.c.get(`resolutions/${sarl.resolutionId}`).expect(200)).body.majorityBase).toBe('sarl');
    expectProblem(
      await api.http
        .patch(`/v1/orgs/${sarl.c.org.slug}`)
        .set(sarl.c.org.admin.auth)
        .send({ majorityBase: 'unanimity' }),
      400,
      'majorityBase',
    );
  });

  it('legal minimums by assembly kind and form: an SA extraordinary assembly defaults to 25 % quorum and two thirds and warns when lowered; a statute amendment is refused in an ordinary assembly; a SCOP caps proxies by law by default', async () => {
    const sa = await coop({ legalForm: 'SA_COOP' });
    // C. com. L225-96: extraordinary, a quarter on first convocation, a fifth on second, two thirds
    const age = await sa
      .post('assemblies', { title: 'AGE', kind: 'extraordinary', weighting: 'per_member', secret: false })
      .expect(201);
    expect(age.body).toEqual(expect.objectContaining({ secondConvocationQuorumPercent: 20, warnings: [] }));
    const bare = { title: 'Modification des statuts', text: 'Article 5.', ...window() };
    const defaults = await sa.post(`assemblies/${age.body.id}/resolutions`, bare).expect(201);
    expect(defaults.body).toEqual(
      expect.objectContaining({ majority: 'two_thirds', quorumPercent: 25, majorityBase: 'expressed', warnings: [] }),
    );
    const lowered = await sa
      .post(`assemblies/${age.body.id}/resolutions`, { ...bare, majority: 'simple', quorumPercent: 10 })
      .expect(201);
    expect(lowered.body.warnings).toEqual([
      'majority "simple" is below the two thirds the law requires for an extraordinary decision (C. com. L225-96)',
      'quorumPercent 10 % is below the legal 25 % of an extraordinary decision (C. com. L225-96)',
    ]);
    const lowSecond = await sa
      .post('assemblies', {
        title: 'AGE',
        kind: 'extraordinary',
        weighting: 'per_member',
        secret: false,
        secondConvocationQuorumPercent: 5,
      })
      .expect(201);
    expect(lowSecond.body.warnings).toEqual([
      'secondConvocationQuorumPercent 5 % is below the legal 20 % of an extraordinary assembly on second convocation (C. com. L225-96)',
    ]);

    // an ordinary assembly: its own minimums (L225-98: a fifth, simple majority), and no statute amendment
    const ago = await sa
      .post('assemblies', { title: 'AGO', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    const ordinary = await sa.post(`assemblies/${ago.body.id}/resolutions`, bare).expect(201);
    expect(ordinary.body).toEqual(
      expect.objectContaining({ majority: 'simple', quorumPercent: 20, amendsStatutes: false }),
    );
    const amendment = await sa.post(`assemblies/${ago.body.id}/resolutions`, { ...bare, amendsStatutes: true });
    expectProblem(amendment, 422, 'amendsStatutes');
    expect(amendment.body.type).toBe('/problems/statute-amendment-in-ordinary-assembly');
    // a permanent assembly may take one, as an extraordinary decision
    const permanent = await sa
      .post('assemblies', { title: 'AG permanente', kind: 'permanent', weighting: 'per_member', secret: false })
      .expect(201);
    const amended = await sa
      .post(`assemblies/${permanent.body.id}/resolutions`, { ...bare, amendsStatutes: true })
      .expect(201);
    expect(amended.body).toEqual(
      expect.objectContaining({ amendsStatutes: true, majority: 'two_thirds', quorumPercent: 25 }),
    );

    // SCOP (loi 78-763): the legal proxy cap unless the statutes say otherwise, and a warning above it
    const scop = await coop({ legalForm: 'SCOP_SARL' });
    for (let i = 0; i < 3; i++) await scop.member();
    const scopAssembly = await scop
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    expect(scopAssembly.body).toEqual(expect.objectContaining({ proxyCapRule: 'scop', warnings: [] }));
    const fixed = await scop
      .post('assemblies', {
        title: 'AG',
        kind: 'ordinary',
        weighting: 'per_member',
        secret: false,
        proxyCapRule: 'fixed',
        maxProxiesPerHolder: 3,
      })
      .expect(201);
    // 3 members, fewer than 20: one proxy each at most
    expect(fixed.body.warnings).toEqual([
      'maxProxiesPerHolder 3 is above the 1 proxies loi 78-763 allows a SCOP member today (proxyCapRule "scop" applies it)',
    ]);
  });

  it('electorate: a member who has paid what has fallen due of the capital called votes, one in arrears does not; the statutes may ask fully paid shares only', async () => {
    const c = await coop();
    await c
      .post('share-classes', {
        code: 'I',
        name: 'Parts fractionnées',
        nominalCents: 1000,
        minPerMember: 1,
        instalmentsAllowed: true,
      })
      .expect(201);
    const paidUp = await c.member();
    /** 4 shares of 10 €, a quarter called and paid at once: the shares are issued, the member active. */
    const byInstalments = async () => {
      const m = await createMember(api, c.org, { eConsent: true });
      const sub = await c
        .post('subscriptions', {
          memberId: m.id,
          shareClassCode: 'I',
          quantity: 4,
          subscribedOn: '2026-01-02',
          initialCalledCents: 1000,
        })
        .expect(201);
      await c.post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-01-03' }).expect(200);
      await c
        .post(`subscriptions/${sub.body.id}/payments`, { amountCents: 1000, paidOn: '2026-01-04', method: 'transfer' })
        .expect(201);
      return { memberId: m.id, subscriptionId: sub.body.id };
    };
    const upToDate = await byInstalments(); // paid 10 € of 10 € called
    const notYetDue = await byInstalments(); // 10 € more called, due at the end of 2028
    await c
      .post(`subscriptions/${notYetDue.subscriptionId}/calls`, {
        amountCents: 1000,
        calledOn: '2026-06-01',
        dueOn: '2028-12-31',
      })
      .expect(201);
    const inArrears = await byInstalments(); // 10 € more called, due on 1 March 2026, unpaid
    await c
      .post(`subscriptions/${inArrears.subscriptionId}/calls`, {
        amountCents: 1000,
        calledOn: '2026-02-01',
        dueOn: '2026-03-01',
      })
      .expect(201);

    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    const electorate = async () => {
      const r = await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201);
      await c.post(`resolutions/${r.body.id}/open`, {}).expect(200);
      const rows: { member_id: string }[] = await api.db.query(
        `SELECT member_id FROM resolution_electors WHERE resolution_id = $1`,
        [r.body.id],
      );
      return rows.map((e) => e.member_id).sort();
    };
    // by law (C. com. L228-29): those who paid what has fallen due vote — 3 of the 4
    expect(await electorate()).toEqual([paidUp, upToDate.memberId, notYetDue.memberId].sort());
    expect(await electorate()).not.toContain(inArrears.memberId);

    // statutes asking fully paid shares: only the member whose 1 share is paid in full
    const org = await api.http
      .patch(`/v1/orgs/${c.org.slug}`)
      .set(c.org.admin.auth)
      .send({ fullyPaidSharesOnly: true })
      .expect(200);
    expect(org.body.fullyPaidSharesOnly).toBe(true);
    expect(await electorate()).toEqual([paidUp]);
  });
});
