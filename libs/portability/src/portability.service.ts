import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import type { OrgContext } from '@socius/auth';
import { ConflictError, DomainError, NotFoundError, RequestContext } from '@socius/core';
import { PG, pgCode } from '@socius/database';
import {
  ImportHooks,
  ImportInput,
  JobContext,
  JobRejectedError,
  MAX_IMPORT_BYTES,
  openInput,
  OutboxService,
  StagedUploadsService,
} from '@socius/jobs';
import { MemberErasure } from '@socius/members';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import {
  canonical,
  checkChain,
  csvRows,
  Figures,
  invalid,
  jsonRows,
  Manifest,
  ManifestFile,
  PORTABLE_FORMAT,
  rechain,
  remap,
  Row,
  sha256,
  tableSchema,
} from './portable-format';
import { PortabilityRepository } from './portability.repository';
import { CARRIED_TABLES } from './tables';
import { writeZip, ZipReader } from './zip';

export const PORTABLE_EXPORT_JOB = 'portability.export';
export const PORTABLE_IMPORT_JOB = 'portability.import';

/** Settings of the organization an import keeps as they are on this instance. */
const KEPT_SETTINGS = new Set(['id', 'name', 'slug', 'created_at', 'updated_at', 'require_admin_two_factor']);

interface Column {
  name: string;
  type: string;
  nullable: boolean;
}

export interface ExportResult {
  exportId: string;
  bytes: number;
  sha256: string;
  /** where to download the zip */
  download: string;
  ledger: Manifest['ledger'];
}

export interface ImportResult {
  source: Manifest['source'] & { exportedAt: string };
  /** rows written, by table */
  rows: Record<string, number>;
  ledger: { length: number; sourceHead: { sequence: number; hash: string }; head: { sequence: number; hash: string } };
  /** documents already in this instance's registry (the same verification code or file): not registered twice */
  documentsAlreadyRegistered: number;
  figures: Figures;
}

/**
 * An organization's data as a zip another instance imports (docs/portability.md): the export
 * reads one snapshot of every carried table; the import checks the whole file (checksums, the
 * ledger's chain, its columns) before it writes anything, then writes it in one transaction with
 * new ids, chains the ledger again and compares every figure with the manifest's before committing.
 */
