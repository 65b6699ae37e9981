import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { CapturedMail } from '../support/smtp';

/** Today, and days around it, in the organizations' calendar (Europe/Paris). */
export function parisDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

export const documentsDir = mkdtempSync(path.join(tmpdir(), 'socius-funding-'));

/** A PDF's text as pdftotext lays it out, spaces of French typography made plain and runs of white space as one. */
export function pdfText(bytes: Buffer): string {
  const file = path.join(documentsDir, `read-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])
      .toString('utf8')
      .replace(/[\u202f\u00a0]/g, ' ')
      .replace(/\s+/g, ' ');
  } finally {
    rmSync(file);
  }
}

/** Supertest collects a PDF or a file as a Buffer only when told to. */
export const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The body of an e-mail, quoted-printable soft breaks and =XX escapes undone. */
export function mailText(mail: CapturedMail): string {
  const latin1 = mail.raw
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(latin1, 'latin1')
    .toString('utf8')
    .replace(/[\u202f\u00a0]/g, ' ');
}
