import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@socius/core';
import * as path from 'node:path';
import { Piscina } from 'piscina';
import { renderDocument, RenderJob } from './templates';
import type { DocumentStamp } from './writer';

/**
 * Draws documents in worker threads (piscina), so that a batch of certificates uses every CPU and
 * an API process keeps answering while it draws: a one-page certificate is about 6 ms of pdfkit, which
 * would otherwise hold the event loop. The threads start with the first drawing and stop after a
 * minute without one (each holds pdfkit and its fonts: about 30 MB). `PDF_RENDER_THREADS=0` draws
 * on the event loop instead. The same code draws either way (templates.ts).
 */
@Injectable()
export class RenderPool implements OnModuleDestroy {
  private pool: Piscina | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async render(job: RenderJob, stamp: DocumentStamp): Promise<Buffer> {
    return (await this.renderMany([{ job, stamp }]))[0];
  }

  /**
   * Draws these documents one after the other in one thread: one message each way for them all,
   * where a message each way per document cost a tenth of the drawing of a certificate.
   */
  async renderMany(documents: { job: RenderJob; stamp: DocumentStamp }[]): Promise<Buffer[]> {
    if (!this.config.PDF_RENDER_THREADS) {
      const drawn: Buffer[] = [];
      for (const { job, stamp } of documents) drawn.push(await renderDocument(job, stamp));
      return drawn;
    }
    this.pool ??= this.start();
    const drawn: Uint8Array[] = await this.pool.run(
      documents.map(({ job, stamp }) => ({ job, stamp: { ...stamp, issuedAt: stamp.issuedAt.toISOString() } })),
    );
    return drawn.map((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }

  private start(): Piscina {
    // built: render-worker.js; run from TypeScript (tests, benches): render-worker.ts through ts-node
    const typescript = path.extname(__filename) === '.ts';
    return new Piscina({
      filename: path.join(__dirname, `render-worker${typescript ? '.ts' : '.js'}`),
      minThreads: 0,
      maxThreads: this.config.PDF_RENDER_THREADS,
      idleTimeout: 60_000,
      execArgv: typescript ? ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'] : [],
    });
  }
}
