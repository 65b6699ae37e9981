import { validateFec } from '@socius/exports';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createMember,
  createOrg,
  expectProblem,
  startApi,
  TestApi,
  TestOrg,
  TestUser,
  userWithRole,
} from '../support/app';

const SIREN = '732829320';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** supertest: keep the body as the exact bytes sent. */
function bytes(res: NodeJS.ReadableStream, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('exports for accountants', () => {
  let api: TestApi;
  let org: TestOrg;
  let accountant: TestUser;
  let memberUser: TestUser;

  const url = (p: string, o: TestOrg = org) => `/v1/orgs/${o.slug}/${p}`;
  const download = (p: string, auth: { Authorization: string } = org.admin.auth, o: TestOrg = org) =>
    api.http
      .get(url(p, o))
      .set(auth)
      .buffer(true)
      .parse(bytes as never);
  const lines = (body: Buffer) => body.subarray(3).toString('utf8').split('\r\n');

  beforeAll(async () => {
    api = await startApi();
    org = await createOrg(api, undefined, { siren: SIREN });
    await api.http
      .post(url('colleges'))
      .set(org.admin.auth)
      .send({ code: 'USAGERS', name: 'Usagers', weightPercent: 50 })
      .expect(201);
    await api.http
      .post(url('share-classes'))
      .set(org.admin.auth)
      .send({ code: 'A', name: 'Parts A', nominalCents: 2500, minPerMember: 1 })
      .expect(201);
    const people: [Record<string, unknown>, number][] = [
      [{ kind: 'person', firstName: 'Hélène', lastName: 'Œuvre', collegeCode: 'USAGERS' }, 3],
      [{ kind: 'person', firstName: 'Jean', lastName: 'Dupont', collegeCode: 'USAGERS' }, 2],
      [{ kind: 'legal_entity', companyName: 'Boulangerie "Au Pain;\nDoré"' }, 1],
    ];
    for (const [fields, quantity] of people) {
      const member = await createMember(api, org, fields);
      const sub = await api.http
        .post(url('subscriptions'))
        .set(org.admin.auth)
        .send({ memberId: member.id, shareClassCode: 'A', quantity, subscribedOn: '2025-03-01' })
        .expect(201);
      await api.http
        .post(url(`subscriptions/${sub.body.id}/approve`))
        .set(org.admin.auth)
        .send({ decidedOn: '2025-03-10' })
        .expect(200);
      await api.http
        .post(url(`subscriptions/${sub.body.id}/payments`))
        .set(org.admin.auth)
        .send({ amountCents: quantity * 2500, paidOn: '2025-03-15', method: 'transfer' })
        .expect(201);
    }
    accountant = await userWithRole(api, org, 'accountant');
    memberUser = await userWithRole(api, org, 'member');
  });
  afterAll(() => api.close());

  describe('ledger.csv', () => {
    it('is the French spreadsheet preset: BOM, ";", CRLF, DD/MM/YYYY, decimal comma, one line per movement', async () => {
      const res = await download('exports/ledger.csv').expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="registre-parts-${org.slug}.csv"`);
      const body = res.body as Buffer;
      expect(body.subarray(0, 3).equals(BOM)).toBe(true);
      const text = body.subarray(3).toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      // every LF ends a record with CR, except the one typed inside the quoted company name
      expect(text.match(/(?<!\r)\n/g)).toHaveLength(1);
      expect(text).toContain('"Boulangerie ""Au Pain;\nDoré"""');
      const rows = text.replace('Pain;\nDoré', 'Pain;Doré').split('\r\n').slice(0, -1);
      expect(rows[0]).toBe(
        "Séquence;Date d'effet;N° sociétaire;Sociétaire;Collège;Catégorie;Mouvement;Quantité;Valeur unitaire;Montant;Opération;Enregistré le;Empreinte;Empreinte précédente",
      );
      expect(rows).toHaveLength(4);
      const first = rows[1].split(';');
      expect(first.slice(0, 11)).toEqual([
        '1',
        '15/03/2025',
        expect.stringMatching(/^\d+$/),
        'Œuvre Hélène',
        'USAGERS',
        'A',
        'Émission',
        '3',
        '25,00',
        '75,00',
        'Souscription',
      ]);
      expect(first[11]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
      expect(first[12]).toMatch(/^[0-9a-f]{64}$/);
      expect(first[13]).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[2].split(';').slice(0, 10)).toEqual([
        '2',
        '15/03/2025',
        expect.any(String),
        'Dupont Jean',
        'USAGERS',
        'A',
        'Émission',
        '2',
        '25,00',
        '50,00',
      ]);
      expect(rows[3]).toMatch(
        /^3;15\/03\/2025;\d+;"Boulangerie ""Au Pain;Doré""";;A;Émission;1;25,00;25,00;Souscription;/,
      );
      // the chain: each movement's previous hash is the hash of the one before
      expect(rows[2].split(';')[13]).toBe(first[12]);
    });

    it('filters by effective date and refuses a bad date with a 400 naming the field', async () => {
      const none = await download('exports/ledger.csv?from=2025-03-16').expect(200);
      expect(lines(none.body)).toHaveLength(2); // header and the final empty string
      const all = await download('exports/ledger.csv?from=2025-03-15&to=2025-03-15').expect(200);
      expect(lines(all.body).filter((l) => /^\d+;/.test(l))).toHaveLength(3);
      expectProblem(await api.http.get(url('exports/ledger.csv?from=2025-02-30')).set(org.admin.auth), 400, 'from');
      expectProblem(
        await api.http.get(url('exports/ledger.csv?from=2025-04-01&to=2025-03-01')).set(org.admin.auth),
        400,
        'to',
      );
    });
  });

  describe('ledger.xlsx', () => {
    it('opens in exceljs with a bold header, real dates and numbers', async () => {
      const res = await download('exports/ledger.xlsx').expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="registre-parts-${org.slug}.xlsx"`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Registre')!;
      expect(sheet).toBeDefined();
      expect(sheet.rowCount).toBe(4);
      const header = sheet.getRow(1);
      expect(header.getCell(1).value).toBe('Séquence');
      expect(header.getCell(14).value).toBe('Empreinte précédente');
      expect(header.getCell(1).font?.bold).toBe(true);
      const row = sheet.getRow(2);
      expect(row.getCell(1).value).toBe(1);
      expect(row.getCell(2).value).toEqual(new Date('2025-03-15T00:00:00Z'));
      expect(row.getCell(2).numFmt).toBe('dd/mm/yyyy');
      expect(row.getCell(4).value).toBe('Œuvre Hélène');
      expect(row.getCell(8).value).toBe(3);
      expect(row.getCell(9).value).toBe(25);
      expect(row.getCell(10).value).toBe(75);
      expect(row.getCell(10).numFmt).toBe('#,##0.00');
      expect(row.getCell(12).value).toBeInstanceOf(Date);
      expect(sheet.getRow(4).getCell(4).value).toBe('Boulangerie "Au Pain;\nDoré"');
    });
  });

  describe('capital.csv and register.csv', () => {
    it('gives the capital statement at a date, per class, per college, with the total', async () => {
      const res = await download('exports/capital.csv?at=2025-12-31').expect(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="capital-${org.slug}-2025-12-31.csv"`);
      expect((res.body as Buffer).subarray(0, 3).equals(BOM)).toBe(true);
      const rows = lines(res.body);
      expect(rows[0]).toBe('Capital social au;31/12/2025');
      expect(rows).toContain('Catégorie;Nominal;Parts;Capital souscrit;Appelé;Versé;Sociétaires');
      expect(rows).toContain('A;25,00;6;150,00;150,00;150,00;3');
      expect(rows).toContain('Collège;Poids %;Parts;Capital;Sociétaires');
      expect(rows).toContain('USAGERS;50,00;5;125,00;2');
      expect(rows).toContain('Sans collège;;1;25,00;1');
      expect(rows).toContain('Total;6;150,00;150,00;150,00;3');
      // the ledger's chain head as it was when the statement was produced
      const { lastSequence, lastHash } = (await api.http.get(url('ledger/verify')).set(org.admin.auth).expect(200))
        .body;
      expect(rows).toContain(`Registre des mouvements : dernier mouvement n°;${lastSequence}`);
      expect(rows).toContain(`Registre des mouvements : empreinte SHA-256;${lastHash}`);

      const before = await download('exports/capital.csv?at=2025-03-14').expect(200);
      expect(lines(before.body)).toContain('Total;0;0,00;0,00;0,00;0');
      const today = await download('exports/capital.csv').expect(200);
      expect(today.headers['content-disposition']).toMatch(
        new RegExp(`filename="capital-${org.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
      );
      expectProblem(await api.http.get(url('exports/capital.csv?at=31/12/2025')).set(org.admin.auth), 400, 'at');
    });

    it('extracts the members register at a date: one line per member holding shares', async () => {
      const res = await download('exports/register.csv?at=2025-12-31').expect(200);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="registre-associes-${org.slug}-2025-12-31.csv"`,
      );
      const rows = (res.body as Buffer).subarray(3).toString('utf8').replace('Pain;\nDoré', 'Pain;Doré').split('\r\n');
      expect(rows[0]).toBe('N° sociétaire;Nom;Collège;Statut;Admis le;Sortie le;Parts A;Total parts;Capital');
      expect(rows.slice(1, -1)).toEqual([
        expect.stringMatching(/^\d+;Œuvre Hélène;USAGERS;Associé;15\/03\/2025;;3;3;75,00$/),
        expect.stringMatching(/^\d+;Dupont Jean;USAGERS;Associé;15\/03\/2025;;2;2;50,00$/),
        expect.stringMatching(/^\d+;"Boulangerie ""Au Pain;Doré""";;Associé;15\/03\/2025;;1;1;25,00$/),
      ]);
      expect(rows[rows.length - 1]).toBe('');
      const before = await download('exports/register.csv?at=2025-03-14').expect(200);
      expect(lines(before.body)).toEqual([expect.stringMatching(/^N° sociétaire;/), '']);
      expectProblem(await api.http.get(url('exports/register.csv?at=2025-13-01')).set(org.admin.auth), 400, 'at');
    });
  });

  describe('cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    let evil: TestOrg;
    beforeAll(async () => {
      evil = await createOrg(api);
      await api.http
        .post(url('colleges', evil))
        .set(evil.admin.auth)
        .send({ code: '-A1', name: 'Moins', weightPercent: 50 })
        .expect(201);
      await api.http
        .post(url('share-classes', evil))
        .set(evil.admin.auth)
        .send({ code: '-B2', name: 'Parts', nominalCents: 2500, minPerMember: 1 })
        .expect(201);
      const people = [
        { kind: 'person', firstName: 'Eve', lastName: '=HYPERLINK("http://x","y")', collegeCode: '-A1' },
        { kind: 'legal_entity', companyName: '@SUM(1+1)' },
      ];
      for (const fields of people) {
        const member = await createMember(api, evil, fields);
        const sub = await api.http
          .post(url('subscriptions', evil))
          .set(evil.admin.auth)
          .send({ memberId: member.id, shareClassCode: '-B2', quantity: 1, subscribedOn: '2025-03-01' })
          .expect(201);
        await api.http
          .post(url(`subscriptions/${sub.body.id}/approve`, evil))
          .set(evil.admin.auth)
          .send({ decidedOn: '2025-03-10' })
          .expect(200);
        await api.http
          .post(url(`subscriptions/${sub.body.id}/payments`, evil))
          .set(evil.admin.auth)
          .send({ amountCents: 2500, paidOn: '2025-03-15', method: 'transfer' })
          .expect(201);
      }
    });

    it('writes them with a leading single quote in ledger.csv, register.csv and capital.csv', async () => {
      const ledger = (await download('exports/ledger.csv', evil.admin.auth, evil).expect(200)).body as Buffer;
      const ledgerText = ledger.toString('utf8');
      expect(ledgerText).toContain(`;"'=HYPERLINK(""http://x"",""y"") Eve";'-A1;'-B2;Émission;1;25,00;25,00;`);
      expect(ledgerText).toContain(`;'@SUM(1+1);;'-B2;`);
      expect(ledgerText).not.toMatch(/;"?[=@]/);

      const register = (await download('exports/register.csv?at=2025-12-31', evil.admin.auth, evil).expect(200))
        .body as Buffer;
      expect(lines(register).slice(1, -1)).toEqual([
        expect.stringMatching(/^\d+;"'=HYPERLINK\(""http:\/\/x"",""y""\) Eve";'-A1;Associé;15\/03\/2025;;1;1;25,00$/),
        expect.stringMatching(/^\d+;'@SUM\(1\+1\);;Associé;15\/03\/2025;;1;1;25,00$/),
      ]);

      const capital = lines(
        (await download('exports/capital.csv?at=2025-12-31', evil.admin.auth, evil).expect(200)).body,
      );
      expect(capital).toContain(`"'-B2";25,00;2;50,00;50,00;50,00;2`);
      expect(capital).toContain(`"'-A1";50,00;1;25,00;1`);
    });
  });

  describe('FEC', () => {
    const year = { fiscalYearStart: '2025-01-01', fiscalYearEnd: '2025-12-31' };
    const fileName = `${SIREN}FEC20251231.txt`;

    it('is named {SIREN}FEC{closing date}.txt, tab separated, ISO-8859-15, balanced and valid', async () => {
      const res = await download('exports/fec?year=2025').expect(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${fileName}"`);
      expect(res.headers['content-type']).toBe('text/plain; charset=iso-8859-15');
      expect(res.headers['x-fec-year-closed']).toBe('false');
      expect(res.headers['x-fec-sha256']).toBeUndefined();
      const body = res.body as Buffer;
      const text = iconv.decode(body, 'iso-8859-15');
      const [header, ...records] = text.split('\r\n');
      expect(header.split('\t')).toHaveLength(18);
      expect(header.startsWith('JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum')).toBe(true);
      expect(records).toHaveLength(18); // 3 × (approval: 2 lines + payment: 4 lines)
      expect(records[0].split('\t').slice(0, 5)).toEqual(['CAP', 'Capital social', '1', '20250310', '4561']);
      // é is 0xE9 and Œ 0xBC in ISO-8859-15; never the UTF-8 bytes
      expect(body.includes(iconv.encode('Œuvre Hélène', 'iso-8859-15'))).toBe(true);
      expect(body.includes(Buffer.from('Œuvre Hélène', 'utf8'))).toBe(false);
      expect(text).toContain('\tBoulangerie "Au Pain; Doré"\t'); // the line break became a space

      const report = validateFec(body, { ...year, fileName, siren: SIREN });
      expect(report).toEqual(
        expect.objectContaining({
          valid: true,
          problems: [],
          lines: 18,
          entries: 6,
          debitCents: 45_000,
          creditCents: 45_000,
        }),
      );

      const byDate = await download('exports/fec?year=2025-12-31').expect(200);
      expect((byDate.body as Buffer).equals(body)).toBe(true);
      // an open year is not final: nothing recorded
      expect((await api.http.get(url('exports/fec/history')).set(org.admin.auth).expect(200)).body).toEqual({
        items: [],
        total: 0,
        nextCursor: null,
      });
    });

    it('writes UTF-8 without BOM when asked', async () => {
      const res = await download('exports/fec?year=2025&encoding=utf-8').expect(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      const body = res.body as Buffer;
      expect(body.subarray(0, 3).equals(BOM)).toBe(false);
      expect(body.includes(Buffer.from('Œuvre Hélène', 'utf8'))).toBe(true);
      expect(validateFec(body, { ...year, fileName, siren: SIREN, encoding: 'utf-8' }).valid).toBe(true);
    });

    it('gives a file with only the header for a year without entries', async () => {
      const res = await download('exports/fec?year=2024').expect(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${SIREN}FEC20241231.txt"`);
      expect((res.body as Buffer).toString('latin1')).toBe(
        'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise',
      );
      const report = validateFec(res.body as Buffer, { fiscalYearStart: '2024-01-01', fiscalYearEnd: '2024-12-31' });
      expect(report).toEqual(expect.objectContaining({ valid: true, lines: 0, entries: 0 }));
    });

    it('validates the generated file on demand', async () => {
      const res = await api.http.post(url('exports/fec/validate?year=2025')).set(accountant.auth).send({}).expect(200);
      expect(res.body).toEqual(
        expect.objectContaining({
          valid: true,
          problems: [],
          lines: 18,
          entries: 6,
          debitCents: 45_000,
          creditCents: 45_000,
          fileName,
        }),
      );
    });

    it('refuses a bad year or encoding with a 400 naming the field', async () => {
      expectProblem(
        await api.http.get(url('exports/fec?year=2025&encoding=ebcdic')).set(org.admin.auth),
        400,
        'encoding',
      );
      expectProblem(await api.http.get(url('exports/fec?year=25')).set(org.admin.auth), 400, 'year');
      expectProblem(await api.http.get(url('exports/fec')).set(org.admin.auth), 400, 'year');
      expectProblem(await api.http.get(url('exports/fec?year=2025-06-30')).set(org.admin.auth), 400, 'year');
      expectProblem(
        await api.http.get(url('exports/fec/verify?year=2025&encoding=latin2')).set(org.admin.auth),
        400,
        'encoding',
      );
    });

    it('needs the SIREN of the organization', async () => {
      const other = await createOrg(api);
      const res = await api.http.get(url('exports/fec?year=2025', other)).set(other.admin.auth);
      expectProblem(res, 422);
      expect(res.body.type).toBe('/problems/siren-required');
    });

    it('records the FEC-format export of a closed year by its hash; later downloads are byte-for-byte the same', async () => {
      await api.http.post(url('fiscal-years/2025-12-31/close')).set(org.admin.auth).send({}).expect(200);

      const first = await download('exports/fec?year=2025').expect(200);
      expect(first.headers['x-fec-year-closed']).toBe('true');
      expect(first.headers['x-fec-sha256']).toBeUndefined(); // not known before the end of the first one
      const history = await api.http.get(url('exports/fec/history')).set(accountant.auth).expect(200);
      expect(history.body.items).toEqual([
        expect.objectContaining({
          fiscalYearEnd: '2025-12-31',
          encoding: 'iso-8859-15',
          fileName,
          sha256: sha256(first.body),
          byteCount: (first.body as Buffer).length,
          lineCount: 18,
          createdBy: org.admin.id,
        }),
      ]);

      const second = await download('exports/fec?year=2025', accountant.auth).expect(200);
      expect(second.headers['x-fec-sha256']).toBe(sha256(first.body));
      expect(sha256(second.body)).toBe(sha256(first.body));
      expect((second.body as Buffer).equals(first.body)).toBe(true);
      expect((await api.http.get(url('exports/fec/history')).set(org.admin.auth).expect(200)).body.total).toBe(1);

      const verify = await api.http.get(url('exports/fec/verify?year=2025')).set(accountant.auth).expect(200);
      expect(verify.body).toEqual(
        expect.objectContaining({
          reproducible: true,
          recordedSha256: sha256(first.body),
          sha256: sha256(first.body),
          lineCount: 18,
        }),
      );
      // another encoding is another file, not recorded yet
      const utf8 = await api.http
        .get(url('exports/fec/verify?year=2025&encoding=utf-8'))
        .set(org.admin.auth)
        .expect(200);
      expect(utf8.body).toEqual(
        expect.objectContaining({
          reproducible: false,
          recordedSha256: null,
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      );
    });
  });

  describe('a client that goes away', () => {
    let big: TestOrg;
    let port: number;
    beforeAll(async () => {
      big = await createOrg(api);
      await api.http
        .post(url('share-classes', big))
        .set(big.admin.auth)
        .send({ code: 'A', name: 'Parts A', nominalCents: 2500, minPerMember: 1 })
        .expect(201);
      const member = await createMember(api, big);
      await api.db.query(
        `INSERT INTO ledger_movements (organization_id, sequence, effective_on, member_id, share_class_id, kind, quantity, unit_cents, amount_cents, operation_type, recorded_at, previous_hash, hash, hash_version)
         SELECT $1, i, '2025-01-01', $2, c.id, 'issue', 1, 2500, 2500, 'subscription', now(), repeat('0', 64), repeat('1', 64), 2
           FROM generate_series(1, 50000) i CROSS JOIN (SELECT id FROM share_classes WHERE organization_id = $1) c`,
        [big.id, member.id],
      );
      const server = api.app.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    const copies = async () =>
      Number(
        (
          await api.db.query(
            `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (SELECT l.sequence%' AND state <> 'idle'`,
          )
        )[0].n,
      );

    it.each(['ledger.csv', 'ledger.xlsx'])('%s: stops the COPY and frees its database connection', async (file) => {
      let received = 0;
      await new Promise<void>((resolve, reject) => {
        const req = http.get(
          { host: '127.0.0.1', port, path: url(`exports/${file}`, big), headers: big.admin.auth },
          (res) => {
            expect(res.statusCode).toBe(200);
            res.on('data', (chunk: Buffer) => {
              received += chunk.length;
              if (received > 16 * 1024) {
                req.destroy();
                resolve();
              }
            });
            res.on('end', () => reject(new Error('the whole file came before the client could leave')));
          },
        );
        req.on('error', () => undefined);
      });
      const deadline = Date.now() + 10_000;
      while ((await copies()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await copies()).toBe(0);
      // the pool still serves exports
      const after = await download(`exports/${file}`).expect(200);
      expect((after.body as Buffer).length).toBeGreaterThan(500);
    });
  });

  describe('access', () => {
    it('lets the accountant download and refuses the member role', async () => {
      const csv = await download('exports/ledger.csv', accountant.auth).expect(200);
      expect(lines(csv.body).length).toBeGreaterThan(2);
      await download('exports/fec?year=2025', accountant.auth).expect(200);
      for (const path of [
        'exports/ledger.csv',
        'exports/ledger.xlsx',
        'exports/capital.csv',
        'exports/register.csv',
        'exports/fec?year=2025',
        'exports/fec/history',
        'exports/fec/verify?year=2025',
      ]) {
        expectProblem(await api.http.get(url(path)).set(memberUser.auth), 403);
      }
      expectProblem(await api.http.post(url('exports/fec/validate?year=2025')).set(memberUser.auth).send({}), 403);
      expect((await api.http.get(url('exports/ledger.csv'))).status).toBe(401);
    });

    it('documents the routes in the OpenAPI document', async () => {
      const doc = await api.http.get('/openapi.json').expect(200);
      for (const path of [
        'ledger.csv',
        'ledger.xlsx',
        'capital.csv',
        'register.csv',
        'fec',
        'fec/history',
        'fec/verify',
        'fec/validate',
      ]) {
        expect(Object.keys(doc.body.paths)).toContain(`/v1/orgs/{slug}/exports/${path}`);
      }
    });
  });
});
