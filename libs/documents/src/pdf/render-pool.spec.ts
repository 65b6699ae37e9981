import type { AppConfig } from '@socius/core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { RenderPool } from './render-pool';
import type { RenderJob } from './templates';

const letterhead = {
  name: 'Coopérative des Tisserands de l’Étoile',
  legalForm: 'SCIC_SAS',
  siren: '552100554',
  address: null,
};
const job = (name: string): RenderJob => ({
  template: path.join(dir, 'greeting.template'),
  language: 'fr',
  timezone: 'Europe/Paris',
  letterhead,
  title: `Attestation — ${name}`,
  content: { name },
});
const stamp = (i: number) => ({
  number: `ATT-2026-${String(i).padStart(4, '0')}`,
  verificationCode: 'ABCDEFGHJK',
  issuedAt: new Date('2026-07-01T10:00:00Z'),
  verifyUrl: 'https://x/v1/verify/ABCDEFGHJK',
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'socius-render-pool-spec-'));
  // a domain's template module, as the drawing threads load it
  writeFileSync(
    path.join(dir, 'greeting.template.js'),
    `exports.draw = (w, content) => { w.title('Attestation', content.name); w.paragraph('Bonjour ' + content.name); };`,
  );
});
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
