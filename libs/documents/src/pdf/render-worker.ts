import { renderDocument, RenderJob } from './templates';
import type { DocumentStamp } from './writer';

/** The body of a drawing thread (see RenderPool): one document per call; the stamp's date crosses as an ISO string. */
export default async function render({ job, stamp }: { job: RenderJob; stamp: Omit<DocumentStamp, 'issuedAt'> & { issuedAt: string } }): Promise<Uint8Array> {
  return renderDocument(job, { ...stamp, issuedAt: new Date(stamp.issuedAt) });
}
