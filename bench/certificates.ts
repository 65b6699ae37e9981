/**
 * bench/certificates: share certificates per second through the real service path of the built
 * API (one process): GET members/{id}/certificate.pdf for N different members, each a new document
 * (read the register, render with pdfkit, SHA-256, store the file, insert into the registry with
 * its number), beside bare pdfkit rendering the same page in this process (the same layout and
 * fonts through PdfWriter, to a Buffer, nothing else). Prints both and their ratio, with the CPU
 * each takes per certificate; then the same downloads again, now served from storage; then the
 * annual batch (the job's handler, run in this process: no HTTP) issuing a certificate at another
 * date for every member.
 * Run: npm run bench -- certificates
 *   BENCH_CERTIFICATES (2,000)  BENCH_CONCURRENCY (4)  BENCH_BARE (1,000)
 * Targets: ≥ 300 certificates/s per API process, and ≥ 50 % of bare pdfkit.
 */
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CoreModule } from '@socius/core';
import { DatabaseModule } from '@socius/database';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { APP_CONFIG } from '@socius/core';
import { RenderPool } from '../libs/documents/src/pdf/render-pool';
import { AnnualCertificatesService } from '../libs/shares/src/certificates/annual-certificates.service';
import { writeCertificate, type CertificateContent } from '../libs/shares/src/certificates/certificate';
import { SHARE_CERTIFICATE_TEMPLATE } from '../libs/shares/src/certificates/share-certificate.template';
import { SharesModule } from '../libs/shares/src/shares.module';
import { DocumentFormat } from '../libs/documents/src/format';
import { LABELS } from '../libs/documents/src/labels';
import { PdfWriter } from '../libs/documents/src/pdf/writer';
import { foldText } from '../libs/members/src/search';
import {
  adminAndOrg,
  api,
  cpuMs,
  databaseEnv,
  download,
  freshDatabase,
  inParallel,
  percentile,
  peakRssMb,
  postStream,
  startBuiltApi,
} from './lib/harness';

