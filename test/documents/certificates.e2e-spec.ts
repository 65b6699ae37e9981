import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { SharesModule } from '@socius/shares';
import {
  createMember,
  createOrg,
  expectProblem,
  signup,
  startApi,
  TestApi,
  TestOrg,
  TestUser,
  userWithRole,
} from '../support/app';
import { CapturedMail, startSmtp, waitFor } from '../support/smtp';

let documentsDir: string;

/** A PDF's text as poppler's pdftotext lays it out, with the narrow and non-breaking spaces of French typography made plain. */
function pdfText(bytes: Buffer): string {
  const file = path.join(documentsDir, `read-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
      .toString('utf8')
      .replace(/[\u202f\u00a0]/g, ' ');
  } finally {
    rmSync(file);
  }
}

/** The text with every run of white space as one space: phrases that wrap over lines read whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Supertest collects a PDF as a Buffer only when told to; problems stay JSON. */
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => {
      const body = Buffer.concat(chunks);
      done(null, /json/.test(String(res.headers['content-type'])) ? JSON.parse(body.toString('utf8')) : body);
    });
  });

/** The PDF attached to a captured e-mail (base64 MIME part), or null. */
function attachedPdf(mail: CapturedMail): { filename: string; bytes: Buffer } | null {
  const part =
    /Content-Type: application\/pdf;?[^\r\n]*(?:\r\n[ \t][^\r\n]*)*\r\n(?:[\w-]+:[^\r\n]*(?:\r\n[ \t][^\r\n]*)*\r\n)*\r\n([A-Za-z0-9+/=\r\n]+)/.exec(
      mail.raw,
    );
  if (!part) return null;
  const filename = /filename="?([^";\r\n]+)"?/.exec(part[0])?.[1] ?? '';
  return { filename, bytes: Buffer.from(part[1].replace(/\s+/g, ''), 'base64') };
}

/**
 * The worker with the shares library: its job handlers (annual certificates) are found in every
 * module of the context. Works whether or not WorkerModule itself imports SharesModule.
 */
@Module({ imports: [WorkerModule, SharesModule] })
class WorkerWithDocuments {}

async function startDocumentsWorker(env: Record<string, string>): Promise<INestApplicationContext> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await NestFactory.createApplicationContext(WorkerWithDocuments, { logger: false });
  } finally {
    for (const key of Object.keys(env)) process.env[key] = saved[key];
  }
}

/**
 * Share certificates, subscription receipts, IR-PME statements and the capital statement of a
 * SCIC: Łukasz Wałęsa (with an account) holds A then B shares, Hélène Dupré and Chloé Nguyễn hold
 * A shares, a company holds A shares, Ødön Bartók holds nothing. Every document is issued once per
 * state, verifiable by its code, and the yearly certificates go out by e-mail exactly once.
 */
describe('certificates, receipts and statements', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let org: TestOrg;
  const post = (p: string, body: object, auth: object = org.admin.auth) =>
    api.http
      .post(`/v1/orgs/${org.slug}/${p}`)
      .set(auth as Record<string, string>)
      .send(body);
  const get = (p: string, auth: object = org.admin.auth) =>
    api.http.get(`/v1/orgs/${org.slug}/${p}`).set(auth as Record<string, string>);
  const download = (p: string, auth: object = org.admin.auth, o: TestOrg = org) =>
    binary(api.http.get(`/v1/orgs/${o.slug}/${p}`).set(auth as Record<string, string>));

  /** A subscription approved, then paid by the payments given (the last one issues the shares). */
  async function subscribe(
    memberId: string,
    shareClassCode: string,
    quantity: number,
    subscribedOn: string,
    payments: { amountCents: number; paidOn: string; method: string; reference?: string }[],
    decisionRef?: string,
  ): Promise<string> {
    const sub = await post('subscriptions', { memberId, shareClassCode, quantity, subscribedOn }).expect(201);
    await post(`subscriptions/${sub.body.id}/approve`, {
      decidedOn: subscribedOn,
      ...(decisionRef ? { decisionRef } : {}),
    }).expect(200);
    for (const p of payments) await post(`subscriptions/${sub.body.id}/payments`, p).expect(201);
    return sub.body.id;
  }

  let lukasz: { id: string; user: TestUser; subA: string };
  let helene: { id: string; sub: string };
  let chloe: { id: string };
  let company: { id: string };
  let odon: { id: string };

  beforeAll(async () => {
    documentsDir = mkdtempSync(path.join(tmpdir(), 'socius-certificates-'));
    smtp = await startSmtp();
    api = await startApi({
      DOCUMENTS_DIR: documentsDir,
      PUBLIC_URL: 'https://socius.example.coop',
      SMTP_URL: smtp.url,
    });
    org = await createOrg(api, undefined, {
      name: 'Coopérative des Tisserands de l’Étoile',
      siren: '552100554',
      address: '12 rue des Métiers, 69001 Lyon',
    });
    await post('colleges', { code: 'USA', name: 'Usagers', weightPercent: 50 }).expect(201);
    await post('colleges', { code: 'SAL', name: 'Salariés', weightPercent: 50 }).expect(201);
    await post('share-classes', { code: 'A', name: 'Parts coopérateurs', nominalCents: 10000, minPerMember: 1 }).expect(
      201,
    );
    await post('share-classes', { code: 'B', name: 'Parts de soutien', nominalCents: 5000, minPerMember: 0 }).expect(
      201,
    );

    const l = await createMember(api, org, {
      firstName: 'Łukasz',
      lastName: 'Wałęsa',
      email: 'lukasz@example.coop',
      eConsent: true,
      collegeCode: 'USA',
      addressLine1: '3 place Bellecour',
      postalCode: '69002',
      city: 'Lyon',
    });
    const subA = await subscribe(
      l.id,
      'A',
      15,
      '2026-01-10',
      [
        { amountCents: 100000, paidOn: '2026-01-15', method: 'transfer', reference: 'VIR-001' },
        { amountCents: 50000, paidOn: '2026-02-01', method: 'check', reference: 'CHQ 42' },
      ],
      'CA 2026-01',
    );
    const user = await signup(api, 'lukasz');
    await post('users', { email: user.email, role: 'member', memberId: l.id }).expect(201);
    lukasz = { id: l.id, user, subA };

    const h = await createMember(api, org, {
      firstName: 'Hélène',
      lastName: 'Dupré',
      email: 'helene@example.coop',
      eConsent: true,
      collegeCode: 'SAL',
    });
    helene = {
      id: h.id,
      sub: await subscribe(h.id, 'A', 2, '2026-02-03', [{ amountCents: 20000, paidOn: '2026-02-04', method: 'card' }]),
    };
    const c = await createMember(api, org, {
      firstName: 'Chloé',
      lastName: 'Nguyễn',
      email: 'chloe@example.coop',
      eConsent: false,
      collegeCode: 'USA',
    });
    await subscribe(c.id, 'A', 1, '2026-02-05', [{ amountCents: 10000, paidOn: '2026-02-05', method: 'cash' }]);
    chloe = { id: c.id };
    const co = await createMember(api, org, {
      kind: 'legal_entity',
      companyName: 'Bâtir Ensemble SAS',
      siren: '732829320',
      legalRepresentative: 'Anaïs Côté',
      email: 'contact@batir.example.coop',
      eConsent: true,
      collegeCode: 'USA',
    });
    await subscribe(co.id, 'A', 5, '2026-02-06', [{ amountCents: 50000, paidOn: '2026-02-06', method: 'transfer' }]);
    company = { id: co.id };
    odon = {
      id: (
        await createMember(api, org, {
          firstName: 'Ødön',
          lastName: 'Bartók',
          email: 'odon@example.coop',
          eConsent: true,
        })
      ).id,
    };
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  let certificate: Buffer;
  let code: string;
  let number: string;

  it('certifies the holdings at a past date, in French with a Unicode font: member, membership, shares, capital, variable capital', async () => {
    const res = await download(`members/${lukasz.id}/certificate.pdf?at=2026-02-15`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    certificate = res.body;
    code = res.headers['x-verification-code'];
    number = res.headers['x-document-number'];
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(number).toBe(`ATT-${new Date().getUTCFullYear()}-0001`);

    const text = pdfText(certificate);
    for (const expected of [
      'Coopérative des Tisserands de l’Étoile',
      'SIREN 552 100 554',
      '12 rue des Métiers, 69001 Lyon',
      'Attestation de détention de parts sociales',
      'au 15 février 2026',
      'Łukasz Wałęsa',
      '3 place Bellecour, 69002 Lyon',
      'USA — Usagers',
      'CA 2026-01',
      'A — Parts coopérateurs',
      'Capital variable',
      'ne sont pas négociables',
      'au plus à leur valeur nominale',
      'risque de perte en capital',
      `https://socius.example.coop/v1/verify/${code}`,
    ]) {
      expect(flat(text)).toContain(expected);
    }
    expect(text).toMatch(/Numéro de sociétaire\s+1\n/);
    expect(text).toMatch(/Admission\s+1er février 2026 — CA 2026-01/);
    expect(text).toContain('Page 1 / 1');
    expect(text).toMatch(/A — Parts coopérateurs\s+15\s+100,00 €\s+1 500,00 €/);
    expect(text).toMatch(/Total\s+15\s+1 500,00 €/);
    expect(text).toMatch(/Capital libéré \(versé\)\s+1 500,00 €/);
    expect(text).not.toContain('Parts de soutien'); // not yet held on 15 February
    expect(text.match(/Code de vérification\s*:\s*([0-9A-Z]{10})/)?.[1]).toBe(code);
  });

  it('serves the same bytes again, even after a movement dated later; today’s certificate is a new document', async () => {
    await subscribe(lukasz.id, 'B', 4, '2026-03-10', [
      { amountCents: 20000, paidOn: '2026-03-10', method: 'transfer', reference: 'VIR-002' },
    ]);
    const again = await download(`members/${lukasz.id}/certificate.pdf?at=2026-02-15`).expect(200);
    expect(Buffer.compare(again.body, certificate)).toBe(0);
    expect(again.headers['x-verification-code']).toBe(code);
    expect(again.headers['x-document-number']).toBe(number);

    const today = await download(`members/${lukasz.id}/certificate.pdf`).expect(200);
    expect(today.headers['x-document-number']).not.toBe(number);
    const text = pdfText(today.body);
    expect(text).toMatch(/B — Parts de soutien\s+4\s+50,00 €\s+200,00 €/);
    expect(text).toMatch(/Total\s+19\s+1 700,00 €/);
    const again2 = await download(`members/${lukasz.id}/certificate.pdf`).expect(200);
    expect(Buffer.compare(again2.body, today.body)).toBe(0);
    expect(
      (
        await api.db.query(
          `SELECT count(*)::int AS n FROM documents WHERE organization_id = $1 AND kind = 'share_certificate'`,
          [org.id],
        )
      )[0].n,
    ).toBe(2);
  });

  it('keeps the number of a certificate whose storing failed for the next request of it: numbers stay gapless', async () => {
    const orgDir = path.join(documentsDir, org.id);
    renameSync(orgDir, `${orgDir}.away`);
    writeFileSync(orgDir, 'not a directory'); // the storage cannot write there
    try {
      expect((await download(`members/${lukasz.id}/certificate.pdf?at=2026-03-31`)).status).toBe(500);
    } finally {
      rmSync(orgDir);
      renameSync(`${orgDir}.away`, orgDir);
    }
    const [reserved] = await api.db.query(
      `SELECT number, verification_code FROM document_reservations WHERE organization_id = $1`,
      [org.id],
    );
    expect(reserved.number).toMatch(/^ATT-\d{4}-\d{4}$/);
    expect((await api.http.get(`/v1/verify/${reserved.verification_code}`).expect(200)).body).toEqual({ valid: false }); // not issued yet

    const completed = await download(`members/${lukasz.id}/certificate.pdf?at=2026-03-31`).expect(200);
    expect(completed.headers['x-document-number']).toBe(reserved.number);
    expect(completed.headers['x-verification-code']).toBe(reserved.verification_code);
    expect((await api.http.get(`/v1/verify/${reserved.verification_code}`).expect(200)).body.valid).toBe(true);
    expect(await api.db.query(`SELECT * FROM document_reservations WHERE organization_id = $1`, [org.id])).toEqual([]);
    const next = await download(`members/${lukasz.id}/certificate.pdf?at=2026-04-30`).expect(200);
    const serial = (n: string) => Number(n.slice(-4));
    expect(serial(String(next.headers['x-document-number']))).toBe(serial(reserved.number) + 1);
  });

  it('is verifiable without logging in: what it certifies', async () => {
    const res = await api.http.get(`/v1/verify/${code}`).expect(200);
    expect(res.body).toEqual({
      valid: true,
      document: expect.objectContaining({
        number,
        kind: 'share_certificate',
        language: 'fr',
        title: expect.stringContaining('Łukasz Wałęsa'),
        organization: { name: 'Coopérative des Tisserands de l’Étoile', legalForm: 'SCIC_SAS', siren: '552100554' },
        summary: expect.objectContaining({
          at: '2026-02-15',
          totalQuantity: 15,
          totalCents: 150000,
          member: expect.objectContaining({ name: 'Łukasz Wałęsa', membershipNumber: 1 }),
        }),
      }),
    });
    expect(
      (await api.http.post('/v1/verify').set('Content-Type', 'application/pdf').send(certificate).expect(200)).body
        .valid,
    ).toBe(true);
  });

  it('gives a member their own certificate and no one else’s (404); accountants read them; a future date is refused', async () => {
    const own = await download(`members/${lukasz.id}/certificate.pdf?at=2026-02-15`, lukasz.user.auth).expect(200);
    expect(Buffer.compare(own.body, certificate)).toBe(0);
    expectProblem(await download(`members/${helene.id}/certificate.pdf`, lukasz.user.auth), 404);
    expectProblem(await download(`members/${helene.id}/tax-certificate.pdf?year=2026`, lukasz.user.auth), 404);
    const accountant = await userWithRole(api, org, 'accountant');
    expect(
      pdfText((await download(`members/${helene.id}/certificate.pdf`, accountant.auth).expect(200)).body),
    ).toContain('Hélène Dupré');
    expectProblem(await download(`members/${lukasz.id}/certificate.pdf?at=2999-01-01`), 400, 'at');
    expectProblem(await download(`members/${lukasz.id}/certificate.pdf?at=2026-02-30`), 400, 'at');
    // nor a date before the admission: nothing to certify, and no document stored for it
    const { admittedOn } = (await api.http.get(`/v1/orgs/${org.slug}/members/${lukasz.id}`).set(org.admin.auth)).body;
    const dayBefore = new Date(Date.parse(`${admittedOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const stored = async () =>
      (await api.db.query(`SELECT count(*)::int AS n FROM documents WHERE organization_id = $1`, [org.id]))[0].n;
    const before = await stored();
    expectProblem(await download(`members/${lukasz.id}/certificate.pdf?at=${dayBefore}`), 400, 'at');
    expectProblem(await download(`members/${lukasz.id}/certificate.pdf?at=1000-01-01`), 400, 'at');
    expect(await stored()).toBe(before);
    await download(`members/${lukasz.id}/certificate.pdf?at=${admittedOn}`).expect(200);
    expectProblem(await download('members/00000000-0000-0000-0000-000000000000/certificate.pdf'), 404);
    const other = await createOrg(api);
    expectProblem(await download(`members/${lukasz.id}/certificate.pdf`, other.admin.auth, other), 404);
  });

  it('issues an English version on request, with the same figures', async () => {
    const res = await download(`members/${lukasz.id}/certificate.pdf?at=2026-02-15&lang=en`).expect(200);
    expect(res.headers['x-document-number']).not.toBe(number);
    const text = pdfText(res.body);
    for (const expected of [
      'Certificate of cooperative shares held',
      'as at 15 February 2026',
      'Łukasz Wałęsa',
      'Variable capital',
      'not negotiable',
      'risk of losing capital',
    ])
      expect(flat(text)).toContain(expected);
    expect(text).toMatch(/Total\s+15\s+1 500,00 €/);
    expect(text.match(/Verification code:\s*([0-9A-Z]{10})/)?.[1]).toBe(res.headers['x-verification-code']);
  });

  it('receipts a subscription with its payments, and draws a new receipt after another payment', async () => {
    const res = await download(`subscriptions/${lukasz.subA}/receipt.pdf`, lukasz.user.auth).expect(200);
    expect(res.headers['x-document-number']).toMatch(/^RECU-\d{4}-0001$/);
    const text = pdfText(res.body);
    for (const expected of [
      'Reçu de souscription de parts sociales',
      `SOUS-${lukasz.subA.slice(0, 8).toUpperCase()}`,
      'Łukasz Wałęsa',
      'parts émises',
      'VIR-001',
      'CHQ 42',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/15 janvier 2026\s+virement\s+VIR-001\s+1 000,00 €/);
    expect(text).toMatch(/1er février 2026\s+chèque\s+CHQ 42\s+500,00 €/);
    expect(text).toMatch(/Montant versé\s+1 500,00 €/);
    expect(flat(text)).toContain('la somme totale de 1 500,00 €');
    expect(text.match(/Code de vérification\s*:\s*([0-9A-Z]{10})/)?.[1]).toBe(res.headers['x-verification-code']);
    expectProblem(await download(`subscriptions/${helene.sub}/receipt.pdf`, lukasz.user.auth), 404);

    // a pending subscription: a receipt with nothing paid, then another once paid
    const pending = await post('subscriptions', {
      memberId: helene.id,
      shareClassCode: 'A',
      quantity: 3,
      subscribedOn: '2026-04-01',
    }).expect(201);
    const before = await download(`subscriptions/${pending.body.id}/receipt.pdf`).expect(200);
    expect(pdfText(before.body)).toContain('Aucun versement enregistré.');
    await post(`subscriptions/${pending.body.id}/payments`, {
      amountCents: 12000,
      paidOn: '2026-04-02',
      method: 'direct_debit',
      reference: 'PRLV-7',
    }).expect(201);
    const after = await download(`subscriptions/${pending.body.id}/receipt.pdf`).expect(200);
    expect(after.headers['x-document-number']).not.toBe(before.headers['x-document-number']);
    const paidText = pdfText(after.body);
    expect(paidText).toMatch(/2 avril 2026\s+prélèvement\s+PRLV-7\s+120,00 €/);
    expect(paidText).toMatch(/Reste à verser\s+180,00 €/);
    expect(paidText).toContain('en attente de décision');
  });

  it('states the year’s payments for the IR-PME reduction of a natural person, and refuses a legal entity or an empty year (422)', async () => {
    const res = await download(`members/${lukasz.id}/tax-certificate.pdf?year=2026`, lukasz.user.auth).expect(200);
    expect(res.headers['x-document-number']).toMatch(/^IRPME-\d{4}-0001$/);
    const text = pdfText(res.body);
    for (const expected of [
      "application de l'article 199 terdecies-0 A du CGI",
      'Coopérative des Tisserands de l’Étoile',
      '12 rue des Métiers, 69001 Lyon',
      'Łukasz Wałęsa',
      '3 place Bellecour, 69002 Lyon',
      'c, d et e du 2° du I',
    ]) {
      expect(flat(text)).toContain(expected);
    }
    expect(text).toMatch(/Raison sociale\s+Coopérative des Tisserands de l’Étoile/);
    expect(text).toMatch(/10 janvier 2026\s+A\s+15\s+1 500,00 €/);
    expect(text).toMatch(/10 mars 2026\s+B\s+4\s+200,00 €/);
    expect(text).toMatch(/15 janvier 2026\s+SOUS-\w{8}\s+1 000,00 €/);
    expect(text).toMatch(/1er février 2026\s+SOUS-\w{8}\s+500,00 €/);
    expect(text).toMatch(/10 mars 2026\s+SOUS-\w{8}\s+200,00 €/);
    expect(text).toMatch(/Total versé en 2026\s+1 700,00 €/);
    expect(text.match(/Code de vérification\s*:\s*([0-9A-Z]{10})/)?.[1]).toBe(res.headers['x-verification-code']);
    expect(
      Buffer.compare((await download(`members/${lukasz.id}/tax-certificate.pdf?year=2026`).expect(200)).body, res.body),
    ).toBe(0);

    const legal = await download(`members/${company.id}/tax-certificate.pdf?year=2026`);
    expectProblem(legal, 422);
    expect(legal.body.type).toBe('/problems/tax-certificate-natural-persons-only');
    const empty = await download(`members/${lukasz.id}/tax-certificate.pdf?year=2025`);
    expectProblem(empty, 422);
    expect(empty.body.type).toBe('/problems/no-payments-in-year');
    expectProblem(await download(`members/${odon.id}/tax-certificate.pdf?year=2026`), 422);
    // without a year: the last calendar year
    const byDefault = await download(`members/${lukasz.id}/tax-certificate.pdf`);
    const explicit = await download(`members/${lukasz.id}/tax-certificate.pdf?year=${new Date().getUTCFullYear() - 1}`);
    expect([byDefault.status, byDefault.body.type]).toEqual([explicit.status, explicit.body.type]);
    expectProblem(await download(`members/${lukasz.id}/tax-certificate.pdf?year=abc`), 400, 'year');
  });

  it('prints the capital statement with the figures of GET capital, per class and per college, and its floor', async () => {
    const at = '2026-03-31';
    const figures = (await get(`capital?at=${at}`).expect(200)).body;
    expect(figures).toEqual(expect.objectContaining({ totalCents: 250000, totalShares: 27, memberCount: 4 }));
    const accountant = await userWithRole(api, org, 'accountant');
    const res = await download(`capital.pdf?at=${at}`, accountant.auth).expect(200);
    expect(res.headers['x-document-number']).toMatch(/^CAP-\d{4}-0001$/);
    const text = pdfText(res.body);
    expect(text).toContain('État du capital social');
    expect(text).toContain('au 31 mars 2026');
    expect(text).toMatch(/Capital souscrit\s+2 500,00 €/);
    expect(text).toMatch(/Nombre de parts\s+27\n/);
    expect(text).toMatch(/Nombre de sociétaires\s+4\n/);
    expect(text).toMatch(/A — Parts coopérateurs\s+100,00 €\s+23\s+2 300,00 €\s+2 300,00 €\s+2 300,00 €\s+4\n/);
    expect(text).toMatch(/B — Parts de soutien\s+50,00 €\s+4\s+200,00 €\s+200,00 €\s+200,00 €\s+1\n/);
    expect(text).toMatch(/Total\s+27\s+2 500,00 €\s+2 500,00 €\s+2 500,00 €\s+4\n/);
    const usa = figures.colleges.find((c: { collegeCode: string }) => c.collegeCode === 'USA');
    expect(usa).toEqual(expect.objectContaining({ quantity: 25, subscribedCents: 230000, memberCount: 3 }));
    expect(text).toMatch(/USA — Usagers\s+50 %\s+25\s+2 300,00 €\s+3\n/);
    expect(text).toMatch(/SAL — Salariés\s+50 %\s+2\s+200,00 €\s+1\n/);
    expect(text).toMatch(/Capital le plus élevé atteint\s+2 500,00 €/); // Hélène's 3 pending shares are not issued
    expect(text).toMatch(/Plancher\s+625,00 €/);
    expect(flat(text)).toContain('25 % du capital le plus élevé atteint');
    expect(figures.floorCents).toBe(62500);
    const again = await download(`capital.pdf?at=${at}`).expect(200);
    expect(Buffer.compare(again.body, res.body)).toBe(0);
    expectProblem(await download(`capital.pdf?at=${at}`, lukasz.user.auth), 403);
  });

  it('mails each consenting shareholder their certificate once a year, through a real SMTP server; a second run sends nothing', async () => {
    const worker = await startDocumentsWorker({ RUN_OUTBOX_RELAY: 'true', DOCUMENTS_DIR: documentsDir });
    try {
      expectProblem(await post('documents/annual-certificates', { at: '2026-06-30' }, lukasz.user.auth), 403);
      expectProblem(await post('documents/annual-certificates', { at: '2999-06-30' }), 400, 'at');
      const run = async (tryTwice = false) => {
        const accepted = await post('documents/annual-certificates', { at: '2026-06-30' }).expect(202);
        expect(accepted.body).toEqual({ jobId: expect.any(String) });
        if (tryTwice) {
          // refused while the first one is queued or running (it takes far longer than this request)
          const twice = await post('documents/annual-certificates', { at: '2026-06-30' });
          expectProblem(twice, 409);
          expect(twice.body).toEqual(
            expect.objectContaining({ type: '/problems/annual-certificates-running', jobId: accepted.body.jobId }),
          );
        }
        return waitFor(
          async () => {
            const job = (await get(`jobs/${accepted.body.jobId}`).expect(200)).body;
            if (job.status === 'failed') throw new Error(`annual certificates failed: ${job.error}`);
            return job.status === 'completed' && job;
          },
          60_000,
          'the annual certificates job',
        );
      };
      const first = await run(true);
      expect(first.progress).toBe(100);
      expect(first.result).toEqual({ at: '2026-06-30', members: 4, sent: 3, notEmailed: 1 });
      const mails = () => smtp.mails.filter((m) => /^ATT-/.test(attachedPdf(m)?.filename ?? '')); // not invitations, reports ...
      expect(
        mails()
          .map((m) => m.to[0])
          .sort(),
      ).toEqual(['contact@batir.example.coop', 'helene@example.coop', 'lukasz@example.coop']);
      for (const mail of mails()) {
        const pdf = attachedPdf(mail);
        expect(pdf).not.toBeNull();
        expect(pdf!.filename).toMatch(/^ATT-\d{4}-\d{4}\.pdf$/);
        expect(pdf!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
        const text = pdfText(pdf!.bytes);
        expect(text).toContain('au 30 juin 2026');
        const holder = {
          'lukasz@example.coop': 'Łukasz Wałęsa',
          'helene@example.coop': 'Hélène Dupré',
          'contact@batir.example.coop': 'Bâtir Ensemble SAS',
        }[mail.to[0]]!;
        expect(text).toContain(holder);
        // the attachment is the registered document itself
        const verified = (
          await api.http.post('/v1/verify').set('Content-Type', 'application/pdf').send(pdf!.bytes).expect(200)
        ).body;
        expect(verified).toEqual({
          valid: true,
          document: expect.objectContaining({
            kind: 'share_certificate',
            summary: expect.objectContaining({ at: '2026-06-30' }),
          }),
        });
      }
      expect(pdfText(attachedPdf(mails().find((m) => m.to[0] === 'lukasz@example.coop')!)!.bytes)).toMatch(
        /Total\s+19\s+1 700,00 €/,
      );
      const companyText = pdfText(attachedPdf(mails().find((m) => m.to[0] === 'contact@batir.example.coop')!)!.bytes);
      expect(companyText).toMatch(/Raison sociale\s+Bâtir Ensemble SAS/);
      expect(companyText).toMatch(/SIREN\s+732 829 320/);
      expect(companyText).toMatch(/Représentant légal\s+Anaïs Côté/);
      expect(companyText).toContain('Page 1 / 1');

      const second = await run();
      expect(second.result).toEqual({ at: '2026-06-30', members: 4, sent: 0, notEmailed: 1 });
      expect(mails()).toHaveLength(3);
      // one certificate per holder at that date, not one per run; Ødön holds nothing and gets none
      const issued = await api.db.query(
        `SELECT subject_id FROM documents WHERE organization_id = $1 AND kind = 'share_certificate' AND subject_version LIKE '2026-06-30:%'`,
        [org.id],
      );
      expect(issued.map((r: { subject_id: string }) => r.subject_id).sort()).toEqual(
        [lukasz.id, helene.id, chloe.id, company.id].sort(),
      );
    } finally {
      await worker.close();
    }
  }, 150_000);
});
