import type { AppConfig } from '@socius/core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CertificateContent } from '../certificate';
import { RenderPool } from './render-pool';
import type { RenderJob } from './templates';

const letterhead = {
  name: 'Coopérative des Tisserands de l’Étoile',
  legalForm: 'SCIC_SAS',
  siren: '552100554',
  address: null,
};
const job = (name: string): RenderJob => ({
  template: 'share_certificate',
  language: 'fr',
  timezone: 'Europe/Paris',
  letterhead,
  title: `Attestation — ${name}`,
  content: {
    at: '2026-06-30',
    organizationName: letterhead.name,
    signature: { name: 'Camille Durand', title: 'Présidente', place: 'Lyon', on: '2026-07-01' },
    member: {
      kind: 'person',
      name,
      siren: null,
      legalRepresentative: null,
      address: null,
      membershipNumber: 1,
      college: null,
      admittedOn: null,
      admissionDecisionRef: null,
      status: 'active',
    },
    holdings: [{ shareClassCode: 'A', name: 'Parts', quantity: 2, nominalCents: 2500, amountCents: 5000 }],
    totalQuantity: 2,
    subscribedCents: 5000,
    calledCents: 5000,
    paidCents: 5000,
  } satisfies CertificateContent,
});
const stamp = (i: number) => ({
  number: `ATT-2026-${String(i).padStart(4, '0')}`,
  verificationCode: 'ABCDEFGHJK',
  issuedAt: new Date('2026-07-01T10:00:00Z'),
  verifyUrl: 'https://x/v1/verify/ABCDEFGHJK',
});

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'socius-render-pool-spec-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function text(pdf: Buffer): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
}

describe.each([0, 2])('RenderPool with PDF_RENDER_THREADS=%i', (threads) => {
  const pool = new RenderPool({ PDF_RENDER_THREADS: threads } as AppConfig);
  afterAll(() => pool.onModuleDestroy());

  it('draws several documents in one task, each with its own content and stamp, in the order asked', async () => {
    const names = ['Łucja Nguyễn', 'Anaïs Côté', 'Søren Öztürk', 'Ωmega Жуков', 'Camille Martin'];
    const drawn = await pool.renderMany(names.map((name, i) => ({ job: job(name), stamp: stamp(i + 1) })));
    expect(drawn).toHaveLength(names.length);
    drawn.forEach((pdf, i) => {
      expect(Buffer.isBuffer(pdf)).toBe(true);
      const t = text(pdf);
      expect(t).toContain(names[i]);
      expect(t).toContain(`ATT-2026-000${i + 1}`);
    });
    const one = await pool.render(job('Hélène Dupré'), stamp(9));
    expect(text(one)).toContain('Hélène Dupré');
  }, 60_000);
});
