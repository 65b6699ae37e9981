import { Injectable } from '@nestjs/common';
import { AUDIT_INSERT } from '@socius/audit';
import { decodeCursor } from '@socius/core';
import { firstRow, rows, run } from '@socius/database';
import type { EntityManager } from 'typeorm';
import { DocumentKind, IssuedDocument } from './entities/document.entity';

/** What identifies a document: the same subject, version and language is issued once. */
export interface DocumentSubject {
  kind: DocumentKind;
  subjectId: string;
  subjectVersion: string;
  language: string;
}

/** A number and verification code reserved for a document about to be drawn. */
export interface ReservationRow {
  kind: string;
  subjectId: string;
  subjectVersion: string;
  language: string;
  number: string;
  verificationCode: string;
  issuedAt: Date;
}

/** A drawn document to register, with its reservation. */
export interface DocumentToRegister extends DocumentSubject {
  number: string;
  subjectType: string;
  title: string;
  sha256: string;
  verificationCode: string;
  storageKey: string;
  byteCount: number;
  summary: Record<string, unknown>;
  createdBy: string | null;
  issuedAt: Date;
}

/** What the public verification reads of a document and its issuer. */
export interface VerifiedRow {
  number: string;
  kind: DocumentKind;
  title: string;
  language: string;
  createdAt: Date;
  sha256: string;
  summary: unknown;
  organizationName: string;
  legalForm: string;
  siren: string | null;
}

/** A document about an erased subject: what its pseudonymization rewrites. */
export interface ErasableDocumentRow {
  id: string;
  title: string;
  summary: unknown;
  storageKey: string;
}

/** The registry of issued documents (`documents`), their numbering and reservations. */
@Injectable()
export class DocumentsRepository {
  /**
   * A number and code for each subject, new or left by an earlier attempt, in one call of
   * `socius_reserve_documents` (which locks the series' counters; see its migration).
   */
  reserve(
    db: EntityManager,
    organizationId: string,
    requests: (DocumentSubject & { series: string; verificationCode: string })[],
  ): Promise<ReservationRow[]> {
    return rows<ReservationRow>(
      db,
      `SELECT kind, subject_id AS "subjectId", subject_version AS "subjectVersion", language, number,
              verification_code AS "verificationCode", issued_at AS "issuedAt"
         FROM socius_reserve_documents($1, $2, $3, $4, $5, $6, $7)`,
      [
        organizationId,
        requests.map((r) => r.series),
        requests.map((r) => r.kind),
        requests.map((r) => r.subjectId),
        requests.map((r) => r.subjectVersion),
        requests.map((r) => r.language),
        requests.map((r) => r.verificationCode),
      ],
    );
  }

  /**
   * In one statement: the registry rows of the drawn documents with their audit entries, their
   * reservations cleared. Answers the rows inserted: a document someone else registered first is
   * left out (ON CONFLICT DO NOTHING).
   */
  async register(
    db: EntityManager,
    organizationId: string,
    documents: DocumentToRegister[],
    audit: { userId: string | null; actor: string; requestId: string | null },
  ): Promise<IssuedDocument[]> {
    const inserted = await rows<Record<string, unknown>>(
      db,
      `WITH d AS (
         INSERT INTO documents (organization_id, number, kind, subject_type, subject_id, subject_version, title, language, sha256, verification_code, storage_key, byte_count, summary, created_by, created_at)
         SELECT $1, * FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::uuid[], $6::varchar[], $7::varchar[], $8::varchar[], $9::char(64)[], $10::char(10)[], $11::varchar[], $12::int[], $13::jsonb[], $14::uuid[], $15::timestamptz[])
         ON CONFLICT DO NOTHING
         RETURNING *),
       r AS (DELETE FROM document_reservations WHERE organization_id = $1 AND number = ANY($2::varchar[])),
       a AS (${AUDIT_INSERT}
         SELECT $1, $16::uuid, $17, 'document.issued', 'document', d.id::text,
                jsonb_build_object('number', d.number, 'kind', d.kind, 'subjectType', d.subject_type, 'subjectId', d.subject_id, 'language', d.language, 'sha256', d.sha256), $18
           FROM d)
       SELECT * FROM d`,
      [
        organizationId,
        documents.map((d) => d.number),
        documents.map((d) => d.kind),
        documents.map((d) => d.subjectType),
        documents.map((d) => d.subjectId),
        documents.map((d) => d.subjectVersion),
        documents.map((d) => d.title),
        documents.map((d) => d.language),
        documents.map((d) => d.sha256),
        documents.map((d) => d.verificationCode),
        documents.map((d) => d.storageKey),
        documents.map((d) => d.byteCount),
        documents.map((d) => JSON.stringify(d.summary)),
        documents.map((d) => d.createdBy),
        documents.map((d) => d.issuedAt),
        audit.userId,
        audit.actor,
        audit.requestId,
      ],
    );
    // RETURNING * names the columns: the entity's metadata maps them to its properties
    const metadata = db.connection.getMetadata(IssuedDocument);
    return inserted.map(
      (row) =>
        Object.assign(
          new IssuedDocument(),
          Object.fromEntries(metadata.columns.map((c) => [c.propertyName, row[c.databaseName]])),
        ) as IssuedDocument,
    );
  }

