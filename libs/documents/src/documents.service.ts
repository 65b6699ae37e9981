import { Inject, Injectable } from '@nestjs/common';
import { auditActor } from '@socius/audit';
import { APP_CONFIG, AppConfig, DomainError, encodeCursor } from '@socius/core';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { DocumentsRepository } from './documents.repository';
import {
  IssuedDocumentDto,
  IssuedDocumentListDto,
  IssuedDocumentsQuery,
  VerificationDto,
  VerifiedDocumentDto,
} from './dto/documents.dto';
import { DocumentKind, IssuedDocument } from './entities/document.entity';
import type { DocumentLanguage } from './format';
import { RenderPool } from './pdf/render-pool';
import type { RenderJob } from './pdf/templates';
import type { DocumentStamp } from './pdf/writer';
import { DOCUMENT_STORAGE, DocumentStorage } from './storage';
import { newVerificationCode, normalizeVerificationCode } from './verification-code';

/** The numbering series of each kind: all minutes share one, PV-2026-0001, PV-2026-0002 ... */
const SERIES: Record<DocumentKind, string> = {
  resolution_minutes: 'PV',
  assembly_minutes: 'PV',
  share_certificate: 'ATT',
  subscription_receipt: 'RECU',
  tax_certificate: 'IRPME',
  capital_statement: 'CAP',
  contribution_receipt: 'CONTRIB',
  // cerfa 11580: receipts numbered in their own series, as the annual declaration counts them (CGI art. 222 bis)
  donation_tax_receipt: 'CERFA',
};

export interface IssueRequest {
  organizationId: string;
  kind: DocumentKind;
  subjectType: string;
  subjectId: string;
  /** the state of the subject the document shows: the same subject, version and language is issued once */
  subjectVersion: string;
  language: DocumentLanguage;
  title: string;
  summary: Record<string, unknown>;
  createdBy: string | null;
  /**
   * Called only when the document is to be issued, outside the numbering transaction: reads what
   * the document shows and returns the drawing, which gets the number and code and reads nothing
   * more (the transaction holds the series' lock meanwhile, and a connection).
   */
  prepare?: () => Promise<(stamp: DocumentStamp) => Promise<Buffer>>;
  /** Or the drawing as plain data, drawn by the render pool's threads (certificates). */
  render?: RenderJob;
}

export interface DocumentFile {
  document: IssuedDocument;
  bytes: Buffer;
}

/** documents drawn at once by one `issueMany`: enough to keep every drawing thread busy while others are stored */
const DRAWING_IN_FLIGHT = 8;
/**
 * documents of a large batch drawn by one task of the render pool (RenderPool.renderMany): a message
 * each way between the threads for them all rather than for each, as many in flight
 */
const DRAWN_TOGETHER = 4;

interface Reservation {
  number: string;
  verificationCode: string;
  issuedAt: Date;
}

interface Drawn {
  request: IssueRequest;
  reservation: Reservation;
  bytes: Buffer;
  hash: string;
}

