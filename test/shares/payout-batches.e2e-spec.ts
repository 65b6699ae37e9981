import { schemaErrors } from '../support/pain001';
import { createCoop, createMember, expectProblem, startApi, TestApi, TestOrg } from '../support/app';

const FR_IBAN = 'FR7630006000011234567890189';
const DE_IBAN = 'DE89370400440532013000';
const DEBTOR = { name: 'Coop Test', iban: FR_IBAN, bic: 'AGRIFRPP882' };

/**
 * SEPA payout files (pain.001.001.03) as recorded batches: only final and due redemptions, one
 * live file per redemption, unique message ids, booked in the share-capital journal (issue 15).
 */
describe('SEPA payout batches', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const url = (o: TestOrg, p: string) => `/v1/orgs/${o.slug}/${p}`;
  const post = (o: TestOrg, p: string, body: object) => api.http.post(url(o, p)).set(o.admin.auth).send(body);

  /** A member holding `quantity` shares of A (100 €), subscribed, approved and paid in March 2025. */
  async function holder(org: TestOrg, quantity: number): Promise<string> {
    const member = await createMember(api, org);
    const sub = await post(org, 'subscriptions', {
      memberId: member.id,
      shareClassCode: 'A',
      quantity,
      subscribedOn: '2025-03-01',
    }).expect(201);
    await post(org, `subscriptions/${sub.body.id}/approve`, { decidedOn: '2025-03-10' }).expect(200);
    await post(org, `subscriptions/${sub.body.id}/payments`, {
      amountCents: quantity * 10000,
      paidOn: '2025-03-15',
      method: 'transfer',
    }).expect(201);
    return member.id;
  }

  /** An approved redemption, effective and due on the dates given (the end of 2025 by default). */
  async function redemption(
    org: TestOrg,
    memberId: string,
    quantity: number,
    opts: { effectiveOn?: string; dueOn?: string | null; bic?: string } = {},
  ): Promise<string> {
    const effectiveOn = opts.effectiveOn ?? '2025-12-31';
    const r = await post(org, 'redemptions', {
      memberId,
      shareClassCode: 'A',
      quantity,
      effectiveOn,
      payee: { name: 'Jeanne Martin', iban: DE_IBAN, ...(opts.bic ? { bic: opts.bic } : {}) },
    }).expect(201);
    const dueOn = opts.dueOn === undefined ? effectiveOn : opts.dueOn;
    const approved = await post(org, `redemptions/${r.body.id}/approve`, dueOn ? { dueOn } : {}).expect(200);
    expect(approved.body.status).toBe('approved');
    return r.body.id;
  }

  const close = (org: TestOrg, endOn: string, body: object = {}) =>
    post(org, `fiscal-years/${endOn}/close`, body).expect(200);

  const batch = (org: TestOrg, redemptionIds: string[], executionOn = '2027-01-15') =>
    post(org, 'payout-batches', { redemptionIds, executionOn, debtor: DEBTOR });

  const file = async (org: TestOrg, batchId: string): Promise<string> =>
    (
      await api.http
        .get(url(org, `payout-batches/${batchId}/file`))
        .set(org.admin.auth)
        .buffer(true)
        .parse((res, done) => {
          let data = '';
          res.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
          res.on('end', () => done(null, data));
        })
        .expect(200)
    ).body;

  const tagTexts = (xml: string, tag: string) =>
    [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);

  it('pays only redemptions whose value is final: the year of the effective date closed, the art. 18 loss deducted', async () => {
    const org = await createCoop(api);
    await holder(org, 20);
    const leaver = await holder(org, 5);
    const inClosedYear = await redemption(org, leaver, 3, { effectiveOn: '2025-12-31' });
    const inOpenYear = await redemption(org, leaver, 1, { effectiveOn: '2026-12-31' });

    // 2025 still open: the value may yet be cut by that year's losses
    const early = await batch(org, [inClosedYear]);
    expectProblem(early, 400, 'redemptionIds[0]');
    expect(early.body.errors[0].message).toMatch(/not final until the fiscal year ending 2025-12-31 is closed/);

    // closing 2025 at a loss of 12.50 € per share: 3 × (100 − 12.50) = 262.50 €
    await close(org, '2025-12-31', { lossPerShare: [{ shareClassCode: 'A', lossPerShareCents: 1250 }] });
    const refused = await batch(org, [inClosedYear, inOpenYear]);
    expectProblem(refused, 400, 'redemptionIds[1]');
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors[0].message).toMatch(/fiscal year ending 2026-12-31/);

    const paid = await batch(org, [inClosedYear]).expect(201);
    expect(paid.body).toEqual(
      expect.objectContaining({ status: 'issued', transferCount: 1, totalCents: 26250, executionOn: '2027-01-15' }),
    );
    const xml = await file(org, paid.body.id);
    expect(schemaErrors(xml)).toBe('');
    expect(tagTexts(xml, 'InstdAmt')).toEqual(['262.50']);
    expect(tagTexts(xml, 'CtrlSum')).toEqual(['262.50', '262.50']);
    const r = await api.http
      .get(url(org, `redemptions/${inClosedYear}`))
      .set(org.admin.auth)
      .expect(200);
    expect(r.body).toEqual(
      expect.objectContaining({ status: 'paid', paidOn: '2027-01-15', paymentReference: paid.body.messageId }),
    );
  });

  it('pays only redemptions that are due by the execution date', async () => {
    const org = await createCoop(api);
    await holder(org, 20);
    const leaver = await holder(org, 4);
    // without a payout date the board set, it is due five years after it took effect (loi 47-1775 art. 18 and statutes)
    const notDue = await redemption(org, leaver, 1, { dueOn: null });
    const dueLater = await redemption(org, leaver, 1, { dueOn: '2027-06-30' });
    const due = await redemption(org, leaver, 1, { dueOn: '2026-06-30' });
    await close(org, '2025-12-31');
    const refused = await batch(org, [notDue, dueLater, due], '2027-01-15');
    expectProblem(refused, 400);
    expect(refused.body.errors).toEqual([
      { field: 'redemptionIds[0]', message: expect.stringMatching(/not due before 2030-12-31/) },
      { field: 'redemptionIds[1]', message: expect.stringMatching(/not due before 2027-06-30/) },
    ]);
    const ok = await batch(org, [dueLater, due], '2027-06-30').expect(201);
    expect(ok.body.totalCents).toBe(20000);
    expect(schemaErrors(await file(org, ok.body.id))).toBe('');
  });

  it('makes paying twice impossible: a redemption is in one live file until that file is cancelled', async () => {
    const org = await createCoop(api);
    await holder(org, 20);
    const leaver = await holder(org, 5);
    const r1 = await redemption(org, leaver, 2);
    const r2 = await redemption(org, leaver, 1);
    await close(org, '2025-12-31');

    const first = await batch(org, [r1, r2]).expect(201);
    const again = await batch(org, [r2]);
    expectProblem(again, 400, 'redemptionIds[0]');
    expect(again.body.errors[0].message).toContain(`already paid by the SEPA file ${first.body.messageId}`);
    // nor can it be recorded as paid by hand
    const byHand = await post(org, `redemptions/${r1}/payout`, { paidOn: '2026-12-01' });
    expectProblem(byHand, 422);
    // and the database itself refuses a second live file for it
    const [other] = await api.db.query(
      `INSERT INTO payout_batches (organization_id, message_id, execution_on, debtor_name, debtor_iban, transfer_count, total_cents, xml)
       VALUES ($1, 'SOCTEST', '2027-01-15', 'Coop', $2, 1, 10000, '<Document/>') RETURNING id`,
      [org.id, FR_IBAN],
    );
    await expect(
      api.db.query(
        `INSERT INTO payout_batch_items (batch_id, redemption_id, organization_id, amount_cents) VALUES ($1, $2, $3, 10000)`,
        [other.id, r2, org.id],
      ),
    ).rejects.toThrow(/payout_batch_items_live_key/);

    const cancelled = await post(org, `payout-batches/${first.body.id}/cancel`, {
      reason: 'rejet de la banque',
    }).expect(200);
    expect(cancelled.body).toEqual(
      expect.objectContaining({ status: 'cancelled', cancelReason: 'rejet de la banque' }),
    );
    const r2Now = await api.http
      .get(url(org, `redemptions/${r2}`))
      .set(org.admin.auth)
      .expect(200);
    expect(r2Now.body).toEqual(expect.objectContaining({ status: 'approved', paidOn: null, paymentReference: null }));
    expectProblem(await post(org, `payout-batches/${first.body.id}/cancel`, { reason: 'encore' }), 422);

    const second = await batch(org, [r2]).expect(201);
    expect(second.body.messageId).not.toBe(first.body.messageId);
    // the cancelled file is still there, byte for byte, for the record
    expect(tagTexts(await file(org, first.body.id), 'MsgId')).toEqual([first.body.messageId]);
    expect(tagTexts(await file(org, second.body.id), 'MsgId')).toEqual([second.body.messageId]);
  });

  it("books the file in the share-capital journal: D 4567 on each member's sub-account, C 512 for the total, reversed on cancel", async () => {
    const org = await createCoop(api);
    await holder(org, 20);
    const a = await holder(org, 3);
    const b = await holder(org, 2);
    const ra = await redemption(org, a, 3);
    const rb = await redemption(org, b, 2);
    await close(org, '2025-12-31');
    const issued = await batch(org, [ra, rb]).expect(201);
    const lines = async (sourceType: string) =>
      api.db.query(
        `SELECT e.entry_date::text AS date, e.piece_ref, e.validated_on::text AS valid, l.account, l.aux_account,
                l.debit_cents::int AS debit, l.credit_cents::int AS credit
         FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
         WHERE e.organization_id = $1 AND e.source_type = $2 AND e.source_id = $3 ORDER BY l.line_number`,
        [org.id, sourceType, issued.body.id],
      );
    const [auxA] = await api.db.query(`SELECT aux_number FROM member_accounts WHERE member_id = $1`, [a]);
    const [auxB] = await api.db.query(`SELECT aux_number FROM member_accounts WHERE member_id = $1`, [b]);
    const aux = (n: number) => `ASS${String(n).padStart(6, '0')}`;
    // 3 shares and 2 shares at 100 €: 300 € + 200 € = 500 € leave the bank in one line
    const booked = await lines('payout_batch');
    expect(booked.map((l: Record<string, unknown>) => [l.account, l.aux_account, l.debit, l.credit])).toEqual([
      ['4567', aux(auxA.aux_number), 30000, 0],
      ['4567', aux(auxB.aux_number), 20000, 0],
      ['512', null, 0, 50000],
    ]);
    expect(booked[0]).toEqual(
      expect.objectContaining({ date: '2027-01-15', piece_ref: issued.body.messageId, valid: '2027-01-15' }),
    );
    await post(org, `payout-batches/${issued.body.id}/cancel`, { reason: 'fichier non transmis' }).expect(200);
    const reversed = await lines('payout_batch_cancel');
    expect(reversed.map((l: Record<string, unknown>) => [l.account, l.debit, l.credit])).toEqual([
      ['512', 50000, 0],
      ['4567', 0, 30000],
      ['4567', 0, 20000],
    ]);
  });

  it('refuses a BIC outside ISO 9362 as the pain.001.001.03 schema defines it (ABCDFR1A, BNPAFRPO)', async () => {
    const org = await createCoop(api);
    const member = await holder(org, 5);
    // the schema's BICIdentifier: [A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})? — a location cannot start
    // with 1 (ABCDFR1A) nor end with the letter O (BNPAFRPO)
    for (const bic of ['ABCDFR1A', 'BNPAFRPO', 'BNPAFRP', 'BNPAFRPPXX']) {
      const res = await post(org, 'redemptions', {
        memberId: member,
        shareClassCode: 'A',
        quantity: 1,
        payee: { name: 'Jeanne Martin', iban: FR_IBAN, bic },
      });
      expectProblem(res, 400, 'payee.bic');
    }
    const refusedDebtor = await post(org, 'payout-batches', {
      redemptionIds: [],
      executionOn: '2027-01-15',
      debtor: { ...DEBTOR, bic: 'ABCDFR1A' },
    });
    expectProblem(refusedDebtor, 400, 'debtor.bic');
    await post(org, 'redemptions', {
      memberId: member,
      shareClassCode: 'A',
      quantity: 1,
      payee: { name: 'Jeanne Martin', iban: FR_IBAN, bic: 'BNPAFRPPXXX' },
    }).expect(201);
  });

  it('gives 40 parallel exports distinct message ids and never puts a redemption in two files', async () => {
    const org = await createCoop(api);
    await holder(org, 400);
    const leaver = await holder(org, 50);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await redemption(org, leaver, 1));
    await close(org, '2025-12-31');

    // each export asks for two neighbours: they collide, and only some can win
    const overlapping = await Promise.all(ids.map((id, i) => batch(org, [id, ids[(i + 1) % 40]])));
    const won = overlapping.filter((r) => r.status === 201);
    for (const r of overlapping.filter((x) => x.status !== 201)) {
      expectProblem(r, 400);
      expect(r.body.errors[0].message).toMatch(/already paid by the SEPA file|is paid/);
    }
    expect(won.length).toBeGreaterThanOrEqual(1);
    const paidIn = won.flatMap((r) => r.body.items.map((i: { redemptionId: string }) => i.redemptionId));
    expect(new Set(paidIn).size).toBe(paidIn.length);
    expect(new Set(won.map((r) => r.body.messageId)).size).toBe(won.length);
    for (const r of won) expect(schemaErrors(await file(org, r.body.id))).toBe('');

    for (const r of won) await post(org, `payout-batches/${r.body.id}/cancel`, { reason: 'test' }).expect(200);
    // then 40 exports of one redemption each, all at once: 40 files, 40 message ids
    const separate = await Promise.all(ids.map((id) => batch(org, [id])));
    expect(separate.map((r) => r.status)).toEqual(Array(40).fill(201));
    const messageIds = separate.map((r) => r.body.messageId);
    expect(new Set(messageIds).size).toBe(40);
    for (const m of messageIds) expect(m).toMatch(/^SOC[0-9A-F]{32}$/);
    const xmls = await Promise.all(separate.map((r) => file(org, r.body.id)));
    for (const xml of xmls) expect(schemaErrors(xml)).toBe('');
    expect(new Set(xmls.flatMap((x) => tagTexts(x, 'EndToEndId'))).size).toBe(40);
    const [{ live }] = await api.db.query(
      `SELECT count(*)::int AS live FROM payout_batch_items WHERE organization_id = $1 AND live`,
      [org.id],
    );
    expect(live).toBe(40);
  });
});
