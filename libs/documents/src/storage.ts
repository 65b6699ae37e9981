import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { AppConfig } from '@socius/core';

/**
 * Where issued documents' bytes live. Keys are chosen by the registry and never reused for other
 * bytes, so a backend only stores and returns them: a local directory (one host), or an S3 bucket
 * that every API replica and worker shares.
 */
export interface DocumentStorage {
  /** Stores the bytes under the key; storing the same bytes again is harmless. */
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Removes the bytes (a document whose subject's personal data was erased); a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export const DOCUMENT_STORAGE = Symbol('DOCUMENT_STORAGE');

type StorageConfig = Pick<
  AppConfig,
  | 'DOCUMENTS_STORAGE'
  | 'DOCUMENTS_DIR'
  | 'S3_BUCKET'
  | 'S3_PREFIX'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_FORCE_PATH_STYLE'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
>;

/** `DOCUMENTS_STORAGE`: `local` under `DOCUMENTS_DIR` (default `.data/documents`), or `s3` in `S3_BUCKET`. */
export function documentStorageFromConfig(config: StorageConfig): DocumentStorage {
  if (config.DOCUMENTS_STORAGE === 's3') {
    return new S3Storage(config.S3_BUCKET, config.S3_PREFIX, {
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT || undefined,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  }
  return new LocalDiskStorage(path.resolve(config.DOCUMENTS_DIR || '.data/documents'));
}

/** Keys are `{organizationId}/{sha256}.pdf`: nothing else is ever stored or read. */
function checkedKey(key: string): string {
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*\.pdf$/.test(key)) throw new Error(`Invalid document storage key: ${key}`);
  return key;
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
    return path.join(this.root, checkedKey(key));
  }
}

/**
 * One object per key in a bucket (AWS S3 or an S3-compatible service). A PUT is atomic: a reader
 * never sees half an object. Written with `If-None-Match: *`: bytes already there (keys are content
 * hashes) are not sent twice, and a service that answers 412 for them has them already.
 */
export class S3Storage implements DocumentStorage {
  readonly client: S3Client;

  constructor(
    readonly bucket: string,
    readonly prefix: string,
    options: S3ClientConfig,
  ) {
    // checksums only where S3 requires them: several S3-compatible services refuse the SDK's
    // default ones, and every read is checked against the registered SHA-256 anyway
    this.client = new S3Client({
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
      ...options,
    });
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.prefix + checkedKey(key),
          Body: bytes,
          ContentType: 'application/pdf',
          IfNoneMatch: '*',
        }),
      );
    } catch (error) {
      // 412: the object exists (the same bytes); 409: a concurrent PUT of the same key is in flight
      const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
      if (status !== 412 && status !== 409) throw error;
    }
  }

  async get(key: string): Promise<Buffer> {
    const answer = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + checkedKey(key) }),
    );
    return Buffer.from(await answer.Body!.transformToByteArray());
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.prefix + checkedKey(key) }));
  }
}
