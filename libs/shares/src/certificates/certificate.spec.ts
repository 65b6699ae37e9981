import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DocumentFormat, DocumentLanguage, LABELS, PdfWriter } from '@socius/documents';
import type { CapitalDto } from '../dto/shares.dto';
import { CertificateContent, certificateTitle, MemberIdentity, writeCertificate } from './certificate';
import { writeTaxCertificate } from './certificate-tax';
import { writeCapitalStatement } from './capital-statement';
import { subscriptionReference, writeReceipt } from './receipt';

const letterhead = {
  name: 'Coopérative des Tisserands de l’Étoile',
  legalForm: 'SCIC_SAS',
  siren: '552100554',
  address: '12 rue des Métiers, 69001 Lyon',
};
const writer = (lang: DocumentLanguage = 'fr') =>
  new PdfWriter(
    LABELS[lang],
    new DocumentFormat(lang, 'Europe/Paris'),
    letterhead,
    {
      number: 'ATT-2026-0001',
      verificationCode: 'ABCDEFGHJK',
      issuedAt: new Date('2026-11-25T10:00:00Z'),
      verifyUrl: 'https://x/v1/verify/ABCDEFGHJK',
    },
    'T',
  );

const lukasz: MemberIdentity = {
  kind: 'person',
  name: 'Łukasz Wałęsa',
  siren: null,
  legalRepresentative: null,
  address: '3 place Bellecour, 69002 Lyon',
  membershipNumber: 12,
  college: { code: 'USA', name: 'Usagers' },
  admittedOn: '2026-02-01',
  admissionDecisionRef: 'CA 2026-01',
  status: 'active',
};

const certificate = (over: Partial<CertificateContent> = {}): CertificateContent => ({
  at: '2026-06-30',
  organizationName: letterhead.name,
  signature: { name: 'Camille Durand', title: 'Présidente', place: 'Lyon', on: '2026-07-01' },
  member: lukasz,
  holdings: [
    { shareClassCode: 'A', name: 'Parts coopérateurs', quantity: 1234, nominalCents: 10000, amountCents: 12_340_000 },
    { shareClassCode: 'B', name: 'Parts de soutien', quantity: 4, nominalCents: 5000, amountCents: 20000 },
  ],
  totalQuantity: 1238,
  subscribedCents: 12_360_000,
  calledCents: 12_360_000,
  paidCents: 12_300_000,
  ...over,
});

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'socius-certificate-spec-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a reader copies out of the PDF (poppler's pdftotext), French spaces made plain. */
function text(pdf: Buffer): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
    .toString('utf8')
    .replace(/[\u202f\u00a0]/g, ' ');
}

describe('share certificate', () => {
  it('titles the document after the member and the date, in its language', () => {
    expect(certificateTitle(LABELS.fr, new DocumentFormat('fr', 'Europe/Paris'), 'Łukasz Wałęsa', '2026-07-01')).toBe(
      'Attestation de détention de parts sociales — Łukasz Wałęsa — au 1er juillet 2026',
    );
    expect(certificateTitle(LABELS.en, new DocumentFormat('en', 'Europe/Paris'), 'Ana', '2026-07-01')).toBe(
      'Certificate of cooperative shares held — Ana — as at 1 July 2026',
    );
  });

  it('prints holdings, totals and the capital figures on one page, French amounts', async () => {
    const w = writer();
    writeCertificate(w, certificate());
    const t = text(await w.finish());
    expect(t).toMatch(/A — Parts coopérateurs\s+1 234\s+100,00 €\s+123 400,00 €/);
    expect(t).toMatch(/Total\s+1 238\s+123 600,00 €/);
    expect(t).toMatch(/Capital libéré \(versé\)\s+123 000,00 €/);
    expect(t).toMatch(/Admission\s+1er février 2026 — CA 2026-01/);
    expect(t).toContain('Page 1 / 1');
  });

  it('says so when nothing is held, and shows a legal entity with its SIREN and representative', async () => {
    const w = writer('en');
    writeCertificate(
      w,
      certificate({
        member: {
          ...lukasz,
          kind: 'legal_entity',
          name: 'Bâtir Ensemble SAS',
          siren: '732829320',
          legalRepresentative: 'Anaïs Côté',
          college: null,
        },
        holdings: [],
        totalQuantity: 0,
        subscribedCents: 0,
        calledCents: 0,
        paidCents: 0,
      }),
    );
    const t = text(await w.finish());
    expect(t).toContain('No shares held at that date.');
    expect(t).toMatch(/Company name\s+Bâtir Ensemble SAS/);
    expect(t).toMatch(/SIREN\s+732 829 320/);
    expect(t).toMatch(/Legal representative\s+Anaïs Côté/);
  });

  it('keeps every character in the text layer across documents sharing the parsed fonts (the E of É drawn before a bold E)', async () => {
    // a composite glyph (É) pulls its base (E) into the subset before any text asked for E
    const first = writer();
    first.title('État Émis Élu ÉÉ');
    await first.finish();
    const second = writer();
    second.title('ENSEMBLE PME').fields([['SIREN', 'E']]);
    const t = text(await second.finish());
    expect(t).toContain('ENSEMBLE PME');
    expect(t).toMatch(/SIREN\s+E/);
  });

  it('keeps names in and beyond the seeded glyphs, whatever was drawn before, with their verification codes', async () => {
    // the subsets start with the same glyphs (Latin-1 in regular, the code's alphabet in bold) and
    // are encoded once; characters beyond them (Ł, ễ, Ω, Ж) come after, per document
    const names = ['Øyvind Ærø-Müller', 'Łucja Nguyễn', 'Anaïs Côté', 'Ωmega Жуков', 'Søren Öztürk', 'Anaïs Côté'];
    const codes = ['ABCDEFGHJK', 'MNPQRSTVWX', 'YZ01234567', '89ABCDEFGH', 'JKMNPQRSTV', 'WXYZ012345'];
    for (const [i, name] of names.entries()) {
      const w = new PdfWriter(
        LABELS.fr,
        new DocumentFormat('fr', 'Europe/Paris'),
        letterhead,
        {
          number: `ATT-2026-000${i}`,
          verificationCode: codes[i],
          issuedAt: new Date('2026-11-25T10:00:00Z'),
          verifyUrl: `https://x/v1/verify/${codes[i]}`,
        },
        'T',
      );
      writeCertificate(w, certificate({ member: { ...lukasz, name } }));
      const t = text(await w.finish());
      expect(t).toMatch(new RegExp(`Nom\\s+${name}`));
      expect(t.replace(/\s+/g, ' ')).toContain(`certifie que ${name} détient`);
      expect(t).toContain(`Code de vérification : ${codes[i]}`);
      expect(t).toContain(`https://x/v1/verify/${codes[i]}`);
    }
  });
});

