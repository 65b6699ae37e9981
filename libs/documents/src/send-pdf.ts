import { applyDecorators } from '@nestjs/common';
import { ApiProblems, FileResponse } from '@socius/core';
import type { Response } from 'express';
import { DocumentFile } from './documents.service';

/** OpenAPI for a route that answers with a registered PDF. */
export const PdfResponse = () =>
  applyDecorators(
    FileResponse('application/pdf', 'the PDF', {
      'X-Verification-Code': { description: 'the code printed on the document' },
      'X-Document-Number': { description: 'its number' },
      ETag: { description: 'the SHA-256 of the file, quoted' },
    }),
    ApiProblems({
      409: 'The document cannot be issued yet (minutes before the vote closes)',
      422: 'The document does not apply (a tax statement without such payments, or for a legal entity)',
    }),
  );

/** Answers with a registered document: inline PDF, its number and verification code in headers, its hash as ETag. */
export function sendPdf(res: Response, { document, bytes }: DocumentFile): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `inline; filename="${document.number}.pdf"`);
  res.setHeader('Content-Length', String(bytes.length));
  res.setHeader('X-Verification-Code', document.verificationCode);
  res.setHeader('X-Document-Number', document.number);
  res.setHeader('ETag', `"${document.sha256}"`);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.end(bytes);
}
