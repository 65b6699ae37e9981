import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import {
  createOrg,
  expectProblem,
  startApi,
  startWorker,
  TestApi,
  TestOrg,
  TestUser,
  userWithRole,
  paidUpMember,
} from '../support/app';
import { separateRoles } from '../support/databases';
import { startSmtp } from '../support/smtp';
import { mailedCodes } from '../support/voting-codes';

/** Reads a PDF's text back with poppler's pdftotext, lines kept as laid out: what a person reads on the page. */
function pdfText(bytes: Buffer): string {
  const file = path.join(documentsDir, `read-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString('utf8');
  } finally {
    rmSync(file);
  }
}

/** Supertest collects a PDF as a Buffer only when told to; problems stay JSON. */
/** The text with every run of white space as one space: phrases that wrap over lines read whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => {
      const body = Buffer.concat(chunks);
      done(null, /json/.test(String(res.headers['content-type'])) ? JSON.parse(body.toString('utf8')) : body);
    });
  });

let documentsDir: string;

/**
 * Minutes of a SCIC's ordinary assembly: a member with an account (Łukasz Wałęsa, who also holds
 * Chloé's proxy), one voting with a code (Hélène), one who stays away; the minutes PDF is issued
 * once, verifiable by its code and by its bytes.
 */
describe('minutes', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;
  let org: TestOrg;
  const post = (p: string, body: object, auth: object = org.admin.auth) =>
    api.http
      .post(`/v1/orgs/${org.slug}/${p}`)
      .set(auth as Record<string, string>)
      .send(body);
  const download = (p: string, auth: object = org.admin.auth, o: TestOrg = org) =>
    binary(api.http.get(`/v1/orgs/${o.slug}/${p}`).set(auth as Record<string, string>));
  const window = () => ({
    opensAt: new Date(Date.now() + 3600_000).toISOString(),
    closesAt: new Date(Date.now() + 7200_000).toISOString(),
  });

  /** A member holding one paid share, with an account linked when asked. */
  const shareholder = (names: { firstName: string; lastName: string }, withAccount = false) =>
    paidUpMember(api, org, { member: { ...names, eConsent: true }, withAccount });

  let assemblyId: string;
  let resolutionId: string;
  let lukasz: { id: string; user?: TestUser };

  beforeAll(async () => {
    documentsDir = mkdtempSync(path.join(tmpdir(), 'socius-documents-'));
    smtp = await startSmtp();
    api = await startApi({
      DOCUMENTS_DIR: documentsDir,
      PUBLIC_URL: 'https://socius.example.coop',
      SMTP_URL: smtp.url,
    });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
    org = await createOrg(api, undefined, {
      name: 'Coopérative des Tisserands de l’Étoile',
      siren: '552100554',
      address: '12 rue des Métiers, 69001 Lyon',
    });
    await post('share-classes', { code: 'A', name: 'A', nominalCents: 1000, minPerMember: 1 }).expect(201);

    lukasz = await shareholder({ firstName: 'Łukasz', lastName: 'Wałęsa' }, true);
    const helene = await shareholder({ firstName: 'Hélène', lastName: 'Dupré' });
    const chloe = await shareholder({ firstName: 'Chloé', lastName: 'Nguyễn' });
    await shareholder({ firstName: 'Ødön', lastName: 'Bartók' }); // stays away

    const assembly = await post('assemblies', {
      title: 'Assemblée générale ordinaire 2026',
      kind: 'ordinary',
      weighting: 'per_member',
      secret: true,
      maxProxiesPerHolder: 1,
      place: 'Maison des associations, Lyon',
      convocationMethod: 'Courriel du 2 novembre 2026 aux sociétaires',
    }).expect(201);
    assemblyId = assembly.body.id;
    const resolution = await post(`assemblies/${assemblyId}/resolutions`, {
      title: 'Approbation des comptes 2025',
      text: "L'assemblée générale approuve les comptes de l'exercice 2025.",
      majority: 'simple',
      quorumPercent: 50,
      ...window(),
    }).expect(201);
    resolutionId = resolution.body.id;
    await post(`assemblies/${assemblyId}/proxies`, { grantorMemberId: chloe.id, holderMemberId: lukasz.id }).expect(
      201,
    );
    const heleneCode = (await mailedCodes(api, smtp, org, assemblyId)).get(helene.id)!;

    expectProblem(await download(`resolutions/${resolutionId}/minutes.pdf`), 409); // a draft has no minutes
    await post(`resolutions/${resolutionId}/open`, {}).expect(200);
    await post(`resolutions/${resolutionId}/ballots`, { choice: 'for' }, lukasz.user!.auth).expect(201);
    await post(
      `resolutions/${resolutionId}/ballots`,
      { choice: 'for', onBehalfOfMemberId: chloe.id },
      lukasz.user!.auth,
    ).expect(201);
    await api.http
      .post(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/ballots`)
      .set('X-Voting-Code', heleneCode)
      .send({ choice: 'against' })
      .expect(201);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    rmSync(documentsDir, { recursive: true, force: true });
  });

  it('refuses the minutes of a resolution that has not closed (409), then issues them once it has', async () => {
    const res = await download(`resolutions/${resolutionId}/minutes.pdf`);
    expectProblem(res, 409);
    expect(res.body.type).toBe('/problems/resolution-not-closed');
    expectProblem(await download(`assemblies/${assemblyId}/minutes.pdf`), 409);
    await post(`resolutions/${resolutionId}/close`, {}).expect(200);
  });

  let pdf: Buffer;
  let code: string;

  it('prints the minutes in French with a Unicode font: co-op, assembly, text, counts, outcome, seal, attendance', async () => {
    const res = await download(`resolutions/${resolutionId}/minutes.pdf`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    code = res.headers['x-verification-code'];
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    const year = new Date().getUTCFullYear();
    expect(res.headers['x-document-number']).toBe(`PV-${year}-0001`);

    const text = pdfText(pdf);
    const [{ seal_hash: seal }] = await api.db.query(`SELECT seal_hash FROM resolutions WHERE id = $1`, [resolutionId]);
    for (const expected of [
      'Coopérative des Tisserands de l’Étoile',
      'SIREN 552 100 554',
      '12 rue des Métiers, 69001 Lyon',
      "Procès-verbal de l'assemblée générale ordinaire",
      'Maison des associations, Lyon',
      'Courriel du 2 novembre 2026 aux sociétaires',
      'Résolution n° 1 : Approbation des comptes 2025',
      "L'assemblée générale approuve les comptes de l'exercice 2025.",
      '3, dont 1 par procuration',
      'La résolution est adoptée.',
      seal,
      'Feuille de présence',
      'Łukasz Wałęsa',
      'Hélène Dupré',
      'Chloé Nguyễn',
      code,
      `https://socius.example.coop/v1/verify/${code}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(flat(text)).toMatch(/Chloé Nguyễn — 1 par procuration, pouvoir donné à n° 1 Łukasz Wałęsa/);
    expect(text).toMatch(/Pour\s+2\b/);
    expect(text).toMatch(/Contre\s+1\b/);
    expect(text).toMatch(/Abstention\s+0\b/);
    expect(text).toMatch(/Quorum requis\s+50\s*% — atteint/);
    expect(text).not.toContain('Ødön'); // who stayed away is not on the attendance sheet
    // the code printed on the page is the one in the header
    expect(text.match(/Code de vérification\s*:\s*([0-9A-Z]{10})/)?.[1]).toBe(code);
  });

  it('serves the stored bytes again: the same document, never drawn anew', async () => {
    const again = await download(`resolutions/${resolutionId}/minutes.pdf`, lukasz.user!.auth).expect(200); // a member reads it too
    expect(Buffer.compare(again.body, pdf)).toBe(0);
    expect(again.headers['x-verification-code']).toBe(code);
    const rows = await api.db.query(
      `SELECT sha256, storage_key, byte_count, number FROM documents WHERE organization_id = $1`,
      [org.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].byte_count).toBe(pdf.length);
    expect(existsSync(path.join(documentsDir, rows[0].storage_key))).toBe(true);
    // the registry is append-only: the application's role may not touch the file's columns, and the
    // title (which an erasure may pseudonymize, once) is refused by the trigger outside an erasure
    await expect(
      api.db.query(`UPDATE documents SET sha256 = repeat('0', 64) WHERE organization_id = $1`, [org.id]),
    ).rejects.toThrow(separateRoles() ? /permission denied for table documents/ : /append-only/);
    await expect(
      api.db.query(`UPDATE documents SET title = 'forged' WHERE organization_id = $1`, [org.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('verifies a code without logging in: what the document is and certifies; an unknown code is not valid', async () => {
    const res = await api.http.get(`/v1/verify/${code}`).expect(200);
    expect(res.body).toEqual({
      valid: true,
      document: expect.objectContaining({
        number: `PV-${new Date().getUTCFullYear()}-0001`,
        kind: 'resolution_minutes',
        language: 'fr',
        title: expect.stringContaining('Approbation des comptes 2025'),
        organization: { name: 'Coopérative des Tisserands de l’Étoile', legalForm: 'SCIC_SAS', siren: '552100554' },
        issuedAt: expect.any(String),
        summary: expect.objectContaining({ resolutions: [expect.objectContaining({ number: 1, outcome: 'adopted' })] }),
      }),
    });
    // typed by hand from the paper: lower case and a dash are fine
    expect(
      (await api.http.get(`/v1/verify/${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`).expect(200)).body.valid,
    ).toBe(true);
    expect((await api.http.get('/v1/verify/ZZZZZZZZZZ').expect(200)).body).toEqual({ valid: false });
    expect((await api.http.get('/v1/verify/not-a-code').expect(200)).body).toEqual({ valid: false });
  });

  it('verifies the file itself: the same bytes are valid, one changed byte is not', async () => {
    const res = await api.http.post('/v1/verify').set('Content-Type', 'application/pdf').send(pdf).expect(200);
    expect(res.body).toEqual({
      valid: true,
      document: expect.objectContaining({
        number: `PV-${new Date().getUTCFullYear()}-0001`,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    });
    const changed = Buffer.from(pdf);
    changed[Math.floor(changed.length / 2)] ^= 0x01;
    expect(
      (await api.http.post('/v1/verify').set('Content-Type', 'application/pdf').send(changed).expect(200)).body,
    ).toEqual({
      valid: false,
    });
    expectProblem(await api.http.post('/v1/verify').set('Content-Type', 'application/json').send({ file: 'x' }), 415);
  });

  it('issues an English version on request, as a document of its own', async () => {
    const res = await download(
      `resolutions/${resolutionId}/minutes.pdf?lang=en`,
      (await userWithRole(api, org, 'accountant')).auth,
    ).expect(200);
    expect(res.headers['x-document-number']).toBe(`PV-${new Date().getUTCFullYear()}-0002`);
    const text = pdfText(res.body);
    for (const expected of [
      'Minutes of the ordinary general meeting',
      'The resolution is adopted.',
      'Attendance sheet',
      'Łukasz Wałęsa',
      'by proxy, given to no. 1',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Verification code:\s*[0-9A-Z]{10}/);
    expectProblem(await download(`resolutions/${resolutionId}/minutes.pdf?lang=de`), 400, 'lang');
  });

  it('draws up an assembly’s minutes over its closed resolutions, anew when another one closes; concurrent first requests share one number', async () => {
    const first = await download(`assemblies/${assemblyId}/minutes.pdf`).expect(200);
    expect(pdfText(first.body)).toContain('Approbation des comptes 2025');

    const second = await post(`assemblies/${assemblyId}/resolutions`, {
      title: 'Élection au conseil coopératif',
      text: 'Un siège à pourvoir.',
      majority: 'simple',
      quorumPercent: 0,
      seats: 1,
      candidates: [
        { key: 'lw', label: 'Łukasz Wałęsa' },
        { key: 'hd', label: 'Hélène Dupré' },
      ],
      ...window(),
    }).expect(201);
    await post(`resolutions/${second.body.id}/open`, {}).expect(200);
    await post(`resolutions/${second.body.id}/ballots`, { choice: ['lw'] }, lukasz.user!.auth).expect(201);
    await post(`resolutions/${second.body.id}/close`, {}).expect(200);

    const answers = await Promise.all(
      Array.from({ length: 12 }, () => download(`assemblies/${assemblyId}/minutes.pdf`)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200)); // more requests than the pool's 10 connections
    expect(new Set(answers.map((a) => a.headers['x-document-number'])).size).toBe(1);
    expect(answers.every((a) => Buffer.compare(a.body, answers[0].body) === 0)).toBe(true);
    expect(answers[0].headers['x-document-number']).not.toBe(first.headers['x-document-number']);
    const text = pdfText(answers[0].body);
    for (const expected of [
      'Approbation des comptes 2025',
      'Élection au conseil coopératif',
      'Candidat(s) élu(s) : Łukasz Wałęsa.',
    ])
      expect(text).toContain(expected);

    // numbers stayed gapless: 0001 and 0002 (the resolution, in two languages), 0003 and 0004 (the assembly)
    const numbers = (
      await api.db.query(`SELECT number FROM documents WHERE organization_id = $1 ORDER BY number`, [org.id])
    ).map((r: { number: string }) => r.number.slice(-4));
    expect(numbers).toEqual(['0001', '0002', '0003', '0004']);
  });

  it("answers 404 for another organization's resolution or assembly, exactly like an unknown one", async () => {
    const other = await createOrg(api);
    const assembly = await api.http
      .post(`/v1/orgs/${other.slug}/assemblies`)
      .set(other.admin.auth)
      .send({ title: 'AG', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    const resolution = await api.http
      .post(`/v1/orgs/${other.slug}/assemblies/${assembly.body.id}/resolutions`)
      .set(other.admin.auth)
      .send({ title: 'R', text: 'T', majority: 'simple', quorumPercent: 0, ...window() })
      .expect(201);
    await api.http
      .post(`/v1/orgs/${other.slug}/resolutions/${resolution.body.id}/open`)
      .set(other.admin.auth)
      .send({})
      .expect(200);
    await api.http
      .post(`/v1/orgs/${other.slug}/resolutions/${resolution.body.id}/close`)
      .set(other.admin.auth)
      .send({})
      .expect(200);
    await download(`resolutions/${resolution.body.id}/minutes.pdf`, other.admin.auth, other).expect(200); // theirs to read

    expectProblem(await download(`resolutions/${resolution.body.id}/minutes.pdf`), 404);
    expectProblem(await download(`assemblies/${assembly.body.id}/minutes.pdf`), 404);
    expectProblem(await download('resolutions/00000000-0000-0000-0000-000000000000/minutes.pdf'), 404);
    expectProblem(await download(`resolutions/${resolutionId}/minutes.pdf`, other.admin.auth), 404); // no role here
  });

  it("records the meeting date, the bureau, the documents submitted and a summary of debates (R225-106); the attendance sheet gives each member's address and shares (R225-95)", async () => {
    await api.http
      .patch(`/v1/orgs/${org.slug}/members/${lukasz.id}`)
      .set(org.admin.auth)
      .send({ addressLine1: '4 rue Mercière', postalCode: '69002', city: 'Lyon' })
      .expect(200);
    const details = {
      meetingOn: '2026-06-20',
      chairName: 'Hélène Dupré',
      secretaryName: 'Chloé Nguyễn',
      scrutineerNames: ['Łukasz Wałęsa'],
      documentsSubmitted: ['Comptes annuels 2025', 'Rapport de gestion du conseil'],
      debatesSummary: 'Les sociétaires ont interrogé le conseil sur la provision pour travaux.',
    };
    expectProblem(
      await api.http
        .put(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/minutes-details`)
        .set(lukasz.user!.auth)
        .send(details),
      403,
    );
    const saved = await api.http
      .put(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/minutes-details`)
      .set(org.admin.auth)
      .send(details)
      .expect(200);
    expect(saved.body).toEqual(details);
    const text = flat(pdfText((await download(`assemblies/${assemblyId}/minutes.pdf`).expect(200)).body as Buffer));
    for (const expected of [
      'Date de la réunion 20 juin 2026',
      'Président de séance Hélène Dupré',
      'Secrétaire Chloé Nguyễn',
      'Scrutateurs Łukasz Wałęsa',
      '– Comptes annuels 2025',
      '– Rapport de gestion du conseil',
      'Résumé des débats Les sociétaires ont interrogé le conseil sur la provision pour travaux.',
    ]) {
      expect(text).toContain(expected);
    }
    // signed by the bureau: each title with the name under it
    expect(text).toContain('Le président de séance Le secrétaire de séance Hélène Dupré Chloé Nguyễn');
    // each holds one share of 10 €; Łukasz's address is in the register now
    expect(text).toMatch(/Łukasz Wałęsa 4 rue Mercière, 69002 Lyon 1 en personne/);
    expect(text).toMatch(/Hélène Dupré — 1 en personne/);
  });
});