@Injectable()
export class PortabilityService implements OnModuleInit {
  private readonly logger = new Logger('Portability');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PortabilityRepository,
    private readonly outbox: OutboxService,
    private readonly uploads: StagedUploadsService,
    private readonly audit: AuditService,
    private readonly erasure: MemberErasure,
  ) {}

  onModuleInit(): void {
    // an export holds every member's data: an erasure cannot leave a copy behind
    this.erasure.register({
      eraseMember: async (em, member) => {
        await this.repository.deleteExports(em, member.organizationId);
      },
    });
  }

  /** Starts an export job: answers its id and the export's. */
  async requestExport(ctx: OrgContext): Promise<{ jobId: string; exportId: string }> {
    await this.assertNoVoteOpen(this.dataSource.manager, ctx.organizationId);
    return this.dataSource.transaction(async (em) => {
      const exportId = await this.repository.insertExport(em, ctx.organizationId, ctx.userId);
      const jobId = await this.outbox.enqueue(em, {
        organizationId: ctx.organizationId,
        queue: 'default',
        name: PORTABLE_EXPORT_JOB,
        payload: { exportId },
      });
      await this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'organization.export-requested',
        entityType: 'portable-export',
        entityId: exportId,
        changes: null,
      });
      return { jobId, exportId };
    });
  }

  /** The job: builds the zip from one snapshot and keeps it for download. */
  async runExport(payload: Record<string, unknown>, job: JobContext): Promise<ExportResult> {
    const organizationId = job.organizationId!;
    const exportId = String(payload.exportId);
    const row = await this.repository.exportForJob(this.dataSource.manager, organizationId, exportId);
    if (!row) throw new JobRejectedError('The export was deleted (a member was erased since): start another.', {});
    if (row.requestedBy) RequestContext.assign({ userId: row.requestedBy });
    let built: { zip: Buffer; manifest: Manifest };
    try {
      built = await this.dataSource.transaction('REPEATABLE READ', (em) => this.build(em, organizationId, job));
    } catch (error) {
      if (error instanceof DomainError && error.status < 500)
        throw new JobRejectedError(error.message, { problem: error.toProblem() });
      throw error;
    }
    const digest = sha256(built.zip);
    await this.dataSource.transaction(async (em) => {
      await this.repository.markReady(em, organizationId, exportId, built.zip, digest);
      await this.audit.record(em, {
        organizationId,
        action: 'organization.exported',
        entityType: 'portable-export',
        entityId: exportId,
        changes: { sha256: digest, bytes: built.zip.length, ledgerHead: built.manifest.ledger.head },
      });
    });
    await job.progress(100);
    return {
      exportId,
      bytes: built.zip.length,
      sha256: digest,
      download: `/v1/orgs/${row.slug}/export/${exportId}`,
      ledger: built.manifest.ledger,
    };
  }

  /** The zip of a finished export. */
  async file(ctx: OrgContext, exportId: string): Promise<{ fileName: string; file: Buffer }> {
    const row = await this.repository.exportFile(this.dataSource.manager, ctx.organizationId, exportId);
    if (!row) throw new NotFoundError('export');
    if (row.status !== 'ready' || !row.file)
      throw new ConflictError('export-not-ready', 'The export is still being built: poll its job.');
    await this.dataSource.transaction((em) =>
      this.audit.record(em, {
        organizationId: ctx.organizationId,
        action: 'organization.export-downloaded',
        entityType: 'portable-export',
        entityId: exportId,
        changes: null,
      }),
    );
    const day = row.createdAt.toISOString().slice(0, 10);
    return { fileName: `socius-${ctx.slug}-${day}.zip`, file: row.file };
  }

  /** Stages the zip and starts the import job; 409 at once when the organization holds data. */
  async requestImport(ctx: OrgContext, body: Readable): Promise<{ jobId: string }> {
    await this.assertEmpty(this.dataSource.manager, ctx.organizationId);
    const { jobId } = await this.uploads.stage(
      {
        organizationId: ctx.organizationId,
        requestedBy: ctx.userId,
        kind: 'portable-import',
        jobName: PORTABLE_IMPORT_JOB,
      },
      body,
      MAX_IMPORT_BYTES,
    );
    return { jobId };
  }

  /** The job: reads and checks the staged zip, then writes it in one transaction. */
  runImport(payload: Record<string, unknown>, job: JobContext): Promise<ImportResult> {
    return this.uploads.run(payload, job, (upload, input, hooks) =>
      this.importZip(upload.organizationId, input, hooks),
    );
  }

  async importZip(organizationId: string, input: ImportInput, hooks: ImportHooks = {}): Promise<ImportResult> {
    const reader = new ZipReader();
    for await (const chunk of openInput(input, this.dataSource.manager) as AsyncIterable<Buffer>) reader.push(chunk);
    reader.push(new Uint8Array(0), true);
    const columns = await this.columns(this.dataSource.manager);
    const file = this.check(reader.done(), columns, await this.repository.schemaVersion(this.dataSource.manager));
    return this.dataSource.transaction((em) => this.write(em, organizationId, file, columns, hooks));
  }

  private async build(em: EntityManager, organizationId: string, job: JobContext) {
    await this.assertNoVoteOpen(em, organizationId);
    const org = (await this.repository.organization(em, organizationId))!;
    const columns = await this.columns(em);
    const files: [string, Buffer][] = [];
    const described: Record<string, ManifestFile> = {};
    const add = (name: string, data: Buffer, count?: number) => {
      files.push([name, data]);
      described[name] = { sha256: sha256(data), bytes: data.length, ...(count === undefined ? {} : { rows: count }) };
    };
    add('organization.json', Buffer.from(`${JSON.stringify(org, null, 2)}\n`, 'utf8'));
    const schemas: Row = { 'organization.json': tableSchema(columns.get('organizations')!) };
    let ledger: Row[] = [];
    let done = 0;
    for (const table of CARRIED_TABLES) {
      const found = await this.repository.carriedRows(em, table, organizationId);
      if (table.name === 'ledger_movements') ledger = found;
      add(`${table.name}.json`, jsonRows(found), found.length);
      const cols = columns.get(table.name)!;
      schemas[`${table.name}.json`] = tableSchema(cols);
      if (table.csv) {
        add(
          `${table.name}.csv`,
          csvRows(
            found,
            cols.map((c) => c.name),
          ),
          found.length,
        );
      }
      await job.progress(Math.floor((90 * ++done) / CARRIED_TABLES.length));
    }
    add(
      'schema.json',
      Buffer.from(
        `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', files: schemas }, null, 2)}\n`,
      ),
    );
    const head = checkChain(ledger);
    const manifest: Manifest = {
      format: PORTABLE_FORMAT,
      exportedAt: new Date().toISOString(),
      schemaVersion: await this.repository.schemaVersion(em),
      source: { organizationId, slug: org.slug as string, name: org.name as string },
      files: described,
      ledger: { length: ledger.length, head },
      figures: await this.figures(em, organizationId),
    };
    const zip = writeZip([['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')], ...files]);
    return { zip, manifest };
  }

  /** Every check that needs no write: a 422 naming the file (and row) at fault. */
  private check(files: Map<string, Buffer>, columns: Map<string, Column[]>, schemaVersion: number) {
    const manifest = parseJson(files, 'manifest.json') as Manifest;
    if (!manifest || manifest.format !== PORTABLE_FORMAT)
      throw invalid('manifest.json', `is not a ${PORTABLE_FORMAT} manifest`);
    if (typeof manifest.schemaVersion !== 'number' || manifest.schemaVersion > schemaVersion)
      throw invalid('manifest.json', 'was written by a newer Socius: update this instance first');
    for (const name of files.keys()) {
      if (name === 'manifest.json') continue;
      const listed = manifest.files?.[name];
      if (!listed) throw invalid(name, 'is not listed in the manifest');
      if (listed.sha256 !== sha256(files.get(name)!))
        throw invalid(name, 'its SHA-256 is not the one in the manifest: the file was altered');
    }
    for (const name of Object.keys(manifest.files ?? {}))
      if (!files.has(name)) throw invalid(name, 'is listed in the manifest but missing from the zip');
    const organization = parseJson(files, 'organization.json') as Row;
    if (!organization || organization.id !== manifest.source?.organizationId)
      throw invalid('organization.json', 'is not the organization the manifest names');
    const tables = new Map<string, Row[]>();
    for (const table of CARRIED_TABLES) {
      const name = `${table.name}.json`;
      // a table newer than the export's instance: none of its rows
      if (!files.has(name)) {
        tables.set(table.name, []);
        continue;
      }
      const data = parseJson(files, name);
      if (!Array.isArray(data)) throw invalid(name, 'is not a JSON array');
      if (data.length !== manifest.files[name].rows) throw invalid(name, 'does not hold the rows the manifest counts');
      const known = new Set(columns.get(table.name)!.map((c) => c.name));
      data.forEach((row: unknown, i) => {
        if (!row || typeof row !== 'object' || Array.isArray(row)) throw invalid(`${name}[${i}]`, 'is not an object');
        for (const key of Object.keys(row))
          if (!known.has(key)) throw invalid(`${name}[${i}].${key}`, `is not a column of ${table.name} here`);
        if (!table.parent && (row as Row).organization_id !== manifest.source.organizationId)
          throw invalid(`${name}[${i}].organization_id`, 'is not the exported organization');
      });
      tables.set(table.name, data as Row[]);
    }
    const ledger = tables.get('ledger_movements')!;
    const head = checkChain(ledger);
    const recorded = tables.get('ledger_heads')![0];
    if (
      head.sequence !== manifest.ledger?.head?.sequence ||
      head.hash !== manifest.ledger.head.hash ||
      (recorded && (Number(recorded.last_sequence) !== head.sequence || recorded.last_hash !== head.hash))
    )
      throw invalid('ledger_heads.json', 'the head of the chain is not the one the manifest and the ledger give');
    return { manifest, organization, tables, sourceHead: head };
  }

  private async write(
    em: EntityManager,
    organizationId: string,
    file: ReturnType<PortabilityService['check']>,
    columns: Map<string, Column[]>,
    hooks: ImportHooks,
  ): Promise<ImportResult> {
    await this.repository.lockOrganization(em, organizationId);
    await this.assertEmpty(em, organizationId);
    const source = file.manifest.source.organizationId;

    // every carried row gets a new id; references to rows left out (accounts) stay as they were
    const ids = new Map<string, string>([[source, organizationId]]);
    for (const data of file.tables.values())
      for (const row of data) if (typeof row.id === 'string' && !ids.has(row.id)) ids.set(row.id, randomUUID());
    for (const row of file.tables.get('contributions')!)
      if (row.contributor_organization_id && row.contributor_organization_id !== source)
        row.contributor_organization_id = null;

    const documents = file.tables.get('documents')!;
    const taken = await this.repository.registeredDocuments(
      em,
      documents.map((d) => d.verification_code),
      documents.map((d) => d.sha256),
    );
    const codes = new Set(taken.map((t) => t.code));
    const digests = new Set(taken.map((t) => t.sha256));
    const kept = documents.filter((d) => !codes.has(d.verification_code as string) && !digests.has(d.sha256 as string));
    const documentsAlreadyRegistered = documents.length - kept.length;
    file.tables.set('documents', kept);

    const written: Record<string, number> = {};
    let total = 0;
    let head = { sequence: 0, hash: '' };
    for (const table of CARRIED_TABLES) {
      const data = remap(file.tables.get(table.name)!, ids);
      if (table.name === 'ledger_movements') head = rechain(data);
      if (table.name === 'ledger_heads') for (const r of data) Object.assign(r, { last_hash: head.hash });
      written[table.name] = data.length;
      if (!data.length) continue;
      const present = new Set(data.flatMap((r) => Object.keys(r)));
      const cols = columns
        .get(table.name)!
        .map((c) => c.name)
        .filter((c) => present.has(c));
      for (let at = 0; at < data.length; at += 1000) {
        try {
          await this.repository.insertRows(em, table.name, cols, data.slice(at, at + 1000));
        } catch (error) {
          if (pgCode(error) === PG.uniqueViolation)
            throw new ConflictError(
              'already-on-this-instance',
              `${table.name}.json: a row with the same unique key (e.g. a payment file's message id) is already on this instance.`,
              undefined,
              [{ field: `${table.name}.json`, message: 'is already on this instance' }],
            );
          if (/^2[23]/.test(pgCode(error) ?? ''))
            throw invalid(`${table.name}.json`, `a row is refused by the database: ${(error as Error).message}`);
          throw error;
        }
      }
      total += data.length;
      await hooks.rowsDone?.(total);
    }

    const settings = Object.keys(file.organization).filter(
      (k) => !KEPT_SETTINGS.has(k) && columns.get('organizations')!.some((c) => c.name === k),
    );
    if (settings.length) await this.repository.updateOrganization(em, organizationId, settings, file.organization);

    const figures = await this.figures(em, organizationId);
    const expected = remap(file.manifest.figures, ids);
    if (canonical(figures) !== canonical(expected))
      throw invalid('manifest.json', 'the figures of the imported data are not those of the manifest (figures)');

    const result: ImportResult = {
      source: { ...file.manifest.source, exportedAt: file.manifest.exportedAt },
      rows: written,
      ledger: { length: file.tables.get('ledger_movements')!.length, sourceHead: file.sourceHead, head },
      documentsAlreadyRegistered,
      figures,
    };
    await this.audit.record(em, {
      organizationId,
      action: 'organization.imported',
      entityType: 'organization',
      entityId: organizationId,
      changes: {
        source: result.source,
        ledger: result.ledger,
        rows: total,
        documentsAlreadyRegistered,
      },
    });
    await hooks.beforeCommit?.(em, result);
    this.logger.log(`imported ${file.manifest.source.slug} into ${organizationId}: ${total} rows`);
    return result;
  }

  /**
   * The figures an import must find again (manifest.json `figures`): members by status, capital by
   * class, the ledger's head and totals by kind, each campaign's totals, each closed resolution.
   */
  async figures(em: EntityManager, organizationId: string): Promise<Figures> {
    const figures = await this.repository.figures(em, organizationId);
    const sorted = (list: Row[]) => list.sort((a, b) => canonical(a).localeCompare(canonical(b)));
    return { ...figures, campaigns: sorted(figures.campaigns), resolutions: sorted(figures.resolutions) };
  }

  /** 409 when the organization holds any of the data an import writes. */
  private async assertEmpty(em: EntityManager, organizationId: string): Promise<void> {
    for (const table of CARRIED_TABLES) {
      if (table.parent) continue;
      if (await this.repository.hasRows(em, table.name, organizationId))
        throw new ConflictError(
          'organization-not-empty',
          `An import goes only into an organization that holds no data yet; this one has ${table.name.replace(/_/g, ' ')}. Create a new organization and import there.`,
          { table: table.name },
        );
    }
  }

  /** Ballots cannot leave the instance (docs/portability.md): a vote in progress must end first. */
  private async assertNoVoteOpen(em: EntityManager, organizationId: string): Promise<void> {
    const open = await this.repository.openVoteTitle(em, organizationId);
    if (open !== undefined)
      throw new ConflictError(
        'vote-in-progress',
        `A vote is open ("${open}"): its ballots cannot be carried to another instance. Close it first, then export.`,
      );
  }

  private async columns(em: EntityManager): Promise<Map<string, Column[]>> {
    const found = await this.repository.columns(em, ['organizations', ...CARRIED_TABLES.map((t) => t.name)]);
    const byTable = new Map<string, Column[]>();
    for (const c of found)
      byTable.set(c.table, [...(byTable.get(c.table) ?? []), { name: c.name, type: c.type, nullable: c.nullable }]);
    return byTable;
  }
}

function parseJson(files: Map<string, Buffer>, name: string): unknown {
  const data = files.get(name);
  if (!data) throw invalid(name, 'is missing from the zip');
  try {
    return JSON.parse(data.toString('utf8'));
  } catch {
    throw invalid(name, 'is not valid JSON');
  }
}
