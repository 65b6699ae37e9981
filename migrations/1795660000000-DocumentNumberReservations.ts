import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A document's number and verification code are reserved in a short transaction of their own, then
 * the document is drawn and stored, then registered: the series' counter is locked for the
 * reservation only, not while a PDF is drawn. A reservation whose drawing failed is completed,
 * with the same number and code, by the next request for the same subject and version.
 */
export class DocumentNumberReservations1795660000000 implements MigrationInterface {
  name = 'DocumentNumberReservations1795660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "document_reservations" (
                "organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE,
                "number" character varying(30) NOT NULL,
                "kind" character varying(30) NOT NULL,
                "subject_id" uuid NOT NULL,
                "subject_version" character varying(64) NOT NULL,
                "language" character varying(2) NOT NULL,
                "verification_code" character(10) NOT NULL UNIQUE,
                "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                PRIMARY KEY ("organization_id", "number")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "document_reservations_subject_key" ON "document_reservations" ("organization_id", "kind", "subject_id", "subject_version", "language")
        `);
    // One call, one round trip: locks the counters of the series (always in the same order),
    // then, in a statement that sees whatever the previous holder of the lock committed, keeps
    // the reservations that exist and numbers the others in the order asked. Each statement of
    // a volatile function takes a new snapshot, which is what makes the second see the first's.
    await queryRunner.query(`
            CREATE FUNCTION socius_reserve_documents(
                p_org uuid, p_prefixes varchar[], p_kinds varchar[], p_subjects uuid[], p_versions varchar[], p_languages varchar[], p_codes char(10)[]
            ) RETURNS TABLE (kind varchar, subject_id uuid, subject_version varchar, language varchar, number varchar, verification_code char(10), issued_at timestamptz)
            LANGUAGE plpgsql VOLATILE AS $fn$
            DECLARE
                v_year text;
            BEGIN
                SELECT to_char(now() AT TIME ZONE o.timezone, 'YYYY') INTO STRICT v_year FROM organizations o WHERE o.id = p_org;
                INSERT INTO document_counters (organization_id, series)
                    SELECT p_org, s.series FROM (SELECT DISTINCT x || '-' || v_year AS series FROM unnest(p_prefixes) x) s ORDER BY s.series
                    ON CONFLICT DO NOTHING;
                PERFORM 1 FROM document_counters c
                    WHERE c.organization_id = p_org AND c.series IN (SELECT x || '-' || v_year FROM unnest(p_prefixes) x)
                    ORDER BY c.series FOR UPDATE;
                RETURN QUERY
                WITH wanted AS (
                    SELECT w.prefix || '-' || v_year AS series, w.kind, w.subject_id, w.subject_version, w.language, w.code, w.ord
                      FROM unnest(p_prefixes, p_kinds, p_subjects, p_versions, p_languages, p_codes) WITH ORDINALITY
                           AS w(prefix, kind, subject_id, subject_version, language, code, ord)),
                existing AS (
                    SELECT r.kind, r.subject_id, r.subject_version, r.language, r.number, r.verification_code, r.issued_at
                      FROM document_reservations r JOIN wanted w
                        ON r.organization_id = p_org AND r.kind = w.kind AND r.subject_id = w.subject_id AND r.subject_version = w.subject_version AND r.language = w.language),
                fresh AS (
                    SELECT w.*, row_number() OVER (PARTITION BY w.series ORDER BY w.ord) AS rank FROM wanted w
                     WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.kind = w.kind AND e.subject_id = w.subject_id AND e.subject_version = w.subject_version AND e.language = w.language)),
                bumped AS (
                    UPDATE document_counters c SET last_number = c.last_number + n.count
                      FROM (SELECT f.series, count(*)::int AS count FROM fresh f GROUP BY f.series) n
                     WHERE c.organization_id = p_org AND c.series = n.series
                    RETURNING c.series, c.last_number - n.count AS base),
                made AS (
                    INSERT INTO document_reservations AS r (organization_id, number, kind, subject_id, subject_version, language, verification_code, issued_at)
                    SELECT p_org, f.series || '-' || lpad((b.base + f.rank)::text, greatest(4, length((b.base + f.rank)::text)), '0'),
                           f.kind, f.subject_id, f.subject_version, f.language, f.code, now()
                      FROM fresh f JOIN bumped b ON b.series = f.series
                    RETURNING r.kind, r.subject_id, r.subject_version, r.language, r.number, r.verification_code, r.issued_at)
                SELECT * FROM made UNION ALL SELECT * FROM existing;
            END
            $fn$
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION socius_reserve_documents`);
    await queryRunner.query(`DROP TABLE "document_reservations"`);
  }
}
