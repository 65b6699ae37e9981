import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
  /** Removes the bytes (a document whose subject's personal data was erased); a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export const DOCUMENT_STORAGE = Symbol('DOCUMENT_STORAGE');

/** `DOCUMENTS_DIR` (default `.data/documents` under the working directory). */
export function documentStorageFromEnv(env: NodeJS.ProcessEnv = process.env): DocumentStorage {
  return new LocalDiskStorage(path.resolve(env.DOCUMENTS_DIR || '.data/documents'));
}

/** One file per key under a root directory, written whole then renamed: a reader never sees half a file. */
export class LocalDiskStorage implements DocumentStorage {
  /** directories known to exist: each is made once per process, not checked before every file */
  private readonly made = new Set<string>();

  constructor(readonly root: string) {}

  /**
   * Written to a temporary file, flushed to disk, then renamed over the key: storing the same bytes
   * again (keys are content hashes) replaces the file with an identical one, so nothing is checked first.
   */
  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    const directory = path.dirname(file);
    if (!this.made.has(directory)) {
      await mkdir(directory, { recursive: true });
      this.made.add(directory);
    }
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, bytes, { flush: true });
    } catch (error) {
      // the directory may have gone (cleaned up by hand): made again once, then the error stands
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.made.delete(directory);
      await mkdir(directory, { recursive: true });
      this.made.add(directory);
      await writeFile(temporary, bytes, { flush: true });
    }
    await rename(temporary, file);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.file(key));
  }

  delete(key: string): Promise<void> {
    return rm(this.file(key), { force: true });
  }

  private file(key: string): string {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*\.pdf$/.test(key)) throw new Error(`Invalid document storage key: ${key}`);
    return path.join(this.root, key);
  }
}
