import { Injectable } from '@nestjs/common';
import type { OrgContext } from '@socius/auth';
import { AuditService } from '@socius/audit';
import { csvUntext, DomainError, FieldProblem, flattenValidationErrors, ValidationError } from '@socius/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parse } from 'csv-parse';
import { pipeline } from 'node:stream';
import { ImportHooks, ImportInput, openInput } from '@socius/jobs';
import { WebhookEvents } from '@socius/webhooks';
import { DataSource, EntityManager } from 'typeorm';
import { CreateMemberDto, ImportResultDto } from './dto/member.dto';
import { IMPORT_DB_COLUMN, ImportExistingRow, MembersRepository } from './members.repository';
import { searchTextOf, sortNameOf } from './search';

/** The columns of the contract, in order; the optional ones may follow. */
export const IMPORT_COLUMNS = [
  'externalRef',
  'kind',
  'firstName',
  'lastName',
  'companyName',
  'email',
  'collegeCode',
] as const;
const OPTIONAL_COLUMNS = [
  'eConsent',
  'phone',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'siren',
  'legalRepresentative',
] as const;
const KNOWN = new Set<string>([...IMPORT_COLUMNS, ...OPTIONAL_COLUMNS]);
/** columns an import writes; membership number and status are the registry's, not the file's */
const WRITTEN = ['kind', 'firstName', 'lastName', 'companyName', 'email', 'collegeId', ...OPTIONAL_COLUMNS] as const;
const BATCH = 2_000;
const TIDY_AFTER_ROWS = 5_000;
/** past this many, the report stops listing errors (it still counts them) */
const MAX_REPORTED_ERRORS = 1_000;

/** The job that imports a staged members file (`POST members/import` answered 202). */
export const MEMBERS_IMPORT_JOB = 'members.import';

export type ImportResult = ImportResultDto;

type Row = Record<string, unknown> & { externalRef: string | null; line: number };

/** Thrown at the end of a dry run's transaction so that everything it wrote is rolled back. */
class DryRunDone extends Error {}

/**
 * CSV import in one pass and one transaction: each batch is validated and written, and the
 * transaction is rolled back at the end if any row was bad — all rows or none, with memory
 * bounded by the batch size whatever the file's size. Re-importing a row with the same
 * externalRef updates that member (and records the field diffs) instead of adding one. The
 * request runs it on the request's body, an import job on its staged file (with `hooks` for
 * progress and for marking the file consumed in this transaction).
 */
