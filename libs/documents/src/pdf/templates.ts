import { DocumentFormat, DocumentLanguage } from '../format';
import { LABELS } from '../labels';
import { DocumentStamp, Letterhead, PdfWriter } from './writer';

/**
 * A document to draw, as plain data: what a drawing thread receives (a closure cannot cross a
 * thread). `template` names the module that draws it (see DocumentTemplate); the drawing is a pure
 * function of the job and of the stamp.
 */
export interface RenderJob {
  /** the template module's absolute path without extension: `path.join(__dirname, 'share-certificate.template')` */
  template: string;
  content: unknown;
  language: DocumentLanguage;
  timezone: string;
  letterhead: Letterhead;
  title: string;
}

/**
 * What a template module exports: `draw` writes the body of the document under the letterhead.
 * Each drawing thread loads the module, so it imports only types from `@socius/documents`
 * (`import type`) and draws through the writer (`w.labels`, `w.format`): a value import would load
 * the whole library into every thread.
 */
export interface DocumentTemplate<Content = unknown> {
  draw(writer: PdfWriter, content: Content): void;
}

/** Draws a document: on the event loop, or in a drawing thread (render-worker). */
export async function renderDocument(job: RenderJob, stamp: DocumentStamp): Promise<Buffer> {
  const { draw } = (await import(job.template)) as DocumentTemplate;
  const writer = new PdfWriter(
    LABELS[job.language],
    new DocumentFormat(job.language, job.timezone),
    job.letterhead,
    stamp,
    job.title,
  );
  draw(writer, job.content);
  return writer.finish();
}
