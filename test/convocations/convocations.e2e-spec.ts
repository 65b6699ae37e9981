import { INestApplicationContext } from '@nestjs/common';
import { ConvocationsService } from '@socius/convocations';
import { JobSchedules } from '@socius/jobs';
import { execFileSync } from 'node:child_process';
import {
  admittedMember,
  createOrg,
  expectProblem,
  signup,
  startApi,
  startWorker,
  TestApi,
  TestOrg,
  uniqueEmail,
  userWithRole,
} from '../support/app';
import { header, parts, startSmtp, textOf, waitFor } from '../support/smtp';
import { codeIn, mailedCodes, memberOf } from '../support/voting-codes';

const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
const pdfPages = (pdf: Buffer) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8'))![1]);
const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('convocations: e-mail to members who consented, post for the others, reminders and result notices', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://socius.example.coop' });
    worker = await startWorker({ RUN_OUTBOX_RELAY: 'true' });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  const mailsTo = (emails: string[]) => smtp.mails.filter((m) => emails.includes(m.to[0]));
  const remindersTo = (emails: string[]) =>
    mailsTo(emails).filter((m) => header(m.raw, 'Message-ID').startsWith('<reminder.'));

  async function jobDone(org: TestOrg, jobId: string) {
    return waitFor(
      async () => {
        const res = await api.http.get(`/v1/orgs/${org.slug}/jobs/${jobId}`).set(org.admin.auth).expect(200);
        if (res.body.status === 'failed') throw new Error(`job failed: ${res.body.error}`);
        return res.body.status === 'completed' ? res.body : undefined;
      },
      30_000,
      `job ${jobId}`,
    );
  }

  const inDays = (days: number, hours = 0) => new Date(Date.now() + days * 86_400_000 + hours * 3600_000).toISOString();

  describe('convening an assembly', () => {
    let org: TestOrg;
    let assemblyId: string;
    const consenting: { id: string; email: string }[] = [];
    const postal: { id: string; name: string; reason: string }[] = [];
    let jobId: string;

    beforeAll(async () => {
      org = await createOrg(api, undefined, { name: 'Coopérative des Lilas' });
      for (let i = 0; i < 20; i++) {
        const email = uniqueEmail('consent');
        const m = await admittedMember(api, org, {
          firstName: 'Élise',
          lastName: `Consentante-${i}`,
          email,
          eConsent: true,
        });
        consenting.push({ id: m.id, email });
      }
      for (let i = 0; i < 5; i++) {
        const m = await admittedMember(api, org, {
          firstName: 'Paul',
          lastName: `SansConsentement-${i}`,
          eConsent: false,
          addressLine1: `${i + 1} rue des Lilas`,
          postalCode: '69001',
          city: 'Lyon',
        });
        postal.push({ id: m.id, name: `Paul SansConsentement-${i}`, reason: 'no-consent' });
      }
      for (let i = 0; i < 4; i++) {
        const m = await admittedMember(api, org, {
          firstName: 'Zoé',
          lastName: `SansCourriel-${i}`,
          email: undefined,
          eConsent: true,
          addressLine1: `${i + 10} avenue Foch`,
          postalCode: '75016',
          city: 'Paris',
        });
        postal.push({ id: m.id, name: `Zoé SansCourriel-${i}`, reason: 'no-email' });
      }
      const entity = await admittedMember(api, org, {
        kind: 'legal_entity',
        companyName: 'Scierie Dupont SARL',
        legalRepresentative: 'Marc Dupont',
        email: undefined,
        addressLine1: 'ZA du Bois',
        postalCode: '88000',
        city: 'Épinal',
      });
      postal.push({ id: entity.id, name: 'Scierie Dupont SARL', reason: 'no-email' });
      // an applicant is not a member yet: convened neither way
      await api.http
        .post(`/v1/orgs/${org.slug}/members`)
        .set(org.admin.auth)
        .send({
          kind: 'person',
          firstName: 'Candide',
          lastName: 'Postulant',
          email: uniqueEmail('applicant'),
          eConsent: true,
        })
        .expect(201);

      const assembly = await api.http
        .post(`/v1/orgs/${org.slug}/assemblies`)
        .set(org.admin.auth)
        .send({ title: 'Assemblée générale 2026', kind: 'ordinary', weighting: 'per_member', secret: false })
        .expect(201);
      assemblyId = assembly.body.id;
      for (const title of ['Approbation des comptes 2025', 'Affectation du résultat']) {
        await api.http
          .post(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/resolutions`)
          .set(org.admin.auth)
          .send({
            title,
            text: 'Le texte.',
            majority: 'simple',
            quorumPercent: 0,
            opensAt: inDays(20),
            closesAt: inDays(34),
          })
          .expect(201);
      }
    });

    it('answers 202 with the job and the counts, and e-mails each consenting member once, with the agenda and the letter as a PDF attachment', async () => {
      const res = await api.http
        .post(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations`)
        .set(org.admin.auth)
        .expect(202);
      expect(res.body).toEqual({
        jobId: expect.any(String),
        emailCount: 20,
        postalCount: 10,
        alreadySent: 0,
        warnings: [],
      });
      jobId = res.body.jobId;
      const job = await jobDone(org, jobId);
      expect(job).toEqual(
        expect.objectContaining({
          status: 'completed',
          progress: 100,
          error: null,
          result: expect.objectContaining({ total: 20, sent: 20, skipped: 0, failed: 0 }),
        }),
      );

      const mails = mailsTo(consenting.map((c) => c.email));
      expect(mails).toHaveLength(20);
      expect(new Set(mails.map((m) => m.to[0])).size).toBe(20);
      expect(smtp.mails.filter((m) => /Postulant|applicant/.test(m.to[0]))).toHaveLength(0);
      for (const mail of mails) {
        const pdfPart = parts(mail.raw).find((p) => /content-type: application\/pdf/i.test(p.headers));
        expect(pdfPart).toBeDefined();
        expect(pdfPart!.headers).toMatch(/filename="?convocation-/i);
        const member = consenting.find((c) => c.email === mail.to[0])!;
        expect(header(mail.raw, 'Message-ID')).toBe(`<convocation.${assemblyId}.${member.id}@socius>`);
      }
      expect(header(mails[0].raw, 'Subject')).toBe(
        "Coopérative des Lilas : convocation à l'assemblée générale « Assemblée générale 2026 »",
      );
      const text = textOf(mails[0]);
      expect(text).toContain(
        "Vous êtes convoqué·e à l'assemblée générale ordinaire « Assemblée générale 2026 » de Coopérative des Lilas.",
      );
      expect(text).toMatch(/1\. Approbation des comptes 2025 — vote du .+ au .+/);
      expect(text).toMatch(/2\. Affectation du résultat/);
      // these members have no account: each is sent their own code, as a link to the web app
      expect(text).toMatch(
        /Pour voter, ouvrez ce lien personnel : https:\/\/socius\.example\.coop\/vote#code=[0-9A-Z]{4}(-[0-9A-Z]{4}){3}\r?\n/,
      );
      expect(text).toContain(
        `ou allez sur https://socius.example.coop/vote et tapez votre code de vote : ${codeIn(mails[0])}`,
      );
      expect(text).not.toContain('/v1/');
      expect(text).not.toContain('X-Voting-Code');
      expect(new Set(mails.map(codeIn)).size).toBe(20);

      const letter = pdfText(
        Buffer.from(parts(mails[0].raw).find((p) => /application\/pdf/i.test(p.headers))!.body, 'base64'),
      );
      expect(letter).toContain("Convocation à l'assemblée générale ordinaire");
      expect(letter).toContain('Approbation des comptes 2025');
      expect(letter).toContain('Comment voter');
      expect(letter).toContain(`https://socius.example.coop/o/${org.slug}/votes`);
      expect(letter).toMatch(/allez sur\s+https:\/\/socius\.example\.coop\/vote et tapez/);
      expect(letter).not.toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/); // the same for all: no code
    });

    it('lists the others in postal.csv (French preset) with their address and why they are convened by post', async () => {
      const res = await api.http
        .get(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations/postal.csv`)
        .set(org.admin.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="convocations-courrier-/);
      const body = (res.body as Buffer).toString('utf8');
      expect(body.startsWith('\uFEFF')).toBe(true);
      const lines = body.slice(1).split('\r\n').filter(Boolean);
      expect(lines[0]).toBe(
        'membershipNumber;name;legalRepresentative;addressLine1;addressLine2;postalCode;city;country;reason',
      );
      expect(lines).toHaveLength(1 + postal.length);
      expect(
        lines
          .slice(1)
          .map((l) => l.split(';')[1])
          .sort(),
      ).toEqual(postal.map((p) => p.name).sort());
      expect(lines).toContain(lines.find((l) => l.includes('Scierie Dupont SARL'))!);
      expect(lines.find((l) => l.includes('Scierie Dupont SARL'))).toMatch(
        /;Scierie Dupont SARL;Marc Dupont;ZA du Bois;;88000;Épinal;FR;no-email$/,
      );
      expect(lines.find((l) => l.includes('SansConsentement-0'))).toMatch(
        /;1 rue des Lilas;;69001;Lyon;FR;no-consent$/,
      );
    });

    it('prints one letter per postal member in letters.pdf, addressed for a window envelope, with the agenda', async () => {
      const res = await api.http
        .get(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations/letters.pdf`)
        .set(org.admin.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['x-total-count']).toBe('10');
      const pdf = res.body as Buffer;
      expect(pdfPages(pdf)).toBe(10);
      const text = pdfText(pdf);
      for (const p of postal) expect(text).toContain(p.name);
      expect(text).toContain("À l'attention de Marc Dupont");
      expect(text).toContain('88000 ÉPINAL');
      expect(text.match(/Approbation des comptes 2025/g)).toHaveLength(10);
      // none of them has an account: each letter prints the page to go to and that member's code
      expect(
        text.match(/Allez sur https:\/\/socius\.example\.coop\/vote et tapez votre code de vote personnel/g),
      ).toHaveLength(10);
      expect(new Set(text.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/g)).size).toBe(10);

      const page = await api.http
        .get(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations/letters.pdf?offset=8&limit=5`)
        .set(org.admin.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(pdfPages(page.body)).toBe(2);
      expectProblem(
        await api.http
          .get(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations/letters.pdf?limit=201`)
          .set(org.admin.auth),
        400,
        'limit',
      );
    });

    it('sends nothing new when the convocation is posted again, and reaches only a member who consented since', async () => {
      const again = await api.http
        .post(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations`)
        .set(org.admin.auth)
        .expect(202);
      expect(again.body).toEqual(expect.objectContaining({ emailCount: 20, postalCount: 10, alreadySent: 20 }));
      expect(await jobDone(org, again.body.jobId)).toEqual(
        expect.objectContaining({ progress: 100, result: expect.objectContaining({ sent: 0 }) }),
      );
      expect(mailsTo(consenting.map((c) => c.email))).toHaveLength(20);

      const late = uniqueEmail('late');
      await api.http
        .patch(`/v1/orgs/${org.slug}/members/${postal[0].id}`)
        .set(org.admin.auth)
        .send({ email: late, eConsent: true })
        .expect(200);
      const third = await api.http
        .post(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations`)
        .set(org.admin.auth)
        .expect(202);
      expect(third.body).toEqual(expect.objectContaining({ emailCount: 21, postalCount: 9, alreadySent: 20 }));
      await jobDone(org, third.body.jobId);
      expect(mailsTo([late])).toHaveLength(1);
      expect(mailsTo(consenting.map((c) => c.email))).toHaveLength(20);
      const sent = await api.db.query(
        `SELECT count(*)::int AS n FROM deliveries WHERE purpose = $1 AND status = 'sent'`,
        [`convocation:${assemblyId}`],
      );
      expect(sent[0].n).toBe(21);
    });

    it('is for admins of the organization only: 403 for an accountant, 404 for another organization or an unknown assembly', async () => {
      const accountant = await userWithRole(api, org, 'accountant');
      expectProblem(
        await api.http.post(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations`).set(accountant.auth),
        403,
      );
      expectProblem(
        await api.http
          .get(`/v1/orgs/${org.slug}/assemblies/${assemblyId}/convocations/postal.csv`)
          .set(accountant.auth),
        403,
      );
      const other = await createOrg(api);
      expectProblem(
        await api.http.post(`/v1/orgs/${other.slug}/assemblies/${assemblyId}/convocations`).set(other.admin.auth),
        404,
      );
      expectProblem(
        await api.http
          .get(`/v1/orgs/${other.slug}/assemblies/${assemblyId}/convocations/postal.csv`)
          .set(other.admin.auth),
        404,
      );
      expectProblem(
        await api.http
          .get(`/v1/orgs/${other.slug}/assemblies/${assemblyId}/convocations/letters.pdf`)
          .set(other.admin.auth),
        404,
      );
      expectProblem(await api.http.get(`/v1/orgs/${org.slug}/jobs/${jobId}`).set(other.admin.auth), 404);
    });
  });

  it('convenes everybody by post when the organization does not convene by e-mail, and warns of a notice shorter than 15 days', async () => {
    const org = await createOrg(api);
    await api.http.patch(`/v1/orgs/${org.slug}`).set(org.admin.auth).send({ eConvocation: false }).expect(200);
    const emails = [uniqueEmail('off'), uniqueEmail('off')];
    // the first one's name and address would be formulas in a spreadsheet: postal.csv escapes them
    await admittedMember(api, org, {
      email: emails[0],
      eConsent: true,
      firstName: '=HYPERLINK("http://x","y")',
      lastName: 'Eve',
      city: '@SUM(1+1)',
    });
    await admittedMember(api, org, { email: emails[1], eConsent: true });
    const assembly = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies`)
      .set(org.admin.auth)
      .send({ title: 'AG extraordinaire', kind: 'extraordinary', weighting: 'per_member', secret: false })
      .expect(201);
    await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/resolutions`)
      .set(org.admin.auth)
      .send({
        title: 'Modification des statuts',
        text: 'Texte.',
        majority: 'two_thirds',
        quorumPercent: 0,
        opensAt: inDays(3),
        closesAt: inDays(10),
      })
      .expect(201);
    const res = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/convocations`)
      .set(org.admin.auth)
      .expect(202);
    expect(res.body).toEqual(expect.objectContaining({ emailCount: 0, postalCount: 2 }));
    expect(res.body.warnings).toEqual([expect.stringMatching(/dans 2 jour\(s\).*au moins 15 jours/)]);
    expect(await jobDone(org, res.body.jobId)).toEqual(
      expect.objectContaining({ progress: 100, result: expect.objectContaining({ total: 0, sent: 0 }) }),
    );
    expect(mailsTo(emails)).toHaveLength(0);
    const csv = await api.http
      .get(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/convocations/postal.csv`)
      .set(org.admin.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(
      (csv.body as Buffer)
        .toString('utf8')
        .split('\r\n')
        .filter((l) => l.endsWith(';e-convocation-off')),
    ).toHaveLength(2);
    const postalText = (csv.body as Buffer).toString('utf8');
    expect(postalText).toContain(`;"'=HYPERLINK(""http://x"",""y"") Eve";`);
    expect(postalText).toContain(`;"'@SUM(1+1)";`);

    // an assembly with nothing on its agenda is not convened
    const empty = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies`)
      .set(org.admin.auth)
      .send({ title: 'Vide', kind: 'ordinary', weighting: 'per_member', secret: false })
      .expect(201);
    const refused = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${empty.body.id}/convocations`)
      .set(org.admin.auth);
    expectProblem(refused, 422);
    expect(refused.body.type).toBe('/problems/empty-agenda');
  });

  it('writes in English for an organization whose default language is English', async () => {
    const org = await createOrg(api, undefined, { name: 'Green Fields Co-op' });
    await api.http.patch(`/v1/orgs/${org.slug}`).set(org.admin.auth).send({ defaultLanguage: 'en' }).expect(200);
    const email = uniqueEmail('english');
    await admittedMember(api, org, { firstName: 'Ada', lastName: 'Lovelace', email, eConsent: true });
    const assembly = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies`)
      .set(org.admin.auth)
      .send({ title: 'AGM 2026', kind: 'permanent', weighting: 'per_member', secret: false })
      .expect(201);
    await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/resolutions`)
      .set(org.admin.auth)
      .send({
        title: 'Accounts',
        text: 'Text.',
        majority: 'simple',
        quorumPercent: 0,
        opensAt: inDays(1),
        closesAt: inDays(8),
      })
      .expect(201);
    const res = await api.http
      .post(`/v1/orgs/${org.slug}/assemblies/${assembly.body.id}/convocations`)
      .set(org.admin.auth)
      .expect(202);
    expect(res.body.warnings).toEqual([]); // a permanent assembly's resolutions open on a rolling basis
    await jobDone(org, res.body.jobId);
    const [mail] = mailsTo([email]);
    expect(header(mail.raw, 'Subject')).toBe('Green Fields Co-op: notice of the general meeting "AGM 2026"');
    expect(textOf(mail)).toContain(
      'You are convened to the permanent general meeting "AGM 2026" of Green Fields Co-op.',
    );
  });

  describe('voting codes go to members only', () => {
    it("e-mails each member without an account their own code, which votes; no answer to the admin ever holds a code; re-issuing revokes only that member's", async () => {
      const org = await createOrg(api, undefined, { name: 'Coop des Codes' });
      /** every answer the admin gets on this journey, as text */
      const seen: string[] = [];
      const asAdmin = async (method: 'get' | 'post', path: string, status: number, body?: object) => {
        const req = api.http[method](`/v1/orgs/${org.slug}/${path}`).set(org.admin.auth);
        const res = await (body ? req.send(body) : req).expect(status);
        seen.push(res.text ?? JSON.stringify(res.body));
        return res;
      };
      const adminJobDone = (jobId: string) =>
        waitFor(async () => {
          const res = await asAdmin('get', `jobs/${jobId}`, 200);
          if (res.body.status === 'failed') throw new Error(`job failed: ${res.body.error}`);
          return res.body.status === 'completed' && res.body;
        }, 30_000);
      await asAdmin('post', 'share-classes', 201, { code: 'A', name: 'A', nominalCents: 1000, minPerMember: 1 });
      const shareholder = async (member: Record<string, unknown>) => {
        const res = await asAdmin('post', 'members', 201, { kind: 'person', firstName: 'Membre', ...member });
        const sub = await asAdmin('post', 'subscriptions', 201, {
          memberId: res.body.id,
          shareClassCode: 'A',
          quantity: 1,
          subscribedOn: '2026-01-02',
        });
        await asAdmin('post', `subscriptions/${sub.body.id}/approve`, 200, { decidedOn: '2026-01-03' });
        await asAdmin('post', `subscriptions/${sub.body.id}/payments`, 201, {
          amountCents: 1000,
          paidOn: '2026-01-04',
          method: 'transfer',
        });
        return { id: res.body.id as string, email: member.email as string | undefined };
      };
      const [ana, ben, cy] = [
        await shareholder({ lastName: 'Ana', email: uniqueEmail('ana'), eConsent: true }),
        await shareholder({ lastName: 'Ben', email: uniqueEmail('ben'), eConsent: true }),
        await shareholder({ lastName: 'Cy', email: uniqueEmail('cy'), eConsent: true }),
      ];
      const dee = await shareholder({ lastName: 'Dee', email: uniqueEmail('dee'), eConsent: true });
      const deeUser = await signup(api, 'dee');
      await asAdmin('post', 'users', 201, { email: deeUser.email, role: 'member', memberId: dee.id });
      const eve = await shareholder({
        lastName: 'Eve',
        addressLine1: '1 rue du Port',
        postalCode: '44000',
        city: 'Nantes',
      }); // no e-mail: convened by post

      const assembly = await asAdmin('post', 'assemblies', 201, {
        title: 'AG permanente',
        kind: 'permanent',
        weighting: 'per_member',
        secret: true,
      });
      const a = assembly.body.id as string;
      const r = await asAdmin('post', `assemblies/${a}/resolutions`, 201, {
        title: 'Nouveau local',
        text: 'Louer le local.',
        majority: 'simple',
        quorumPercent: 0,
        opensAt: inDays(0, 1),
        closesAt: inDays(3),
      });
      await asAdmin('post', `resolutions/${r.body.id}/open`, 200, {});

      // convening is what issues and sends the codes
      const convened = await asAdmin('post', `assemblies/${a}/convocations`, 202);
      await adminJobDone(convened.body.jobId);
      const convocation = (m: { email?: string }) =>
        smtp.mails.find((x) => x.to[0] === m.email && header(x.raw, 'Message-ID').startsWith(`<convocation.${a}.`))!;
      const codes = new Map([ana, ben, cy].map((m) => [m.id, codeIn(convocation(m))!]));
      expect(new Set(codes.values()).size).toBe(3);
      for (const code of codes.values()) expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      // a member with an account votes with it: a link to the web app, no code
      const deeMail = textOf(convocation(dee));
      expect(deeMail).toContain(
        `Pour voter, connectez-vous à votre compte Socius : https://socius.example.coop/o/${org.slug}/votes`,
      );
      expect(codeIn(convocation(dee))).toBeUndefined();
      // only hashes are stored: nothing in the voting_codes rows holds a code
      const rows = await api.db.query(`SELECT * FROM voting_codes WHERE assembly_id = $1`, [a]);
      expect(rows).toHaveLength(3);
      for (const code of codes.values()) {
        expect(JSON.stringify(rows)).not.toContain(code);
        expect(JSON.stringify(rows)).not.toContain(code.replace(/-/g, ''));
      }

      // the code read from the e-mail lets its holder see their ballot box and vote, typed loosely too
      const box = await api.http
        .get('/v1/ballot-box')
        .set('X-Voting-Code', codes.get(ana.id)!.toLowerCase())
        .expect(200);
      expect(box.body.resolutions).toEqual([expect.objectContaining({ id: r.body.id, voted: false })]);
      const vote = (code: string, choice = 'for') =>
        api.http
          .post(`/v1/orgs/${org.slug}/resolutions/${r.body.id}/ballots`)
          .set('X-Voting-Code', code)
          .send({ choice });
      expect((await vote(codes.get(ana.id)!)).status).toBe(201);

      // re-issuing targets one member: Ben's old code stops at once, the others keep working
      const reissued = await asAdmin('post', `assemblies/${a}/members/${ben.id}/voting-code`, 202);
      expect(reissued.body).toEqual({ channel: 'email', jobId: expect.any(String), revoked: true });
      await adminJobDone(reissued.body.jobId);
      const newMail = smtp.mails.find(
        (x) => x.to[0] === ben.email && header(x.raw, 'Message-ID').startsWith('<voting-code.'),
      )!;
      expect(header(newMail.raw, 'Subject')).toBe(
        "Coop des Codes : votre code de vote pour l'assemblée générale « AG permanente »",
      );
      const bensNew = codeIn(newMail)!;
      expect(bensNew).not.toBe(codes.get(ben.id));
      expectProblem(await vote(codes.get(ben.id)!), 401);
      expect((await vote(bensNew, 'against')).status).toBe(201);
      expect((await vote(codes.get(cy.id)!, 'against')).status).toBe(201);
      await api.http.get('/v1/ballot-box').set('X-Voting-Code', codes.get(ana.id)!).expect(200);
      // sent exactly once: one delivery for the new code, and convening again sends nobody anything
      const sent = await api.db.query(
        `SELECT count(*)::int AS n FROM deliveries WHERE purpose LIKE 'voting-code:%' AND recipient = $1 AND status = 'sent'`,
        [ben.id],
      );
      expect(sent[0].n).toBe(1);
      const before = smtp.mails.length;
      await adminJobDone((await asAdmin('post', `assemblies/${a}/convocations`, 202)).body.jobId);
      expect(smtp.mails.length).toBe(before);

      // a member convened by post: their letter prints the page and their code; printing it is audited
      const letter = await api.http
        .get(`/v1/orgs/${org.slug}/assemblies/${a}/convocations/letters.pdf?memberId=${eve.id}`)
        .set(org.admin.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const letterText = pdfText(letter.body);
      expect(letterText).toContain('Allez sur https://socius.example.coop/vote et tapez votre code de vote personnel');
      const evesCode = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(letterText)![0];
      await api.http.get('/v1/ballot-box').set('X-Voting-Code', evesCode).expect(200);
      const again = await asAdmin('post', `assemblies/${a}/members/${eve.id}/voting-code`, 202);
      expect(again.body).toEqual({ channel: 'post', jobId: null, revoked: true });
      expectProblem(await api.http.get('/v1/ballot-box').set('X-Voting-Code', evesCode), 401);

      // the admin's reads on the way: the assembly, the jobs, the audit log, the postal list
      await asAdmin('get', `assemblies/${a}`, 200);
      await asAdmin('get', `resolutions/${r.body.id}`, 200);
      await asAdmin('get', `assemblies/${a}/convocations/postal.csv`, 200);
      const audit = await asAdmin('get', 'audit?limit=200', 200);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining([
          'assembly.voting-codes-issued',
          'assembly.voting-code-reissued',
          'assembly.convocation-letters-printed',
        ]),
      );
      // no answer to the admin on this journey holds a code sent by e-mail, in any form
      const sentCodes = [...codes.values(), bensNew];
      for (const answer of seen)
        for (const code of sentCodes) {
          expect(answer).not.toContain(code);
          expect(answer).not.toContain(code.replace(/-/g, ''));
        }
      expect(seen.length).toBeGreaterThan(20);
    });
  });

  describe('reminders and result notices', () => {
    let org: TestOrg;
    let resolutionId: string;
    let voters: { id: string; email: string }[];
    let nonVoters: { id: string; email: string }[];
    let noConsent: { id: string; email: string };
    let notElector: { id: string; email: string };
    let codes: Map<string, string>;

    beforeAll(async () => {
      org = await createOrg(api, undefined, { name: 'Coop Rappels' });
      const post = (p: string, body: object) =>
        api.http.post(`/v1/orgs/${org.slug}/${p}`).set(org.admin.auth).send(body);
      await post('share-classes', { code: 'A', name: 'A', nominalCents: 1000, minPerMember: 1 }).expect(201);
      const shareholder = async (eConsent: boolean) => {
        const email = uniqueEmail('elector');
        const res = await post('members', {
          kind: 'person',
          firstName: 'Électeur',
          lastName: `N-${email.slice(8, 16)}`,
          email,
          eConsent,
        }).expect(201);
        const sub = await post('subscriptions', {
          memberId: res.body.id,
          shareClassCode: 'A',
          quantity: 1,
          subscribedOn: '2026-01-02',
        }).expect(201);
        await post(`subscriptions/${sub.body.id}/approve`, { decidedOn: '2026-01-03' }).expect(200);
        await post(`subscriptions/${sub.body.id}/payments`, {
          amountCents: 1000,
          paidOn: '2026-01-04',
          method: 'transfer',
        }).expect(201);
        return { id: res.body.id as string, email };
      };
      voters = [await shareholder(true), await shareholder(true)];
      nonVoters = [await shareholder(true), await shareholder(true), await shareholder(true)];
      noConsent = await shareholder(false);
      // active, consenting, but joined after the vote opened: not on its electorate
      const assembly = await post('assemblies', {
        title: 'AG permanente',
        kind: 'permanent',
        weighting: 'per_member',
        secret: true,
      }).expect(201);
      const resolution = await post(`assemblies/${assembly.body.id}/resolutions`, {
        title: 'Nouveau local',
        text: 'Louer le local.',
        majority: 'simple',
        quorumPercent: 10,
        opensAt: inDays(0, 1),
        closesAt: inDays(1),
      }).expect(201);
      resolutionId = resolution.body.id;
      // not open yet: no reminders
      expectProblem(await post(`resolutions/${resolutionId}/reminders`, {}), 409);
      await post(`resolutions/${resolutionId}/open`, {}).expect(200);
      notElector = await shareholder(true);
      codes = await mailedCodes(api, smtp, org, assembly.body.id);
      await api.http
        .post(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/ballots`)
        .set('X-Voting-Code', codes.get(voters[0].id)!)
        .send({ choice: 'for' })
        .expect(201);
      await api.http
        .post(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/ballots`)
        .set('X-Voting-Code', codes.get(voters[1].id)!)
        .send({ choice: 'against' })
        .expect(201);
    });

    it('registers the sweep that schedules reminders and result notices as a job scheduler of the worker', () => {
      expect(worker.get(JobSchedules, { strict: false }).get('convocations.sweep')).toEqual(
        expect.objectContaining({ pattern: '*/10 * * * *' }),
      );
    });

    it('reminds only the electors who have not voted, with e-mail and consent, once, whether swept or asked for', async () => {
      const sweeps = api.app.get(ConvocationsService);
      const swept = await sweeps.sweep();
      expect(swept.reminders).toBeGreaterThanOrEqual(1);
      const [job] = await api.db.query(
        `SELECT id FROM outbox WHERE organization_id = $1 AND name = 'convocations.reminders'`,
        [org.id],
      );
      expect(await jobDone(org, job.id)).toEqual(
        expect.objectContaining({ result: expect.objectContaining({ total: 3, sent: 3 }) }),
      );

      const all = [...voters, ...nonVoters, noConsent, notElector].map((m) => m.email);
      expect(
        remindersTo(all)
          .map((m) => m.to[0])
          .sort(),
      ).toEqual(nonVoters.map((m) => m.email).sort());
      const reminder = remindersTo([nonVoters[0].email])[0];
      const text = textOf(reminder);
      expect(text).toMatch(
        /Le vote sur la résolution n° 1 « Nouveau local » \(assemblée « AG permanente »\) se clôt le .+\./,
      );
      expect(text).toContain("Vous n'avez pas encore voté");
      // the same code as in their convocation: derived again, not issued anew
      expect(codeIn(reminder)).toBe(codes.get(nonVoters[0].id));
      expect(memberOf(reminder)).toBe(nonVoters[0].id);

      // swept again: already scheduled; asked for by hand: nobody twice
      expect((await sweeps.sweep()).reminders).toBe(0);
      const manual = await api.http
        .post(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/reminders`)
        .set(org.admin.auth)
        .expect(202);
      expect(await jobDone(org, manual.body.jobId)).toEqual(
        expect.objectContaining({ result: expect.objectContaining({ sent: 0 }) }),
      );
      expect(remindersTo(all)).toHaveLength(3);
      expectProblem(
        await api.http.post(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/result-notices`).set(org.admin.auth),
        409,
      );
    });

    it('sends the results to every elector with e-mail and consent once the vote has closed, once', async () => {
      await api.http.post(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/close`).set(org.admin.auth).expect(200);
      const before = smtp.mails.length;
      expect((await api.app.get(ConvocationsService).sweep()).resultNotices).toBeGreaterThanOrEqual(1);
      const [job] = await api.db.query(
        `SELECT id FROM outbox WHERE organization_id = $1 AND name = 'convocations.result-notices'`,
        [org.id],
      );
      expect(await jobDone(org, job.id)).toEqual(
        expect.objectContaining({ result: expect.objectContaining({ total: 5, sent: 5 }) }),
      );

      const notices = smtp.mails.slice(before);
      expect(notices.map((m) => m.to[0]).sort()).toEqual([...voters, ...nonVoters].map((m) => m.email).sort());
      const text = textOf(notices[0]);
      expect(text).toContain('Votants : 2 sur 6 inscrits.');
      expect(text).toMatch(/Pour\u00a0: 1 — Contre\u00a0: 1 — Abstention\u00a0: 0/);
      expect(text).toContain('La résolution est rejetée.');
      expect(text).toContain('Quorum : atteint.');
      expect(text).toMatch(/Scellement de l'urne : [0-9a-f]{64}/);
      expect(text).toMatch(
        new RegExp(
          `Le détail et le procès-verbal : https://socius\\.example\\.coop/o/${org.slug}/resolutions/${resolutionId}\r?\n`,
        ),
      );

      const again = await api.http
        .post(`/v1/orgs/${org.slug}/resolutions/${resolutionId}/result-notices`)
        .set(org.admin.auth)
        .expect(202);
      expect(await jobDone(org, again.body.jobId)).toEqual(
        expect.objectContaining({ result: expect.objectContaining({ sent: 0 }) }),
      );
      expect((await api.app.get(ConvocationsService).sweep()).resultNotices).toBe(0);
      expect(smtp.mails.length - before).toBe(5);
    });
  });
});