@Injectable()
export class MembersImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly webhookEvents: WebhookEvents,
    private readonly repository: MembersRepository,
  ) {}

  async run(
    ctx: Pick<OrgContext, 'organizationId'>,
    input: ImportInput,
    hooks: ImportHooks = {},
    { dryRun = false }: { dryRun?: boolean } = {},
  ): Promise<ImportResult> {
    const errors: FieldProblem[] = [];
    let errorCount = 0;
    const addError = (row: number, field: string, message: string) => {
      errorCount++;
      if (errors.length < MAX_REPORTED_ERRORS) errors.push({ row, field, message });
    };
    const result: ImportResult = { total: 0, created: 0, updated: 0, unchanged: 0 };
    const parser = parse({
      bom: true,
      delimiter: [';', ','],
      columns: (header: string[]) => this.checkHeader(header),
      skip_empty_lines: true,
      trim: true,
      info: true,
    });
    // a dry run writes as the import would (so that conflicts in the database are found too),
    // then rolls back
    const ran = this.dataSource.transaction(async (em) => {
      // an error on either side (a size limit, a broken connection) ends the loop below with it
      pipeline(openInput(input, em), parser, () => undefined);
      const colleges = new Map<string, string>(
        (await this.repository.collegeCodes(em, ctx.organizationId)).map((c) => [c.code, c.id]),
      );
      const seenRefs = new Map<string, number>();
      // a first import into an empty registry has nothing to compare with
      const any = await this.repository.hasMembers(em, ctx.organizationId);
      const write = (rows: Row[]) => this.write(em, ctx, rows, result, any);
      let batch: Row[] = [];
      let inFlight: Promise<void> = Promise.resolve();
      try {
        for await (const { record, info } of parser as AsyncIterable<{
          record: Record<string, string>;
          info: { lines: number };
        }>) {
          result.total++;
          const row = this.validateRow(record, info.lines, colleges, seenRefs, addError);
          if (row) batch.push(row);
          if (batch.length >= BATCH) {
            // the next batch is parsed and validated while this one is written
            await inFlight;
            await hooks.rowsDone?.(result.total);
            if (errorCount === 0) inFlight = write(batch);
            inFlight.catch(() => undefined); // awaited below; this only silences the early rejection
            batch = [];
          }
        }
      } catch (error) {
        const e = error as { code?: string; lines?: number; message: string };
        if (e instanceof DomainError) throw e;
        if (e.code?.startsWith('CSV_'))
          throw new ValidationError(
            [{ row: e.lines, field: 'body', message: e.message }],
            `The CSV is malformed: ${e.message}`,
          );
        throw error;
      }
      await inFlight;
      if (errorCount === 0 && batch.length) await write(batch);
      if (result.total === 0 && errorCount === 0)
        throw ValidationError.field('body', 'the file has a header but no rows');
      if (errorCount > 0) {
        throw new ValidationError(
          errors,
          `${errorCount} error(s) in the file: nothing was imported.${errorCount > errors.length ? ` The first ${errors.length} are listed.` : ''}`,
        );
      }
      if (dryRun) throw new DryRunDone();
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'members.imported',
        entityType: 'organization',
        entityId: ctx.organizationId,
        changes: { ...result },
      });
      await hooks.rowsDone?.(result.total);
      await hooks.beforeCommit?.(em, result);
    });
    try {
      await ran;
    } catch (error) {
      if (error instanceof DryRunDone) return { ...result, dryRun: true };
      throw error;
    }
    if (result.created + result.updated >= TIDY_AFTER_ROWS) await this.tidy();
    return result;
  }

  /**
   * After a large import: fresh statistics for the planner, and the trigram index's pending list
   * merged, so that the next searches do not scan thousands of unmerged entries.
   */
  private async tidy(): Promise<void> {
    await this.repository.tidy(this.dataSource.manager);
  }

  private checkHeader(header: string[]): string[] {
    const problems: FieldProblem[] = [];
    const columns = header.map((h) => h.trim());
    for (const required of IMPORT_COLUMNS)
      if (!columns.includes(required)) problems.push({ row: 1, field: required, message: 'column is missing' });
    for (const c of columns)
      if (!KNOWN.has(c))
        problems.push({ row: 1, field: c, message: `is not a known column (expected ${IMPORT_COLUMNS.join(';')})` });
    if (problems.length)
      throw new ValidationError(problems, 'The header line is not the expected one: nothing was imported.');
    return columns;
  }

  private validateRow(
    record: Record<string, string>,
    line: number,
    colleges: Map<string, string>,
    seenRefs: Map<string, number>,
    addError: (row: number, field: string, message: string) => void,
  ): Row | null {
    const plain: Record<string, unknown> = {};
    // a cell our own export escaped (`'=…`, libs/core csv.ts) comes back as its text
    for (const [key, value] of Object.entries(record)) if (value !== '') plain[key] = csvUntext(value);
    if (typeof plain.eConsent === 'string') {
      const v = plain.eConsent.toLowerCase();
      plain.eConsent = ['1', 'true', 'oui', 'yes', 'o', 'y'].includes(v)
        ? true
        : ['0', 'false', 'non', 'no', 'n'].includes(v)
          ? false
          : plain.eConsent;
    }
    const dto = plainToInstance(CreateMemberDto, plain);
    // unknown columns were refused with the header, so no whitelist pass per row
    const problems = flattenValidationErrors(validateSync(dto));
    for (const p of problems) addError(line, p.field!, p.message);
    if (dto.collegeCode && !colleges.has(dto.collegeCode))
      addError(line, 'collegeCode', `no college has the code ${dto.collegeCode}`);
    if (dto.externalRef) {
      const first = seenRefs.get(dto.externalRef);
      if (first) addError(line, 'externalRef', `appears already on line ${first}`);
      else seenRefs.set(dto.externalRef, line);
    }
    if (problems.length) return null;
    return {
      ...dto,
      collegeId: dto.collegeCode ? (colleges.get(dto.collegeCode) ?? null) : null,
      externalRef: dto.externalRef ?? null,
      line,
    };
  }

  private async write(
    em: EntityManager,
    ctx: Pick<OrgContext, 'organizationId'>,
    rows: Row[],
    result: ImportResult,
    registryHadMembers: boolean,
  ): Promise<void> {
    const refs = rows.map((r) => r.externalRef).filter((r): r is string => !!r);
    const existing = new Map<string, ImportExistingRow>();
    if (refs.length && registryHadMembers) {
      const found = await this.repository.importExisting(em, ctx.organizationId, WRITTEN, refs);
      for (const f of found) existing.set(String(f.external_ref), f);
    }
    const columns: Record<string, unknown[]> = Object.fromEntries(
      ['external_ref', ...WRITTEN.map((c) => IMPORT_DB_COLUMN[c]), 'search_text', 'sort_name'].map((c) => [c, []]),
    );
    const audits: { id: string | null; ref: string | null; action: string; changes: Record<string, unknown> }[] = [];
    for (const row of rows) {
      const next: Record<string, unknown> = {};
      for (const c of WRITTEN) next[c] = row[c] ?? (c === 'eConsent' ? false : c === 'country' ? 'FR' : null);
      const old = row.externalRef ? existing.get(row.externalRef) : undefined;
      if (old) {
        const changes: Record<string, unknown> = {};
        for (const c of WRITTEN) if ((old[c] ?? null) !== next[c]) changes[c] = { from: old[c] ?? null, to: next[c] };
        if (Object.keys(changes).length === 0) {
          result.unchanged++;
          continue;
        }
        result.updated++;
        audits.push({ id: String(old.id), ref: row.externalRef, action: 'member.updated', changes });
      } else {
        result.created++;
        audits.push({
          id: null,
          ref: row.externalRef,
          action: 'member.created',
          changes: { ...next, externalRef: row.externalRef },
        });
      }
      const searchable = {
        ...(next as Record<string, string | null>),
        kind: String(next.kind),
        externalRef: row.externalRef,
        membershipNumber: old?.membership_number ?? null,
      };
      columns.external_ref.push(row.externalRef);
      for (const c of WRITTEN) columns[IMPORT_DB_COLUMN[c]].push(next[c]);
      columns.search_text.push(searchTextOf(searchable as never));
      columns.sort_name.push(sortNameOf(searchable as never));
    }
    if (!columns.external_ref.length) return;
    const written = await this.repository.importUpsert(em, ctx.organizationId, columns);
    // created rows without an externalRef come back in insertion order
    const idsWithoutRef = written.filter((w) => w.external_ref === null).map((w) => w.id);
    const idByRef = new Map(written.filter((w) => w.external_ref !== null).map((w) => [w.external_ref!, w.id]));
    const records = audits.map((a) => ({
      organizationId: ctx.organizationId,
      action: a.action as 'member.created' | 'member.updated',
      entityType: 'member',
      entityId: a.id ?? (a.ref ? idByRef.get(a.ref) : idsWithoutRef.shift()) ?? null,
      changes: a.changes,
    }));
    await this.audit.recordMany(em, records);
    await this.webhookEvents.publishMany(
      em,
      ctx.organizationId,
      records.map((r) => ({ type: r.action, ids: { memberId: r.entityId } })),
    );
  }
}