describe('receipt, tax statement, capital statement', () => {
  it('receipts each payment with its method and reference, and what is still due', async () => {
    const w = writer();
    writeReceipt(w, {
      organizationName: letterhead.name,
      member: lukasz,
      subscription: {
        reference: subscriptionReference('c5d3e42f-0000-4000-8000-000000000000'),
        shareClassCode: 'A',
        shareClassName: 'Parts coopérateurs',
        quantity: 15,
        unitCents: 10000,
        amountCents: 150000,
        calledCents: 150000,
        paidCents: 100000,
        refundedCents: 0,
        instalments: false,
        status: 'approved',
        subscribedOn: '2026-01-10',
        decidedOn: '2026-01-12',
        decisionRef: 'CA 2026-01',
        issuedOn: null,
      },
      payments: [
        { paidOn: '2026-01-15', method: 'transfer', reference: 'VIR-001', amountCents: 60000 },
        { paidOn: '2026-01-20', method: 'cash', reference: null, amountCents: 40000 },
      ],
    });
    const t = text(await w.finish());
    expect(t).toContain('SOUS-C5D3E42F');
    expect(t).toMatch(/Décision\s+le 12 janvier 2026 \(CA 2026-01\)/);
    expect(t).toMatch(/15 janvier 2026\s+virement\s+VIR-001\s+600,00 €/);
    expect(t).toMatch(/20 janvier 2026\s+espèces\s+—\s+400,00 €/);
    expect(t).toMatch(/Reste à verser\s+500,00 €/);
  });

  it('states the IR-PME payments with the mention of article 199 terdecies-0 A', async () => {
    const w = writer('en');
    writeTaxCertificate(w, {
      year: 2026,
      company: letterhead,
      member: lukasz,
      subscriptions: [
        {
          reference: 'SOUS-C5D3E42F',
          subscribedOn: '2026-01-10',
          shareClassCode: 'A',
          quantity: 15,
          amountCents: 150000,
        },
      ],
      payments: [{ reference: 'SOUS-C5D3E42F', paidOn: '2026-01-15', amountCents: 150000 }],
    });
    const t = text(await w.finish()).replace(/\s+/g, ' ');
    expect(t).toContain("application de l'article 199 terdecies-0 A du CGI");
    expect(t).toContain('Registered office 12 rue des Métiers, 69001 Lyon');
    expect(t).toContain('Total paid in 2026 1 500,00 €');
  });

  it('prints the capital per class and per college, with members in no college', async () => {
    const capital: CapitalDto = {
      at: '2026-12-31',
      totalCents: 1_234_500,
      calledCents: 1_200_000,
      paidCents: 1_100_000,
      totalShares: 1235,
      memberCount: 3,
      floorCents: 500_000,
      highestCapitalCents: 2_000_000,
      minimumCapitalCents: 100_000,
      classes: [
        {
          shareClassCode: 'A',
          name: 'Parts',
          nominalCents: 1000,
          quantity: 1235,
          subscribedCents: 1_234_500,
          calledCents: 1_200_000,
          paidCents: 1_100_000,
          memberCount: 3,
        },
      ],
      colleges: [
        {
          collegeCode: 'USA',
          name: 'Usagers',
          weightPercent: 60,
          quantity: 1000,
          subscribedCents: 1_000_000,
          memberCount: 2,
        },
        {
          collegeCode: null,
          name: 'Sans collège',
          weightPercent: null,
          quantity: 235,
          subscribedCents: 234_500,
          memberCount: 1,
        },
      ],
    };
    const w = writer('en');
    writeCapitalStatement(w, { capital, floorPercent: 25, ledgerHead: { sequence: 1234, hash: 'ab'.repeat(32) } });
    const t = text(await w.finish());
    expect(t).toContain('ab'.repeat(32));
    expect(t.replace(/\s+/g, ' ')).toContain('SHA-256 of movement no. 1,234, the last one recorded');
    expect(t).toMatch(/A — Parts\s+10,00 €\s+1,235\s+12 345,00 €\s+12 000,00 €\s+11 000,00 €\s+3/);
    expect(t).toMatch(/No college\s+—\s+235\s+2 345,00 €\s+1/);
    expect(t).toMatch(/Floor\s+5 000,00 €/);
    expect(t.replace(/\s+/g, ' ')).toContain('25% of the highest capital reached');
  });
});
