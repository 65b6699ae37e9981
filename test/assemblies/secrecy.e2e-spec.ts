import { ballotKeyOf, decryptChoice } from '../../libs/assemblies/src/ballot-crypto';
import { leafHash } from '../../libs/assemblies/src/merkle';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { INestApplicationContext } from '@nestjs/common';
import { expectProblem, paidUpMember, startApi, startWorker, TestApi } from '../support/app';
import { startSmtp } from '../support/smtp';
import { motion, votingCoop } from './support';

const MOTION = ['for', 'against', 'abstain'];

/**
 * Secret ballots that stay secret (docs/ballot-secrecy.md): what a reader of the whole database
 * finds, the counts of encrypted boxes, and the voter's check by receipt.
 */
describe('secret ballots: encrypted, decrypted only by the close, checked by receipt', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  let config: AppConfig;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    config = api.app.get(APP_CONFIG);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  /** A vote-test co-op whose shareholders hold paid-up shares in a college, and vote by code. */
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
    const vote = (resolutionId: string, code: string, body: object) => c.byCode(resolutionId, code, body);
    return { ...c, shareholder, codes, vote };
  }

  it('leaves a reader of every table (xmin, ctid and times included) no link from a voter to a choice: only to ciphertexts, no clear choice, no hash a choice recomputes, no key; a ballot decrypts with the server secret only', async () => {
    const c = await coop();
    const voters: string[] = [];
    for (let i = 0; i < 50; i++) voters.push(await c.shareholder());
    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: true })
      .expect(201);
    const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body;
    await c.post(`resolutions/${r.id}/open`, {}).expect(200);
    const codes = await c.codes(assembly.body.id);
    const cast = new Map<string, { choice: string; receipt: string }>();
    for (const [i, member] of voters.entries()) {
      const choice = MOTION[i % 3];
      const receipt = (await c.vote(r.id, codes.get(member)!, { choice }).expect(201)).body.receipt;
      cast.set(member, { choice, receipt });
    }

    // 1. a participation joins its ballot and its audit entry by the transaction that wrote them
    //    (xmin), and by the physical order of the rows: the link exists, and leads to ciphertexts only
    const linked: {
      member_id: string;
      choice: string[] | null;
      ciphertext: Buffer | null;
      ballot_member: string | null;
      cast_at: Date | null;
      receipt_hash: string;
      leaf_hash: string;
      changes: Record<string, unknown>;
    }[] = await api.db.query(
      `SELECT p.member_id, b.choice, b.ciphertext, b.member_id AS ballot_member, b.cast_at, b.receipt_hash, b.leaf_hash, a.changes
         FROM participations p
         JOIN ballots b ON b.resolution_id = p.resolution_id AND b.xmin = p.xmin
         JOIN audit_log a ON a.entity_id = p.resolution_id::text AND a.action = 'ballot.cast' AND a.xmin = p.xmin
        WHERE p.resolution_id = $1
        ORDER BY p.ctid`,
      [r.id],
    );
    expect(linked).toHaveLength(50);
    for (const row of linked) {
      expect(row.choice).toBeNull();
      expect(row.ballot_member).toBeNull();
      expect(row.cast_at).toBeNull();
      // nonce (12) ‖ the choice as JSON ‖ tag (16)
      expect(row.ciphertext!.length).toBeGreaterThan(28);
      expect(Object.keys(row.changes).sort()).toEqual(['byProxy', 'memberId', 'votingCodeId']);
      // no hash stored with the ballot is a hash of its choice: recomputing one for each possible
      // choice matches nothing (it did when leaves hashed the choice)
      for (const choice of MOTION) expect(row.leaf_hash).not.toBe(leafHash(row.receipt_hash, [choice]));
    }
    // the ballots in their physical order, next to the participations in theirs: the same rows,
    // still only ciphertexts
    const byCtid: { choice: string[] | null }[] = await api.db.query(
      `SELECT choice FROM ballots WHERE resolution_id = $1 ORDER BY ctid`,
      [r.id],
    );
    expect(byCtid.every((b) => b.choice === null)).toBe(true);

    // 2. the ciphertexts are randomized: no two ballots share a ciphertext (nor a nonce), so equal
    //    choices do not show as equal values (deterministic encryption would give 3 distinct values)
    expect(new Set(linked.map((row) => row.ciphertext!.toString('hex'))).size).toBe(50);
    expect(new Set(linked.map((row) => row.ciphertext!.subarray(0, 12).toString('hex'))).size).toBe(50);

    // 3. a dump of every table, every column as text: no receipt (only its hashes), no private key,
    //    no ballot key, no server secret, no clear choice of this box
    const tables: { table_name: string }[] = await api.db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    let dump = '';
    for (const { table_name } of tables)
      for (const row of await api.db.query(`SELECT row_to_json(t)::text AS j FROM "${table_name}" t`))
        dump += row.j + '\n';
    const key = ballotKeyOf(config.BALLOT_SECRET, r.id);
    for (const secret of [
      key.toString('hex'),
      key.toString('base64'),
      config.BALLOT_SECRET,
      ...[...cast.values()].map((v) => v.receipt),
    ])
      expect(dump.includes(secret)).toBe(false);
    // no clear choice anywhere in the box's rows: the choices cast appear in no ballot's text
    const boxDump: { j: string }[] = await api.db.query(
      `SELECT row_to_json(b)::text AS j FROM ballots b WHERE resolution_id = $1`,
      [r.id],
    );
    for (const { j } of boxDump) for (const choice of MOTION) expect(j).not.toContain(`"${choice}"`);
    expect(dump).toContain(linked[0].receipt_hash); // the dump does hold the box
    const box = await api.db.query(
      `SELECT count(*)::int AS n FROM ballots WHERE resolution_id = $1 AND choice IS NOT NULL`,
      [r.id],
    );
    expect(box[0].n).toBe(0);

    // 4. one ballot decrypts with the server's secret, to the choice its voter cast; with any other
    //    secret (the JWT secret here), or under another resolution's key, it does not decrypt at all
    for (const row of [linked[0], linked[7], linked[20]]) {
      const { choice } = cast.get(row.member_id)!;
      expect(decryptChoice(key, r.id, row.receipt_hash, row.ciphertext!)).toEqual([choice]);
      expect(() =>
        decryptChoice(ballotKeyOf(config.JWT_SECRET, r.id), r.id, row.receipt_hash, row.ciphertext!),
      ).toThrow();
      expect(() =>
        decryptChoice(ballotKeyOf(config.BALLOT_SECRET, assembly.body.id), r.id, row.receipt_hash, row.ciphertext!),
      ).toThrow();
    }
    // nothing key-related on the resolution
    const columns: { column_name: string }[] = await api.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'resolutions'`,
    );
    expect(columns.map((c) => c.column_name).filter((n) => /key/.test(n))).toEqual([]);

    // 5. the results stay sealed until the close, and then are the sums of what was cast
    expectProblem(await c.get(`resolutions/${r.id}/results`), 409);
    await c.post(`resolutions/${r.id}/close`, {}).expect(200);
    const results = (await c.get(`resolutions/${r.id}/results`).expect(200)).body;
    const expected = (choice: string) => [...cast.values()].filter((v) => v.choice === choice).length;
    expect(results.counts).toEqual({
      for: expected('for'),
      against: expected('against'),
      abstain: expected('abstain'),
    });
  }, 120_000);

  it('keeps a ballot cast with an Idempotency-Key unlinkable: its key row holds no member, no receipt and no fingerprint a choice recomputes; a retry still gets the same receipt', async () => {
    const c = await coop();
    const member = await c.shareholder();
    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: true })
      .expect(201);
    const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body;
    await c.post(`resolutions/${r.id}/open`, {}).expect(200);
    const code = (await c.codes(assembly.body.id)).get(member)!;
    const key = 'retry-after-a-cut-connection';
    const first = await c.vote(r.id, code, { choice: 'against' }).set('Idempotency-Key', key).expect(201);
    const again = await c.vote(r.id, code, { choice: 'against' }).set('Idempotency-Key', key).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.receipt).toBe(first.body.receipt);
    // the same key for another choice is another request: refused, not counted
    await c.vote(r.id, code, { choice: 'for' }).set('Idempotency-Key', key).expect(422);

    const rows: { key: string; fingerprint: string; response: unknown }[] = await api.db.query(
      `SELECT key, fingerprint, response FROM idempotency_keys WHERE organization_id = $1 AND key LIKE 'ballot:%'`,
      [c.org.id],
    );
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0]);
    for (const secret of [member, key, first.body.receipt, 'against', 'for']) expect(stored).not.toContain(secret);
    // the fingerprint the interceptor computes, for each choice: none is the stored one
    const { createHash } = await import('node:crypto');
    for (const choice of MOTION) {
      const plain = createHash('sha256')
        .update(`POST /v1/orgs/${c.org.slug}/resolutions/${r.id}/ballots\n\n${JSON.stringify({ choice })}`)
        .digest('hex');
      expect(rows[0].fingerprint).not.toBe(plain);
    }
  });

  it('counts encrypted motions and elections per college as cast, with proxy votes and changed votes', async () => {
    const c = await coop();
    await c.post('colleges', { code: 'U', name: 'Usagers', weightPercent: 50 }).expect(201);
    await c.post('colleges', { code: 'S', name: 'Salariés', weightPercent: 30 }).expect(201);
    await c.post('colleges', { code: 'P', name: 'Partenaires', weightPercent: 20 }).expect(201);
    const users = [];
    for (let i = 0; i < 5; i++) users.push(await c.shareholder(1, 'U'));
    const employees = [await c.shareholder(1, 'S'), await c.shareholder(2, 'S')];
    const partners = [await c.shareholder(1, 'P'), await c.shareholder(1, 'P')];
    const assembly = await c
      .post('assemblies', {
        title: 'AG',
        kind: 'ordinary',
        weighting: 'college',
        secret: true,
        allowVoteChange: true,
        maxProxiesPerHolder: 1,
      })
      .expect(201);
    // users[4] gives a proxy to users[0]
    await c
      .post(`assemblies/${assembly.body.id}/proxies`, { grantorMemberId: users[4], holderMemberId: users[0] })
      .expect(201);
    const candidates = [
      { key: 'alice', label: 'Alice' },
      { key: 'bruno', label: 'Bruno' },
      { key: 'chloe', label: 'Chloé' },
    ];
    const m = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body;
    const e = (
      await c
        .post(`assemblies/${assembly.body.id}/resolutions`, motion({ title: 'CA', candidates, seats: 2 }))
        .expect(201)
    ).body;
    await c.post(`resolutions/${m.id}/open`, {}).expect(200);
    await c.post(`resolutions/${e.id}/open`, {}).expect(200);
    const codes = await c.codes(assembly.body.id);
    const code = (id: string) => codes.get(id)!;

    // the motion: users 2 for, 2 against (one by proxy), 1 changed from for to abstain; employees
    // 1 for, 1 against; partners 2 for
    const first = await c.vote(m.id, code(users[0]), { choice: 'for' }).expect(201);
    await c.vote(m.id, code(users[1]), { choice: 'for' }).expect(201);
    await c.vote(m.id, code(users[2]), { choice: 'against' }).expect(201);
    await c.vote(m.id, code(users[3]), { choice: 'for' }).expect(201);
    await c.vote(m.id, code(users[0]), { choice: 'against', onBehalfOfMemberId: users[4] }).expect(201);
    // users[0] changes their own vote from for to abstain, with the receipt of the first
    const changed = await c
      .vote(m.id, code(users[0]), { choice: 'abstain', replacesReceipt: first.body.receipt })
      .expect(201);
    expect(changed.body.replaced).toBe(true);
    await c.vote(m.id, code(employees[0]), { choice: 'for' }).expect(201);
    await c.vote(m.id, code(employees[1]), { choice: 'against' }).expect(201);
    await c.vote(m.id, code(partners[0]), { choice: 'for' }).expect(201);
    await c.vote(m.id, code(partners[1]), { choice: 'for' }).expect(201);

    // the election: U alice+bruno ×2, chloe ×1 (by proxy), abstain ×1; S bruno ×2; P alice+chloe, chloe.
    // Per college, a candidate's share of the names: alice ½·2/5 + ⅕·1/3, bruno ½·2/5 + 0.3, chloe
    // ½·1/5 + ⅕·2/3: bruno, then alice
    await c.vote(e.id, code(users[0]), { choice: ['alice', 'bruno'] }).expect(201);
    await c.vote(e.id, code(users[1]), { choice: ['bruno', 'alice'] }).expect(201);
    await c.vote(e.id, code(users[2]), { choice: 'abstain' }).expect(201);
    await c.vote(e.id, code(users[0]), { choice: ['chloe'], onBehalfOfMemberId: users[4] }).expect(201);
    await c.vote(e.id, code(employees[0]), { choice: ['bruno'] }).expect(201);
    await c.vote(e.id, code(employees[1]), { choice: ['bruno'] }).expect(201);
    await c.vote(e.id, code(partners[0]), { choice: ['alice', 'chloe'] }).expect(201);
    await c.vote(e.id, code(partners[1]), { choice: ['chloe'] }).expect(201);

    // an encrypted box has no clear choice, even for a proxy vote or a changed vote
    expect(
      (
        await api.db.query(
          `SELECT count(*)::int AS n FROM ballots WHERE resolution_id IN ($1, $2) AND choice IS NOT NULL`,
          [m.id, e.id],
        )
      )[0].n,
    ).toBe(0);

    await c.post(`resolutions/${m.id}/close`, {}).expect(200);
    const motionResults = (await c.get(`resolutions/${m.id}/results`).expect(200)).body;
    expect(motionResults).toEqual(
      expect.objectContaining({
        votersCount: 9,
        proxyVotes: 1,
        counts: { for: 5, against: 3, abstain: 1 },
        // U 2/4 = 50 %, S 50 %, P 100 %: 0.5×50 + 0.3×50 + 0.2×100 = 60
        forPercent: 60,
        outcome: 'adopted',
        colleges: [
          { code: 'P', weightPercent: 20, counts: { for: 2, against: 0, abstain: 0 }, forPercent: 100 },
          { code: 'S', weightPercent: 30, counts: { for: 1, against: 1, abstain: 0 }, forPercent: 50 },
          { code: 'U', weightPercent: 50, counts: { for: 2, against: 2, abstain: 1 }, forPercent: 50 },
        ],
      }),
    );

    await c.post(`resolutions/${e.id}/close`, {}).expect(200);
    const electionResults = (await c.get(`resolutions/${e.id}/results`).expect(200)).body;
    expect(electionResults).toEqual(
      expect.objectContaining({ votersCount: 8, proxyVotes: 1, outcome: 'elected', elected: ['bruno', 'alice'] }),
    );
    expect(electionResults.counts.abstain).toBe(1);
    // votes per candidate are ballots naming them, all colleges together
    expect(
      Object.fromEntries(electionResults.candidates.map((k: { key: string; votes: number }) => [k.key, k.votes])),
    ).toEqual({ alice: 3, bruno: 4, chloe: 3 });
  }, 120_000);

  it('counts an encrypted vote weighted by shares', async () => {
    const c = await coop({ legalForm: 'OTHER' });
    const big = await c.shareholder(7);
    const small = [await c.shareholder(2), await c.shareholder(3)];
    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_share', secret: true })
      .expect(201);
    const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body;
    await c.post(`resolutions/${r.id}/open`, {}).expect(200);
    const codes = await c.codes(assembly.body.id);
    await c.vote(r.id, codes.get(big)!, { choice: 'against' }).expect(201);
    await c.vote(r.id, codes.get(small[0])!, { choice: 'for' }).expect(201);
    await c.vote(r.id, codes.get(small[1])!, { choice: 'for' }).expect(201);
    await c.post(`resolutions/${r.id}/close`, {}).expect(200);
    // ballots 2 for, 1 against; shares 5 for, 7 against
    expect((await c.get(`resolutions/${r.id}/results`).expect(200)).body).toEqual(
      expect.objectContaining({ counts: { for: 2, against: 1, abstain: 0 }, forPercent: 41.67, outcome: 'rejected' }),
    );
  }, 60_000);

  it('fails the close loudly, and closes nothing, when a secret ballot was altered in the database', async () => {
    const c = await coop();
    const voters = [await c.shareholder(), await c.shareholder()];
    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: true })
      .expect(201);
    const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body;
    await c.post(`resolutions/${r.id}/open`, {}).expect(200);
    const codes = await c.codes(assembly.body.id);
    for (const v of voters) await c.vote(r.id, codes.get(v)!, { choice: 'against' }).expect(201);
    // a reader with write access turns one bit of a ballot's last byte (its GCM tag)
    await api.db.query(
      `UPDATE ballots SET ciphertext = set_byte(ciphertext, length(ciphertext) - 1, get_byte(ciphertext, length(ciphertext) - 1) # 1)
        WHERE receipt_hash = (SELECT min(receipt_hash) FROM ballots WHERE resolution_id = $1) AND resolution_id = $1`,
      [r.id],
    );
    expect((await c.post(`resolutions/${r.id}/close`, {})).status).toBe(500);
    expect((await c.get(`resolutions/${r.id}`).expect(200)).body.status).toBe('open');
    expect((await api.db.query(`SELECT seal_hash, results FROM resolutions WHERE id = $1`, [r.id]))[0]).toEqual({
      seal_hash: null,
      results: null,
    });
  }, 60_000);

  it('checks a receipt by POST only: "counted" with the voter\'s own choice; a wrong receipt is refused', async () => {
    const c = await coop();
    const voter = await c.shareholder();
    const other = await c.shareholder();
    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: true })
      .expect(201);
    const r = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion()).expect(201)).body;
    await c.post(`resolutions/${r.id}/open`, {}).expect(200);
    const codes = await c.codes(assembly.body.id);
    const mine = (await c.vote(r.id, codes.get(voter)!, { choice: 'against' }).expect(201)).body.receipt;
    const theirs = (await c.vote(r.id, codes.get(other)!, { choice: 'for' }).expect(201)).body.receipt;
    // before the close, nothing to check yet
    expectProblem(await c.post(`resolutions/${r.id}/verify`, { receipt: mine }), 409);
    const closed = (await c.post(`resolutions/${r.id}/close`, {}).expect(200)).body;
    const checked = (await c.post(`resolutions/${r.id}/verify`, { receipt: mine }).expect(200)).body;
    expect(checked).toEqual(
      expect.objectContaining({ included: true, counted: true, choice: ['against'], sealHash: closed.sealHash }),
    );
    expect((await c.post(`resolutions/${r.id}/verify`, { receipt: theirs }).expect(200)).body.choice).toEqual(['for']);
    expectProblem(await c.post(`resolutions/${r.id}/verify`, { receipt: mine.slice(0, -2) + 'xx' }), 404, 'receipt');
    expectProblem(await c.post(`resolutions/${r.id}/verify`, {}), 400, 'receipt');
    // no receipt in a URL: the GET is gone
    expect((await c.get(`resolutions/${r.id}/verify?receipt=${mine}`)).status).toBe(404);
  }, 60_000);

  it('never says "elected" (nor adopted) in the live results of an open election', async () => {
    const c = await coop();
    const voters = [await c.shareholder(), await c.shareholder()];
    const assembly = await c
      .post('assemblies', { title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    const candidates = [
      { key: 'alice', label: 'Alice' },
      { key: 'bruno', label: 'Bruno' },
    ];
    const e = (await c.post(`assemblies/${assembly.body.id}/resolutions`, motion({ candidates, seats: 1 })).expect(201))
      .body;
    await c.post(`resolutions/${e.id}/open`, {}).expect(200);
    const codes = await c.codes(assembly.body.id);
    for (const v of voters) await c.vote(e.id, codes.get(v)!, { choice: ['alice'] }).expect(201);
    const live = (await c.get(`resolutions/${e.id}/results`).expect(200)).body;
    expect(live).toEqual(expect.objectContaining({ status: 'open', outcome: null }));
    expect(live.elected).toBeUndefined();
    expect(JSON.stringify(live)).not.toContain('elected');
    expect(live.candidates[0]).toEqual(expect.objectContaining({ key: 'alice', votes: 2 }));
    await c.post(`resolutions/${e.id}/close`, {}).expect(200);
    expect((await c.get(`resolutions/${e.id}/results`).expect(200)).body).toEqual(
      expect.objectContaining({ outcome: 'elected', elected: ['alice'] }),
    );
  }, 60_000);
});
