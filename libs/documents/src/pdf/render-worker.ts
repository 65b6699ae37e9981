import { renderDocument, RenderJob } from './templates';
import type { DocumentStamp } from './writer';

/** The body of a drawing thread (see RenderPool): documents drawn one after the other; a stamp's date crosses as an ISO string. */
export default async function render(
  documents: { job: RenderJob; stamp: Omit<DocumentStamp, 'issuedAt'> & { issuedAt: string } }[],
): Promise<Uint8Array[]> {
  const drawn: Uint8Array[] = [];
  for (const { job, stamp } of documents)
    drawn.push(await renderDocument(job, { ...stamp, issuedAt: new Date(stamp.issuedAt) }));
  return drawn;
}
