import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ExportsBusyError } from './pg-copy';

const logger = new Logger('Exports');

/**
 * Runs an export that writes into `res`. Before the first byte a failure is still a problem+json
 * answer (the attachment headers removed; Retry-After when the pool is busy); after it, the download
 * can only be cut short.
 */
export async function streamDownload(res: Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!res.headersSent && !res.destroyed) {
      res.removeHeader('Content-Disposition');
      res.removeHeader('X-Fec-Sha256');
      res.removeHeader('X-Fec-Year-Closed');
      if (error instanceof ExportsBusyError) res.setHeader('Retry-After', '30');
      throw error;
    }
    if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') {
      logger.debug('export stopped: the client went away');
    } else {
      logger.error({ err: error }, 'export failed after the download had started');
    }
    res.destroy();
  }
}

/** The headers of a downloaded export. */
export function attachment(res: Response, contentType: string, fileName: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
}