const COUNT = Number(process.env.BENCH_CERTIFICATES ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BARE = Number(process.env.BENCH_BARE ?? 1_000);
const WARM_UP = 100;
const AT = '2026-06-30';
/** the annual batch certifies another date, so each of its certificates is a new document */
const BATCH_AT = '2026-07-31';
const NOMINAL = 2500;
const FIRST = [
  'Camille',
  'Léa',
  'Hélène',
  'Zoé',
  'Łucja',
  'Jürgen',
  'Chloé',
  'Noël',
  'François',
  'Anaïs',
  'Yuki',
  'Amadou',
  'Søren',
  'Inès',
  'Björn',
  'Aurélien',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dupré',
  'Lefèvre',
  'Nørgaard',
  'Straße',
  'Wałęsa',
  'Müller',
  'Garçon',
  'Diallo',
  'Nguyễn',
  'Côté',
  'Öztürk',
  'Da Silva',
  'Ménard',
  'Łukasiewicz',
];
const ORG = {
  name: 'Coopérative des Tisserands de l’Étoile',
  siren: '552100554',
  address: '12 rue des Métiers, 69001 Lyon',
};

const perSecond = (n: number, ms: number) => (n * 1000) / ms;
const quantity = (k: number) => 1 + (k % 40);

/** The certificate of the k-th bench member, as the bare renders draw it. */
function sampleContent(k: number): CertificateContent {
  return {
    at: AT,
    organizationName: ORG.name,
    signature: { name: 'Camille Durand', title: 'Présidente', place: 'Lyon', on: '2026-07-01' },
    member: {
      kind: 'person',
      name: `${FIRST[k % FIRST.length]} ${LAST[Math.floor(k / FIRST.length) % LAST.length]}-${k + 1}`,
      siren: null,
      legalRepresentative: null,
      address: `${k + 1} rue des Lilas, 69003 Lyon`,
      membershipNumber: k + 1,
      college: { code: 'USA', name: 'Usagers' },
      admittedOn: '2026-01-15',
      admissionDecisionRef: 'CA 2026-01',
      status: 'active',
    },
    holdings: [
      {
        shareClassCode: 'A',
        name: 'Parts coopérateurs',
        quantity: quantity(k),
        nominalCents: NOMINAL,
        amountCents: quantity(k) * NOMINAL,
      },
    ],
    totalQuantity: quantity(k),
    subscribedCents: quantity(k) * NOMINAL,
    calledCents: quantity(k) * NOMINAL,
    paidCents: quantity(k) * NOMINAL,
  };
}

async function main() {
  const members = COUNT + WARM_UP;
  console.log(
    `bench/certificates: ${COUNT.toLocaleString('en')} certificates of different members through the API (${CONCURRENCY} in flight), ${BARE.toLocaleString('en')} bare renders`,
  );
  const documentsDir = mkdtempSync(path.join(tmpdir(), 'socius-bench-certificates-'));
  const db = await freshDatabase('socius_bench_certificates');
  const server = await startBuiltApi(db, 3991, {
    DOCUMENTS_DIR: documentsDir,
    PUBLIC_URL: 'https://socius.example.coop',
  });
  const pg = new Client({ connectionString: db });
  await pg.connect();
  try {
    // ---- an organization, colleges, members, an opening register ---------------------------
    console.log(`API booted: peak RSS ${peakRssMb(server.pid).toFixed(0)} MB`);
    const { token, slug } = await adminAndOrg(server.base, 'bench-certificates');
    const org = await api(
      server.base,
      'PATCH',
      `/v1/orgs/${slug}`,
      { name: ORG.name, siren: ORG.siren, address: ORG.address },
      token,
    );
    await api(
      server.base,
      'POST',
      `/v1/orgs/${slug}/share-classes`,
      { code: 'A', name: 'Parts coopérateurs', nominalCents: NOMINAL, minPerMember: 1 },
      token,
    );
    const colleges: string[] = [];
    for (const [code, name, weightPercent] of [
      ['SAL', 'Salariés', 40],
      ['USA', 'Usagers', 30],
      ['SOU', 'Soutiens', 30],
    ] as const) {
      colleges.push(
        (await api(server.base, 'POST', `/v1/orgs/${slug}/colleges`, { code, name, weightPercent }, token)).id,
      );
    }
    const ids = Array.from({ length: members }, () => randomUUID());
    const t0 = performance.now();
    await pipeline(
      Readable.from(
        (function* () {
          for (let k = 0; k < members; k++) {
            const first = FIRST[k % FIRST.length];
            const last = `${LAST[Math.floor(k / FIRST.length) % LAST.length]}-${k + 1}`;
            const email = `${foldText(first)}.${k + 1}@exemple.fr`;
            yield `${ids[k]}\t${org.id}\tperson\t${first}\t${last}\t${email}\t${colleges[k % 3]}\tactive\t${k + 1}\t2026-01-15\tCA 2026-01\t${k + 1} rue des Lilas\t69003\tLyon\t${foldText(`${first} ${last} ${email}`)}\t${foldText(`${last} ${first}`)}\tFR\tM${k + 1}\n`;
          }
        })(),
      ),
      pg.query(
        copyFrom(
          `COPY members (id, organization_id, kind, first_name, last_name, email, college_id, status, membership_number, admitted_on, admission_decision_ref, address_line1, postal_code, city, search_text, sort_name, country, external_ref) FROM STDIN`,
        ),
      ),
    );
    await pg.query(
      `INSERT INTO membership_counters (organization_id, last_number) VALUES ($1, $2) ON CONFLICT (organization_id) DO UPDATE SET last_number = EXCLUDED.last_number`,
      [org.id, members],
    );
    const csv = `externalRef;shareClassCode;quantity\n${ids.map((_, k) => `M${k + 1};A;${quantity(k)}`).join('\n')}\n`;
    const capital = ids.reduce((s, _, k) => s + quantity(k) * NOMINAL, 0);
    const opened = await postStream(
      `${server.base}/v1/orgs/${slug}/share-register/opening?openedOn=2026-01-15&declaredCapitalCents=${capital}&async=false`,
      token,
      'text/csv',
      Readable.from([csv]),
    );
    if (opened.status !== 201 && opened.status !== 200)
      throw new Error(`opening register: ${opened.status} ${opened.body.slice(0, 300)}`);
    await pg.query('VACUUM (ANALYZE) members, ledger_movements, holdings');
    console.log(
      `set-up: ${members.toLocaleString('en')} members with shares in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    // ---- the service path: each request issues a new certificate ----------------------------
    const url = (id: string) => `${server.base}/v1/orgs/${slug}/members/${id}/certificate.pdf?at=${AT}`;
    const fetchAll = async (list: string[]) => {
      const latencies: number[] = [];
      let bytes = 0;
      const codes = new Set<string>();
      const errors = await inParallel(list, CONCURRENCY, async (id) => {
        const res = await download(url(id), token);
        if (res.status !== 200 || !res.head.startsWith('%PDF-'))
          throw new Error(`GET certificate → ${res.status} ${res.head.slice(0, 200)}`);
        latencies.push(res.ms);
        bytes += res.bytes;
        codes.add(String(res.headers['x-verification-code']));
      });
      if (errors.length) throw errors[0];
      return { latencies: latencies.sort((a, b) => a - b), bytes, codes };
    };
    await fetchAll(ids.slice(COUNT)); // warm-up: other members
    const measured = ids.slice(0, COUNT);
    const cpu0 = cpuMs(server.pid);
    const t1 = performance.now();
    const issued = await fetchAll(measured);
    const issueMs = performance.now() - t1;
    const apiCpu = cpuMs(server.pid) - cpu0;
    const [{ n: registered }] = (
      await pg.query(
        `SELECT count(*)::int AS n FROM documents WHERE organization_id = $1 AND kind = 'share_certificate'`,
        [org.id],
      )
    ).rows;
    if (issued.codes.size !== COUNT || registered !== members)
      throw new Error(
        `expected ${COUNT} new documents (${members} in all), got ${issued.codes.size} codes and ${registered} registered`,
      );
    const servicePerSecond = perSecond(COUNT, issueMs);
    console.log(
      `issued through the API: ${COUNT.toLocaleString('en')} in ${(issueMs / 1000).toFixed(2)} s = ${servicePerSecond.toFixed(0)} certificates/s; ` +
        `p50 ${percentile(issued.latencies, 50).toFixed(1)} ms, p99 ${percentile(issued.latencies, 99).toFixed(1)} ms; ` +
        `API CPU ${(apiCpu / COUNT).toFixed(2)} ms per certificate; ${Math.round(issued.bytes / COUNT / 1024)} kB each; API peak RSS ${peakRssMb(server.pid).toFixed(0)} MB`,
    );

    const t2 = performance.now();
    const again = await fetchAll(measured);
    const storedMs = performance.now() - t2;
    if (again.codes.size !== COUNT || [...again.codes].some((c) => !issued.codes.has(c)))
      throw new Error('a second download did not serve the stored document');
    console.log(
      `served again from storage: ${perSecond(COUNT, storedMs).toFixed(0)} certificates/s (same documents, nothing drawn)`,
    );

    // ---- the annual batch job's handler, in this process ---------------------------------------
    Object.assign(process.env, {
      ...databaseEnv(db),
      DOCUMENTS_DIR: documentsDir,
      PUBLIC_URL: 'https://socius.example.coop',
      LOG_LEVEL: 'warn',
    });
    @Module({ imports: [CoreModule, DatabaseModule, SharesModule] })
    class BatchModule {}
    const context = await NestFactory.createApplicationContext(BatchModule, { logger: ['error'] });
    let batchPerSecond = 0;
    try {
      const batch = context.get(AnnualCertificatesService);
      // the drawing threads started, as in a worker that has drawn before (from TypeScript, each
      // thread compiles the templates first: seconds that a built worker does not spend)
      const threads = context.get(APP_CONFIG).PDF_RENDER_THREADS;
      const sample = {
        template: SHARE_CERTIFICATE_TEMPLATE,
        content: sampleContent(0),
        language: 'fr' as const,
        timezone: 'Europe/Paris',
        letterhead: { name: ORG.name, legalForm: 'SCIC_SAS', siren: ORG.siren, address: ORG.address },
        title: 'Attestation',
      };
      const warmStamp = {
        number: 'ATT-0000-0000',
        verificationCode: 'ABCDEFGHJK',
        issuedAt: new Date(),
        verifyUrl: 'https://socius.example.coop/v1/verify/ABCDEFGHJK',
      };
      for (let round = 0; round < 5; round++)
        await Promise.all(
          Array.from({ length: Math.max(1, threads) * 2 }, () => context.get(RenderPool).render(sample, warmStamp)),
        );
      console.log(`drawing threads (PDF_RENDER_THREADS): ${threads}`);
      const cpu4 = process.cpuUsage();
      const t4 = performance.now();
      const result = await batch.run(
        { at: BATCH_AT, requestedBy: null },
        { outboxId: randomUUID(), organizationId: org.id, attempt: 1, progress: async () => undefined },
      );
      const batchMs = performance.now() - t4;
      const batchCpu = process.cpuUsage(cpu4);
      const [{ n }] = (
        await pg.query(
          `SELECT count(*)::int AS n FROM documents WHERE organization_id = $1 AND kind = 'share_certificate' AND subject_version LIKE $2`,
          [org.id, `${BATCH_AT}:%`],
        )
      ).rows;
      if (result.members !== members || n !== members)
        throw new Error(`the batch certified ${result.members} members and registered ${n} documents, not ${members}`);
      batchPerSecond = perSecond(members, batchMs);
      console.log(
        `annual batch (job handler, no HTTP): ${members.toLocaleString('en')} certificates in ${(batchMs / 1000).toFixed(2)} s = ${batchPerSecond.toFixed(0)} certificates/s; ` +
          `CPU ${((batchCpu.user + batchCpu.system) / 1000 / members).toFixed(2)} ms per certificate (this process, drawing threads included)`,
      );
    } finally {
      await context.close();
    }

    // ---- bare pdfkit: the same page, rendered only --------------------------------------------
    const labels = LABELS.fr;
    const format = new DocumentFormat('fr', 'Europe/Paris');
    const letterhead = { name: ORG.name, legalForm: 'SCIC_SAS', siren: ORG.siren, address: ORG.address };
    const render = (k: number): Promise<Buffer> => {
      const content = sampleContent(k);
      const writer = new PdfWriter(
        labels,
        format,
        letterhead,
        {
          number: `ATT-2026-${String(k + 1).padStart(4, '0')}`,
          verificationCode: 'ABCDEFGHJK',
          issuedAt: new Date(),
          verifyUrl: 'https://socius.example.coop/v1/verify/ABCDEFGHJK',
        },
        'Attestation',
      );
      writeCertificate(writer, content);
      return writer.finish();
    };
    for (let k = 0; k < WARM_UP; k++) await render(k);
    const cpu3 = process.cpuUsage();
    const t3 = performance.now();
    let bareBytes = 0;
    for (let k = 0; k < BARE; k++) bareBytes += (await render(k)).length;
    const barePerSecond = perSecond(BARE, performance.now() - t3);
    const bareCpu = process.cpuUsage(cpu3);
    console.log(
      `bare pdfkit, same page, this process: ${barePerSecond.toFixed(0)} certificates/s; CPU ${((bareCpu.user + bareCpu.system) / 1000 / BARE).toFixed(2)} ms per certificate; ${Math.round(bareBytes / BARE / 1024)} kB each`,
    );

    const ratio = servicePerSecond / barePerSecond;
    console.log('');
    console.log(`| scenario | figure | target |`);
    console.log(`|---|---|---|`);
    console.log(
      `| certificates through the API route (render + hash + store + register) | ${servicePerSecond.toFixed(0)}/s | ≥ 300/s ${servicePerSecond >= 300 ? 'met' : 'NOT met'} |`,
    );
    console.log(
      `| certificates by the annual batch job's handler (same path, no HTTP) | ${batchPerSecond.toFixed(0)}/s | ≥ 300/s ${batchPerSecond >= 300 ? 'met' : 'NOT met'} |`,
    );
    console.log(`| bare pdfkit, same page | ${barePerSecond.toFixed(0)}/s | (ceiling) |`);
    console.log(`| ratio, API | ${(ratio * 100).toFixed(0)} % | ≥ 50 % ${ratio >= 0.5 ? 'met' : 'NOT met'} |`);
    console.log(
      `| ratio, batch | ${((batchPerSecond / barePerSecond) * 100).toFixed(0)} % | ≥ 50 % ${batchPerSecond / barePerSecond >= 0.5 ? 'met' : 'NOT met'} |`,
    );
  } finally {
    await pg.end();
    await server.stop();
    rmSync(documentsDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
