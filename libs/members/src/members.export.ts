import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { CSV_STRINGIFY_CAST } from '@socius/core';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import { DataSource } from 'typeorm';

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

const PAGE = 2_000;

/** Streams the register page by page (keyset), so memory stays flat whatever its size. */
@Injectable()
export class MembersExport {
  constructor(private readonly dataSource: DataSource) {}

  async write(organizationId: string, out: Writable): Promise<void> {
    const dataSource = this.dataSource;
    async function* rows() {
      let after: [string, string] | null = null;
      for (;;) {
        const page: Record<string, unknown>[] = await dataSource.query(
          `SELECT m.external_ref, m.kind, m.first_name, m.last_name, m.company_name, m.email, c.code AS college_code,
                  m.membership_number, m.status, m.sort_name, m.id
             FROM members m LEFT JOIN colleges c ON c.id = m.college_id
            WHERE m.organization_id = $1 AND ($2::text IS NULL OR (m.sort_name, m.id) > ($2, $3::uuid))
            ORDER BY m.sort_name, m.id LIMIT ${PAGE}`,
          [organizationId, after?.[0] ?? null, after?.[1] ?? null],
        );
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
        if (page.length < PAGE) return;
        const last = page[page.length - 1];
        after = [String(last.sort_name), String(last.id)];
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