  /** The registered documents for these subjects, versions and languages. */
  findIssued(db: EntityManager, organizationId: string, subjects: DocumentSubject[]): Promise<IssuedDocument[]> {
    return db
      .createQueryBuilder(IssuedDocument, 'd')
      .where('d.organization_id = :organizationId', { organizationId })
      .andWhere(
        '(d.kind, d.subject_id, d.subject_version, d.language) IN (SELECT * FROM unnest(:kinds::varchar[], :ids::uuid[], :versions::varchar[], :languages::varchar[]))',
        {
          kinds: subjects.map((r) => r.kind),
          ids: subjects.map((r) => r.subjectId),
          versions: subjects.map((r) => r.subjectVersion),
          languages: subjects.map((r) => r.language),
        },
      )
      .getMany();
  }

  /** A page of the organization's registry, newest first (`limit + 1` rows: the last tells there is more), and the total. */
  async page(
    db: EntityManager,
    organizationId: string,
    query: { kind?: DocumentKind; cursor?: string; limit: number },
  ): Promise<{ documents: IssuedDocument[]; total: number }> {
    const qb = db
      .createQueryBuilder(IssuedDocument, 'd')
      .where('d.organization_id = :organizationId', { organizationId });
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    const total = await qb.clone().getCount();
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(d.created_at, d.id) < (:at::timestamptz, :id::uuid)', { at: after[0], id: after[1] });
    const documents = await qb
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    return { documents, total };
  }

  /** The document with this verification code, or these bytes' SHA-256, and its issuer. */
  verified(db: EntityManager, by: { verificationCode: string } | { sha256: string }): Promise<VerifiedRow | undefined> {
    const [condition, value] =
      'verificationCode' in by ? ['d.verification_code = $1', by.verificationCode] : ['d.sha256 = $1', by.sha256];
    return firstRow<VerifiedRow>(
      db,
      `SELECT d.number, d.kind, d.title, d.language, d.created_at AS "createdAt", d.sha256, d.summary,
              o.name AS "organizationName", o.legal_form AS "legalForm", o.siren
         FROM documents d JOIN organizations o ON o.id = d.organization_id
        WHERE ${condition}`,
      [value],
    );
  }

  /** The documents about these subjects not yet pseudonymized. */
  aboutSubjects(db: EntityManager, organizationId: string, subjectIds: string[]): Promise<ErasableDocumentRow[]> {
    return rows<ErasableDocumentRow>(
      db,
      `SELECT id, title, summary, storage_key AS "storageKey" FROM documents
        WHERE organization_id = $1 AND subject_id = ANY($2::uuid[]) AND subject_erased_at IS NULL`,
      [organizationId, subjectIds],
    );
  }

  /** A document's title and summary naming the pseudonym, its subject marked erased. */
  async pseudonymize(db: EntityManager, id: string, title: string, summary: unknown): Promise<void> {
    await run(db, `UPDATE documents SET title = $2, summary = $3, subject_erased_at = now() WHERE id = $1`, [
      id,
      title,
      JSON.stringify(summary),
    ]);
  }
}