/** Runs `work` on every item, at most `width` at a time. */
async function inTurns<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The registry of issued documents. A document is drawn once, when first asked for; its bytes go
 * to the document storage and every later request gets those bytes, checked against their hash.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DocumentsRepository,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly renderPool: RenderPool,
  ) {}

  /** The document for this subject, version and language: see `issueMany`. */
  async issue(request: IssueRequest): Promise<DocumentFile> {
    return (await this.issueMany([request]))[0];
  }

  /**
   * The documents for these subjects (of one organization), in the order asked: the stored one
   * where it was issued, else a new one with the next number of its series. In three steps, so the
   * series' counter is locked only while numbers are handed out, never while a PDF is drawn:
   * 1. one short transaction reserves a number and a verification code for each new document
   *    (concurrent first requests queue on the counter row; the second finds the first's
   *    reservation and numbers nothing, so numbers stay gapless);
   * 2. each is drawn with its number and code, hashed and put in the storage, a few at a time
   *    (templates in the render pool's threads, up to DRAWN_TOGETHER per task in a large batch);
   * 3. one transaction registers them all (and their audit rows) and clears their reservations.
   * A drawing that fails leaves its reservation: the next request for that subject completes it,
   * with the same number and code. Two requests completing the same reservation both draw; the
   * registry keeps the first and the second gets it.
   */
  async issueMany(requests: IssueRequest[]): Promise<DocumentFile[]> {
    if (!requests.length) return [];
    const organizationId = requests[0].organizationId;
    if (requests.some((r) => r.organizationId !== organizationId))
      throw new Error('issueMany: one organization at a time');
    if (requests.some((r) => !r.render && !r.prepare))
      throw new Error('issueMany: each request draws its document with `render` or `prepare`');
    const key = (r: Pick<IssueRequest, 'kind' | 'subjectId' | 'subjectVersion' | 'language'>) =>
      `${r.kind}|${r.subjectId}|${r.subjectVersion}|${r.language}`;
    const results = new Map<string, DocumentFile>();
    const found = await this.repository.findIssued(this.dataSource.manager, organizationId, requests);
    await Promise.all(found.map(async (d) => results.set(key(d), await this.read(d))));
    const missing = [...new Map(requests.filter((r) => !results.has(key(r))).map((r) => [key(r), r])).values()];
    if (missing.length) {
      const reservations = await this.reserve(organizationId, missing);
      const drawn: Drawn[] = [];
      const stampOf = (request: IssueRequest): DocumentStamp => {
        const reservation = reservations.get(key(request))!;
        return {
          number: reservation.number,
          verificationCode: reservation.verificationCode,
          issuedAt: reservation.issuedAt,
          verifyUrl: this.verifyUrl(reservation.verificationCode),
        };
      };
      const store = async (request: IssueRequest, bytes: Buffer) => {
        const hash = sha256(bytes);
        // content-addressed: a failed registration leaves at most an unreferenced file, never a wrong one
        await this.storage.put(this.storageKey(organizationId, hash), bytes);
        drawn.push({ request, reservation: reservations.get(key(request))!, bytes, hash });
      };
      // templates by the render pool, several per task once there are enough to keep every thread
      // busy; closures (prepare) one by one
      const templated = missing.filter((r) => r.render);
      const together = Math.max(1, Math.min(DRAWN_TOGETHER, Math.floor(templated.length / DRAWING_IN_FLIGHT)));
      const groups = Array.from({ length: Math.ceil(templated.length / together) }, (_, i) =>
        templated.slice(i * together, (i + 1) * together),
      );
      await Promise.all([
        inTurns(groups, Math.ceil(DRAWING_IN_FLIGHT / together), async (group) => {
          const bytes = await this.renderPool.renderMany(
            group.map((request) => ({ job: request.render!, stamp: stampOf(request) })),
          );
          await Promise.all(group.map((request, i) => store(request, bytes[i])));
        }),
        inTurns(
          missing.filter((r) => !r.render),
          DRAWING_IN_FLIGHT,
          async (request) => store(request, await (await request.prepare!())(stampOf(request))),
        ),
      ]);
      const registered = await this.register(organizationId, drawn);
      for (const d of drawn) {
        const document = registered.get(key(d.request))!;
        results.set(
          key(d.request),
          document.sha256 === d.hash ? { document, bytes: d.bytes } : await this.read(document),
        );
      }
    }
    return requests.map((r) => results.get(key(r))!);
  }

  /**
   * Step 1: a number and code for each request, new or left by an earlier attempt, in one call of
   * `socius_reserve_documents` (which locks the series' counters; see its migration).
   */
  private async reserve(organizationId: string, requests: IssueRequest[]): Promise<Map<string, Reservation>> {
    const rows = await this.repository.reserve(
      this.dataSource.manager,
      organizationId,
      requests.map((r) => ({ ...r, series: SERIES[r.kind], verificationCode: newVerificationCode() })),
    );
    return new Map(
      rows.map((r) => [
        `${r.kind}|${r.subjectId}|${r.subjectVersion}|${r.language}`,
        { number: r.number, verificationCode: r.verificationCode, issuedAt: r.issuedAt },
      ]),
    );
  }

  /**
   * Step 3, in one statement: the registry rows of the drawn documents with their audit entries,
   * their reservations cleared; a document someone else registered first is read instead.
   */
  private async register(organizationId: string, drawn: Drawn[]): Promise<Map<string, IssuedDocument>> {
    const documents = await this.repository.register(
      this.dataSource.manager,
      organizationId,
      drawn.map((d) => ({
        number: d.reservation.number,
        kind: d.request.kind,
        subjectType: d.request.subjectType,
        subjectId: d.request.subjectId,
        subjectVersion: d.request.subjectVersion,
        title: d.request.title,
        language: d.request.language,
        sha256: d.hash,
        verificationCode: d.reservation.verificationCode,
        storageKey: this.storageKey(organizationId, d.hash),
        byteCount: d.bytes.length,
        summary: d.request.summary,
        createdBy: d.request.createdBy,
        issuedAt: d.reservation.issuedAt,
      })),
      auditActor(),
    );
    const byKey = new Map(documents.map((d) => [`${d.kind}|${d.subjectId}|${d.subjectVersion}|${d.language}`, d]));
    const others = drawn.filter(
      (d) => !byKey.has(`${d.request.kind}|${d.request.subjectId}|${d.request.subjectVersion}|${d.request.language}`),
    );
    if (others.length)
      for (const d of await this.repository.findIssued(
        this.dataSource.manager,
        organizationId,
        others.map((o) => o.request),
      ))
        byKey.set(`${d.kind}|${d.subjectId}|${d.subjectVersion}|${d.language}`, d);
    return byKey;
  }

  /** `GET /v1/verify/{code}`: what the document with this code is; an unknown code is simply not valid. */
  async verifyCode(input: string): Promise<VerificationDto> {
    const code = normalizeVerificationCode(input);
    return code ? this.verified({ verificationCode: code }) : { valid: false };
  }

  /** `POST /v1/verify`: whether these exact bytes are an issued document (one changed byte and they are not). */
  async verifyBytes(body: Readable, maxBytes: number): Promise<VerificationDto | 'too-large'> {
    const hash = createHash('sha256');
    let seen = 0;
    for await (const chunk of body) {
      seen += (chunk as Buffer).length;
      if (seen > maxBytes) {
        body.destroy();
        return 'too-large';
      }
      hash.update(chunk as Buffer);
    }
    return seen ? this.verified({ sha256: hash.digest('hex') }) : { valid: false };
  }

  /** The registry of the documents an organization issued, newest first. */
  async list(organizationId: string, query: IssuedDocumentsQuery): Promise<IssuedDocumentListDto> {
    const limit = query.limit ?? 50;
    const { documents: rows, total } = await this.repository.page(this.dataSource.manager, organizationId, {
      kind: query.kind,
      cursor: query.cursor,
      limit,
    });
    const items = rows.slice(0, limit).map((d): IssuedDocumentDto => ({
      id: d.id,
      number: d.number,
      kind: d.kind,
      title: d.title,
      language: d.language,
      subjectType: d.subjectType,
      subjectId: d.subjectId,
      verificationCode: d.verificationCode,
      sha256: d.sha256,
      byteCount: d.byteCount,
      issuedAt: d.createdAt,
    }));
    const last = rows.length > limit ? rows[limit - 1] : null;
    return { items, total, nextCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
  }

  private async verified(by: { verificationCode: string } | { sha256: string }): Promise<VerificationDto> {
    const row = await this.repository.verified(this.dataSource.manager, by);
    if (!row) return { valid: false };
    const document: VerifiedDocumentDto = {
      number: row.number,
      kind: row.kind,
      title: row.title,
      language: row.language as DocumentLanguage,
      organization: { name: row.organizationName, legalForm: row.legalForm, siren: row.siren },
      issuedAt: row.createdAt,
      sha256: row.sha256,
      summary: publicSummary(row.summary) as Record<string, unknown>,
    };
    return { valid: true, document };
  }

  private verifyUrl(code: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/v1/verify/${code}`;
  }

  private storageKey(organizationId: string, hash: string): string {
    return `${organizationId}/${hash}.pdf`;
  }

  private async read(document: IssuedDocument): Promise<DocumentFile> {
    if (document.subjectErasedAt) {
      throw new DomainError(
        410,
        'document-erased',
        'Document erased',
        `The personal data of document ${document.number}'s subject was erased: its file is no longer kept. A copy still verifies.`,
      );
    }
    const bytes = await this.storage.get(document.storageKey);
    if (sha256(bytes) !== document.sha256)
      throw new Error(`Stored bytes of document ${document.number} (${document.storageKey}) do not match its SHA-256`);
    return { document, bytes };
  }
}

/** What the public verification shows of a summary: what the document states, without Socius' internal ids. */
export function publicSummary(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(publicSummary);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id' && !key.endsWith('Id'))
      .map(([key, v]) => [key, publicSummary(v)]),
  );
}
