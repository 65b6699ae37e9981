import { CertificateContent, writeCertificate } from '../certificate';
import { DocumentFormat, DocumentLanguage } from '../format';
import { LABELS } from '../labels';
import { DocumentStamp, Letterhead, PdfWriter } from './writer';

/**
 * A document to draw, as plain data: what a drawing thread receives (a closure cannot cross a
 * thread). Each template is a pure function of it and of the stamp.
 */
export type RenderJob = { template: 'share_certificate'; content: CertificateContent } & {
  language: DocumentLanguage;
  timezone: string;
  letterhead: Letterhead;
  title: string;
};

/** Draws a document: on the event loop, or in a drawing thread (render-worker). */
export function renderDocument(job: RenderJob, stamp: DocumentStamp): Promise<Buffer> {
  const writer = new PdfWriter(
    LABELS[job.language],
    new DocumentFormat(job.language, job.timezone),
    job.letterhead,
    stamp,
    job.title,
  );
  switch (job.template) {
    case 'share_certificate':
      writeCertificate(writer, job.content);
      break;
  }
  return writer.finish();
}
