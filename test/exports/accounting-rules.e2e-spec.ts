import iconv from 'iconv-lite';
import { createCoop, createMember, expectProblem, startApi, TestApi, TestOrg } from '../support/app';

const SIREN = '732829320';

function bytes(res: NodeJS.ReadableStream, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The accounting rules an auditor checks in the journal and its exports (issue 15). */
describe('the share-capital journal and its exports', () => {
  let api: TestApi;
  let org: TestOrg;
  let early: string;
  let leaver: string;
  beforeAll(async () => {
    api = await startApi();
    org = await createCoop(api, undefined, { siren: SIREN });
    // paid 300 € on 2026-03-02, before the board admitted the subscription on 2026-03-09
    early = (await createMember(api, org)).id;
    const sub = await post('subscriptions', {
      memberId: early,
      shareClassCode: 'A',
      quantity: 3,
      subscribedOn: '2026-03-01',
    }).expect(201);
    await post(`subscriptions/${sub.body.id}/payments`, {
      amountCents: 30000,
      paidOn: '2026-03-02',
      method: 'transfer',
    }).expect(201);
    await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-03-09' }).expect(200);
    // a redemption effective at the end of the year, recorded before that day
    leaver = (await createMember(api, org)).id;
    const s2 = await post('subscriptions', {
      memberId: leaver,
      shareClassCode: 'A',
      quantity: 2,
      subscribedOn: '2026-03-01',
    }).expect(201);
    await post(`subscriptions/${s2.body.id}/approve`, { decidedOn: '2026-03-09' }).expect(200);
    await post(`subscriptions/${s2.body.id}/payments`, {
      amountCents: 20000,
      paidOn: '2026-03-10',
      method: 'transfer',
    }).expect(201);
    const r = await post('redemptions', {
      memberId: leaver,
      shareClassCode: 'A',
      quantity: 1,
      effectiveOn: '2026-12-31',
    }).expect(201);
    await post(`redemptions/${r.body.id}/approve`, { decidedOn: '2026-11-20' }).expect(200);
  });
  afterAll(() => api.close());

  const url = (p: string) => `/v1/orgs/${org.slug}/${p}`;
  function post(p: string, body: object) {
    return api.http.post(url(p)).set(org.admin.auth).send(body);
  }
  const download = (p: string) =>
    api.http
      .get(url(p))
      .set(org.admin.auth)
      .buffer(true)
      .parse(bytes as never);

  it("clears 4563 on the member's sub-account on both sides: no balance is left once the shares are issued", async () => {
    const rows = await api.db.query(
      `SELECT l.aux_account, sum(l.debit_cents)::int AS debit, sum(l.credit_cents)::int AS credit
         FROM accounting_entries e JOIN accounting_lines l ON l.entry_id = e.id
        WHERE e.organization_id = $1 AND l.account = '4563' GROUP BY l.aux_account`,
      [org.id],
    );
    const [aux] = await api.db.query(`SELECT aux_number FROM member_accounts WHERE member_id = $1`, [early]);
    // 300 € credited on receipt, 300 € debited on admission, both on ASS00000n: the balance is 0
    expect(rows).toEqual([
      { aux_account: `ASS${String(aux.aux_number).padStart(6, '0')}`, debit: 30000, credit: 30000 },
    ]);
  });

  it('never validates an entry before its date: ValidDate ≥ EcritureDate in the journal and the FEC-format file', async () => {
    const [entry] = await api.db.query(
      `SELECT entry_date::text AS entry, validated_on::text AS valid FROM accounting_entries
        WHERE organization_id = $1 AND source_type = 'redemption'`,
      [org.id],
    );
    // recorded on or before 2026-12-31, dated 2026-12-31: validated on 2026-12-31 at the earliest
    expect(entry.entry).toBe('2026-12-31');
    expect(entry.valid >= entry.entry).toBe(true);
    const res = await download('exports/fec?year=2026').expect(200);
    const [, ...records] = iconv.decode(res.body as Buffer, 'iso-8859-15').split('\r\n');
    for (const r of records) {
      const f = r.split('\t');
      expect(f[15] >= f[3]).toBe(true);
    }
    const report = await api.http.post(url('exports/fec/validate?year=2026')).set(org.admin.auth).expect(200);
    expect(report.body).toEqual(expect.objectContaining({ valid: true, problems: [] }));
    await expect(
      api.db.query(
        `INSERT INTO accounting_entries (organization_id, journal_code, journal_label, fiscal_year_end, entry_number, entry_date, piece_ref, piece_date, label, validated_on, source_type)
         VALUES ($1, 'CAP', 'Capital social', '2026-12-31', 999, '2026-12-31', 'X', '2026-12-31', 'x', '2026-12-30', 'test')`,
        [org.id],
      ),
    ).rejects.toThrow(/accounting_entries_validated_check/);
  });

  it("is named SIRENFECAAAAMMJJ.txt, holds only the capital and donation journals, and calls itself journal entries in FEC format for the co-op's accounting software", async () => {
    const res = await download('exports/fec?year=2026').expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${SIREN}FEC20261231.txt"`);
    expect(res.headers['x-fec-year-closed']).toBe('false');
    expect(res.headers).not.toHaveProperty('x-fec-official');
    const [, ...records] = iconv.decode(res.body as Buffer, 'iso-8859-15').split('\r\n');
    expect(new Set(records.map((r) => r.split('\t')[0]))).toEqual(new Set(['CAP']));
    const doc = (await api.http.get('/openapi.json').expect(200)).body;
    const fec = doc.paths['/v1/orgs/{slug}/exports/fec'].get;
    expect(JSON.stringify(fec)).toMatch(/journal entries in FEC format/i);
    expect(JSON.stringify(fec)).toMatch(/accounting software/);
    expect(JSON.stringify(doc.paths)).not.toMatch(/official FEC/i);
  });

  it("gives each member of the register extract at a past date their status at that date, not today's", async () => {
    const gone = (await createMember(api, org, { firstName: 'Paul', lastName: 'Parti' })).id;
    const sub = await post('subscriptions', {
      memberId: gone,
      shareClassCode: 'A',
      quantity: 2,
      subscribedOn: '2026-04-01',
    }).expect(201);
    await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-04-02' }).expect(200);
    await post(`subscriptions/${sub.body.id}/payments`, {
      amountCents: 20000,
      paidOn: '2026-04-03',
      method: 'transfer',
    }).expect(201);
    const r = await post('redemptions', {
      memberId: gone,
      shareClassCode: 'A',
      quantity: 2,
      effectiveOn: '2026-10-31',
    }).expect(201);
    await post(`redemptions/${r.body.id}/approve`, { decidedOn: '2026-10-15' }).expect(200);
    const now = await api.http
      .get(url(`members/${gone}`))
      .set(org.admin.auth)
      .expect(200);
    expect(now.body).toEqual(expect.objectContaining({ exitOn: '2026-10-31' }));
    expect(now.body.status).not.toBe('active');
    const extract = await download('exports/register.csv?at=2026-06-30').expect(200);
    const line = (extract.body as Buffer)
      .toString('utf8')
      .split('\r\n')
      .find((l) => l.includes('PARTI Paul') || l.includes('Parti Paul'))!;
    // on 30 June 2026 Paul was an associate (admitted when his shares were issued) holding 2 shares (200 €), and had not left
    expect(line.split(';').slice(3, 6)).toEqual(['Associé', '03/04/2026', '']);
    expect(line.endsWith(';2;200,00')).toBe(true);
  });

  it('offers the same journal as a CSV with the columns, separator, decimal mark and date format asked for', async () => {
    const all = await download('exports/journal.csv?year=2026').expect(200);
    expect(all.headers['content-type']).toBe('text/csv; charset=utf-8');
    const allText = (all.body as Buffer).toString('utf8');
    expect(allText.startsWith('\uFEFFJournal;Libellé journal;N° écriture;Date;Compte')).toBe(true);
    const res = await download(
      'exports/journal.csv?year=2026&columns=entryDate,account,auxAccount,debit,credit,amount&separator=tab&decimal=dot&dateFormat=yyyy-mm-dd&bom=false',
    ).expect(200);
    const lines = (res.body as Buffer).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Date\tCompte\tCompte auxiliaire\tDébit\tCrédit\tMontant');
    // the first entry: the 300 € received on 2026-03-02 waiting in 4563
    expect(lines[1]).toBe('2026-03-02\t512\t\t300.00\t0.00\t300.00');
    expect(lines[2]).toMatch(/^2026-03-02\t4563\tASS\d{6}\t0\.00\t300\.00\t-300\.00$/);
    const records = lines.filter((l) => l !== '');
    const sum = records.slice(1).reduce((s, l) => s + Math.round(Number(l.split('\t')[5]) * 100), 0);
    expect(sum).toBe(0); // every entry balances
    const wrong = await api.http.get(url('exports/journal.csv?year=2026&columns=date,foo')).set(org.admin.auth);
    expectProblem(wrong, 400, 'columns');
  });
});
