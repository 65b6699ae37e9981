import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Where issued documents' bytes live. Keys are chosen by the registry and never reused for other
 * bytes, so a backend only stores and returns them: a local directory here; an S3 bucket (same
 * two calls, `PutObject` with `IfNoneMatch: *` and `GetObject`) where several API replicas share
 * the documents.
 */
export interface DocumentStorage {
  /** Stores the bytes under the key; storing the same bytes again is harmless. */
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
}

export const DOCUMENT_STORAGE = Symbol('DOCUMENT_STORAGE');

/** `DOCUMENTS_DIR` (default `.data/documents` under the working directory). */
export function documentStorageFromEnv(env: NodeJS.ProcessEnv = process.env): DocumentStorage {
  return new LocalDiskStorage(path.resolve(env.DOCUMENTS_DIR || '.data/documents'));
}

/** One file per key under a root directory, written whole then renamed: a reader never sees half a file. */
export class LocalDiskStorage implements DocumentStorage {
  constructor(readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    if (await stat(file).then(() => true, () => false)) return;
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes, { flush: true });
    await rename(temporary, file);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.file(key));
  }

  private file(key: string): string {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*\.pdf$/.test(key)) throw new Error(`Invalid document storage key: ${key}`);
    return path.join(this.root, key);
  }
}
