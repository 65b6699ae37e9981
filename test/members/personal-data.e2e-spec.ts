import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { NOT_PERSONAL, PERSONAL_DATA } from '@socius/members';
import { binary, documentsDir, parisDay } from '../funding/support';
import { createCoop, paidUpMember, startApi, TestApi, TestOrg } from '../support/app';

/** The text, JSON, binary and array columns of the schema: where personal data can be. */
async function textColumns(api: TestApi): Promise<{ table: string; column: string }[]> {
  return api.db.query(
    `SELECT c.table_name AS table, c.column_name AS column
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea', 'inet', 'citext', 'ARRAY')
      ORDER BY 1, 2`,
  );
}

describe('personal data: the inventory and an erasure that erases', () => {
  let api: TestApi;
  let org: TestOrg;
  const post = (p: string, body: object = {}) =>
    api.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body);
  const get = (p: string) => api.http.get(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth);

  beforeAll(async () => {
    api = await startApi({ DOCUMENTS_DIR: documentsDir });
    org = await createCoop(api, [{ code: 'A', nominalCents: 1000 }]);
  });
  afterAll(() => api.close());

  it('lists every column that can hold personal data, or says why it cannot', async () => {
    const unlisted = (await textColumns(api))
      .filter(({ table, column }) => !PERSONAL_DATA[table]?.[column] && !NOT_PERSONAL[table]?.includes(column))
      .map(({ table, column }) => `${table}.${column}`);
    expect(unlisted).toEqual([]);
  });

  it('erases a departed member from every record but those the law keeps; the ledger and the documents still verify', async () => {
    const member = await paidUpMember(api, org, {
      quantity: 3,
      member: {
        firstName: 'Zéphyrine',
        lastName: 'Quasimodo',
        email: 'zephyrine.q@example.org',
        phone: '+33 6 12 34 56 78',
        addressLine1: '7 rue des Tanneurs',
        city: 'Rodez',
        iban: 'FR7630006000011234567890189',
      },
    });
    const certificate = await binary(get(`members/${member.id}/certificate.pdf`)).expect(200);
    const code = certificate.headers['x-verification-code'];
    // the receipt of their subscription: a document about the subscription, erased with them
    const [subscription]: { id: string }[] = await api.db.query(`SELECT id FROM subscriptions WHERE member_id = $1`, [
      member.id,
    ]);
    const receipt = await binary(get(`subscriptions/${subscription.id}/receipt.pdf`)).expect(200);

    // a donation given before joining, under the same address, and one as a member: both named publicly
    const campaign = (
      await post('campaigns', {
        title: 'Serveur mutualisé',
        goalCents: 100_000,
        startsOn: parisDay(),
        endsOn: parisDay(30),
        mode: 'keep_it_all',
        public: true,
      }).expect(201)
    ).body;
    await post(`campaigns/${campaign.id}/open`).expect(200);
    const gifts = [
      { contributor: { kind: 'person', name: 'Zéphyrine Quasimodo', email: 'zephyrine.q@example.org' } },
      { memberId: member.id },
    ];
    for (const gift of gifts) {
      const pledged = await post(`campaigns/${campaign.id}/contributions`, {
        ...gift,
        amountCents: 2_000,
        kind: 'donation',
        publicName: true,
      }).expect(201);
      await post(`contributions/${pledged.body.id}/payments`, {
        amountCents: 2_000,
        paidOn: parisDay(),
        method: 'transfer',
      }).expect(201);
      await binary(get(`contributions/${pledged.body.id}/receipt.pdf`)).expect(200);
    }
    const publicPage = () => api.http.get(`/v1/public/orgs/${org.slug}/campaigns/${campaign.id}`).expect(200);
    expect(JSON.stringify((await publicPage()).body)).toContain('Quasimodo');

    await post(`members/${member.id}/resign`, { effectiveOn: parisDay() }).expect(200);
    // past the retention period, as far as the data is concerned
    await api.db.query(`UPDATE members SET exit_on = '2015-01-31', admitted_on = '2010-01-01' WHERE id = $1`, [
      member.id,
    ]);
    const storedFiles: { storage_key: string }[] = await api.db.query(
      `SELECT storage_key FROM documents WHERE organization_id = $1`,
      [org.id],
    );
    expect(storedFiles.length).toBeGreaterThanOrEqual(4);
    const erased = await post(`members/${member.id}/erase`).expect(200);
    const pseudonym = erased.body.pseudonym;

    // every column still holding the name, the address or the e-mail is one the inventory keeps, with its reason
    const traces: string[] = [];
    for (const { table, column } of await textColumns(api)) {
      const [{ found }] = await api.db.query(
        `SELECT count(*)::int AS found FROM "${table}"
          WHERE "${column}"::text ILIKE ANY (ARRAY['%Quasimodo%', '%zephyrine.q@%', '%Tanneurs%', '%12 34 56 78%', '%FR7630006000011234567890189%'])`,
      );
      if (found > 0) traces.push(`${table}.${column}`);
    }
    const erasedColumns = traces.filter((t) => {
      const [table, column] = t.split('.');
      return typeof PERSONAL_DATA[table]?.[column] !== 'object';
    });
    expect(erasedColumns).toEqual([]);

    // the public campaign page names nobody; the figures stay
    const after = (await publicPage()).body;
    expect(JSON.stringify(after)).not.toContain('Quasimodo');
    expect(after).toEqual(expect.objectContaining({ raisedCents: 4_000 }));

    // the certificate's copy held by the member still verifies, and says what it certifies under the pseudonym
    const byCode = (await api.http.get(`/v1/verify/${code}`).expect(200)).body;
    expect(byCode.valid).toBe(true);
    expect(byCode.document.summary.member.name).toBe(pseudonym);
    expect(byCode.document.summary.totalQuantity).toBe(3);
    expect(JSON.stringify(byCode)).not.toContain(member.id);
    const byBytes = await api.http
      .post('/v1/verify')
      .set('Content-Type', 'application/pdf')
      .send(certificate.body as Buffer)
      .expect(200);
    expect(byBytes.body.valid).toBe(true);
    const receiptByCode = (await api.http.get(`/v1/verify/${receipt.headers['x-verification-code']}`).expect(200)).body;
    expect(receiptByCode.document.summary.member.name).toBe(pseudonym);
    expect(receiptByCode.document.title).toContain(pseudonym);
    expect(receiptByCode.document.title).not.toContain('Quasimodo');

    // the stored PDFs, which print the name, are gone; the register's chain is intact
    for (const { storage_key } of storedFiles) expect(existsSync(path.join(documentsDir, storage_key))).toBe(false);
    expect((await get('ledger/verify').expect(200)).body).toEqual(expect.objectContaining({ valid: true }));
  });
});

describe('the public verification page', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ VERIFY_RATE_LIMIT: '3' });
  });
  afterAll(() => api.close());

  it('answers a few verifications per address and minute, then 429: codes cannot be tried one after another', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await api.http.get(`/v1/verify/ABCDE${i}FGHJ`).expect(200)).body).toEqual({ valid: false });
    }
    const refused = await api.http.get('/v1/verify/ABCDE9FGHJ').expect(429);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    await api.http.post('/v1/verify').set('Content-Type', 'application/pdf').send(Buffer.from('%PDF-1.7')).expect(429);
  });
});
