import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@socius/audit';
import { APP_CONFIG, AppConfig } from '@socius/core';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { VerificationDto, VerifiedDocumentDto } from './dto/documents.dto';
import { DocumentKind, IssuedDocument } from './entities/document.entity';
import type { DocumentLanguage } from './format';
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
  prepare: () => Promise<(stamp: DocumentStamp) => Promise<Buffer>>;
}

export interface DocumentFile {
  document: IssuedDocument;
  bytes: Buffer;
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
    private readonly audit: AuditService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The document for this subject, version and language: the stored one if it was issued, else a
   * new one with the next number of its series. Concurrent first requests queue on the series'
   * counter row; the second finds the first's document and numbers nothing, so numbers stay gapless.
   */
  async issue(request: IssueRequest): Promise<DocumentFile> {
    const existing = await this.findIssued(this.dataSource.manager, request);
    if (existing) return this.read(existing);
    const draw = await request.prepare();
    return this.dataSource.transaction(async (em) => {
      const [{ year }] = await em.query(`SELECT to_char(now() AT TIME ZONE timezone, 'YYYY') AS year FROM organizations WHERE id = $1`, [request.organizationId]);
      const series = `${SERIES[request.kind]}-${year}`;
      await em.query(`INSERT INTO document_counters (organization_id, series) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [request.organizationId, series]);
      const [{ last_number }] = await em.query(`SELECT last_number FROM document_counters WHERE organization_id = $1 AND series = $2 FOR UPDATE`, [request.organizationId, series]);
      const raced = await this.findIssued(em, request);
      if (raced) return this.read(raced);

      const next = last_number + 1;
      await em.query(`UPDATE document_counters SET last_number = $3 WHERE organization_id = $1 AND series = $2`, [request.organizationId, series, next]);
      const number = `${series}-${String(next).padStart(4, '0')}`;
      const verificationCode = newVerificationCode();
      const issuedAt = new Date();
      const bytes = await draw({ number, verificationCode, issuedAt, verifyUrl: `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/v1/verify/${verificationCode}` });
      const hash = sha256(bytes);
      // content-addressed: a rolled-back issue leaves at most an unreferenced file, never a wrong one
      const storageKey = `${request.organizationId}/${hash}.pdf`;
      await this.storage.put(storageKey, bytes);
      const document = await em.save(
        em.create(IssuedDocument, {
          organizationId: request.organizationId,
          number,
          kind: request.kind,
          subjectType: request.subjectType,
          subjectId: request.subjectId,
          subjectVersion: request.subjectVersion,
          title: request.title,
          language: request.language,
          sha256: hash,
          verificationCode,
          storageKey,
          byteCount: bytes.length,
          summary: request.summary,
          createdBy: request.createdBy,
          createdAt: issuedAt,
        }),
      );
      await this.audit.record(em, {
        organizationId: request.organizationId,
        action: 'document.issued',
        entityType: 'document',
        entityId: document.id,
        changes: { number, kind: request.kind, subjectType: request.subjectType, subjectId: request.subjectId, language: request.language, sha256: hash },
      });
      return { document, bytes };
    });
  }

  /** `GET /v1/verify/{code}`: what the document with this code is; an unknown code is simply not valid. */
  async verifyCode(input: string): Promise<VerificationDto> {
    const code = normalizeVerificationCode(input);
    return code ? this.verifyWhere('d.verification_code = $1', code) : { valid: false };
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
    return seen ? this.verifyWhere('d.sha256 = $1', hash.digest('hex')) : { valid: false };
  }

  private async verifyWhere(condition: string, value: string): Promise<VerificationDto> {
    const [row] = await this.dataSource.query(
      `SELECT d.number, d.kind, d.title, d.language, d.created_at, d.sha256, d.summary, o.name, o.legal_form, o.siren
         FROM documents d JOIN organizations o ON o.id = d.organization_id
        WHERE ${condition}`,
      [value],
    );
    if (!row) return { valid: false };
    const document: VerifiedDocumentDto = {
      number: row.number,
      kind: row.kind,
      title: row.title,
      language: row.language,
      organization: { name: row.name, legalForm: row.legal_form, siren: row.siren },
      issuedAt: row.created_at,
      sha256: row.sha256,
      summary: row.summary,
    };
    return { valid: true, document };
  }

  private findIssued(em: EntityManager, r: IssueRequest): Promise<IssuedDocument | null> {
    return em.findOne(IssuedDocument, { where: { organizationId: r.organizationId, kind: r.kind, subjectId: r.subjectId, subjectVersion: r.subjectVersion, language: r.language } });
  }

  private async read(document: IssuedDocument): Promise<DocumentFile> {
    const bytes = await this.storage.get(document.storageKey);
    if (sha256(bytes) !== document.sha256) throw new Error(`Stored bytes of document ${document.number} (${document.storageKey}) do not match its SHA-256`);
    return { document, bytes };
  }
}
