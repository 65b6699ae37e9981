import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { CSV_STRINGIFY_CAST } from '@socius/core';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { MEMBER_EXPORT_PAGE, MembersRepository } from './members.repository';

export const MEMBER_CSV_COLUMNS = [
  'externalRef',
  'kind',
  'firstName',
  'lastName',
  'companyName',
  'email',
  'collegeCode',
  'membershipNumber',
  'status',
] as const;

/** Streams the register page by page (keyset), so memory stays flat whatever its size. */
@Injectable()
export class MembersExport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MembersRepository,
  ) {}

  async write(organizationId: string, out: Writable): Promise<void> {
    const em = this.dataSource.manager;
    const repository = this.repository;
    async function* rows() {
      let after: [string, string] | null = null;
      for (;;) {
        const page = await repository.exportPage(em, organizationId, after);
        for (const r of page) {
          yield [
            r.external_ref,
            r.kind,
            r.first_name,
            r.last_name,
            r.company_name,
            r.email,
            r.college_code,
            r.membership_number,
            r.status,
          ];
        }
        if (page.length < MEMBER_EXPORT_PAGE) return;
        const last = page[page.length - 1];
        after = [last.sort_name, last.id];
      }
    }
    out.write('\uFEFF');
    await pipeline(
      Readable.from(rows()),
      stringify({
        delimiter: ';',
        record_delimiter: '\r\n',
        header: true,
        columns: [...MEMBER_CSV_COLUMNS],
        cast: CSV_STRINGIFY_CAST,
      }),
      out,
    );
  }
}
