import { DomainError } from '@socius/core';
import { Unzip, UnzipInflate, Zip, ZipDeflate } from 'fflate';

/** What an import reads of a zip at most: its entries, each file and all of them uncompressed. */
export interface ZipLimits {
  maxEntries: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 200,
  maxFileBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
};

/** Builds a zip of named files, deflated (a streaming writer: each file is compressed as it is added). */
export function writeZip(files: Iterable<[string, Uint8Array]>): Buffer {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [name, data] of files) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

function refused(detail: string, field = 'file'): DomainError {
  return new DomainError(422, 'portable-file-invalid', 'Unprocessable export file', detail, [
    { field, message: detail },
  ]);
}

/**
 * Reads a zip a chunk at a time and keeps its files, counting what each inflates to: past a
 * limit it stops at once (a zip bomb is refused after at most the limit's bytes, whatever its
 * headers claim). Two entries of one name, or a name with a directory, are refused too.
 */
export class ZipReader {
  private readonly files = new Map<string, Buffer>();
  private readonly parts = new Map<string, Uint8Array[]>();
  private total = 0;
  private failure: DomainError | null = null;
  private readonly unzip: Unzip;

  constructor(private readonly limits: ZipLimits = ZIP_LIMITS) {
    this.unzip = new Unzip((file) => {
      if (this.failure) return file.terminate();
      if (this.parts.has(file.name) || this.files.has(file.name))
        return this.fail(file, refused(`${file.name} appears twice in the zip`, file.name));
      if (!/^[a-z0-9_.-]+$/.test(file.name) || file.name.startsWith('.'))
        return this.fail(file, refused(`${file.name} is not a file of a Socius export`, file.name));
      if (this.parts.size + this.files.size >= this.limits.maxEntries)
        return this.fail(file, refused(`the zip holds more than ${this.limits.maxEntries} files`));
      const parts: Uint8Array[] = [];
      this.parts.set(file.name, parts);
      let size = 0;
      file.ondata = (error, data, final) => {
        if (this.failure) return;
        if (error) return this.fail(file, refused(`${file.name} cannot be read: ${error.message}`, file.name));
        size += data.length;
        this.total += data.length;
        if (size > this.limits.maxFileBytes)
          return this.fail(
            file,
            refused(`${file.name} inflates to more than ${this.limits.maxFileBytes} bytes`, file.name),
          );
        if (this.total > this.limits.maxTotalBytes)
          return this.fail(file, refused(`the zip inflates to more than ${this.limits.maxTotalBytes} bytes`));
        parts.push(data);
        if (final) {
          this.files.set(file.name, Buffer.concat(parts));
          this.parts.delete(file.name);
        }
      };
      try {
        file.start();
      } catch (error) {
        this.fail(file, refused(`${file.name}: ${(error as Error).message}`, file.name));
      }
    });
    this.unzip.register(UnzipInflate);
  }

  push(chunk: Uint8Array, final = false): void {
    if (this.failure) throw this.failure;
    try {
      this.unzip.push(chunk, final);
    } catch (error) {
      if (!this.failure) this.failure = refused(`not a readable zip: ${(error as Error).message}`);
    }
    if (this.failure) throw this.failure;
  }

  /** The files, once the last chunk was pushed; a file left unfinished means a cut zip. */
  done(): Map<string, Buffer> {
    if (this.failure) throw this.failure;
    const unfinished = [...this.parts.keys()][0];
    if (unfinished) throw refused(`${unfinished} is cut short: the zip is incomplete`, unfinished);
    if (!this.files.size) throw refused('the file is not a zip, or an empty one');
    return this.files;
  }

  private fail(file: { terminate(): void }, error: DomainError): void {
    this.failure ??= error;
    try {
      file.terminate();
    } catch {
      // already stopped
    }
  }
}
