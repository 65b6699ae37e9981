import { Injectable } from '@nestjs/common';
import { firstRow, rows, run } from '@socius/database';
import type { EntityManager } from 'typeorm';

/** Members who are (or are becoming) part of the co-op, and so concerned by a new version. */
const CONCERNED = `('applicant', 'active', 'resigning')`;

/** A member who has not accepted a version yet. */
export interface PendingAcceptanceRow {
  id: string;
  membership_number: number | null;
  kind: string;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  email: string | null;
  status: string;
}

/** A current version required for admission. */
export interface MissingCharterRow {
  kind: string;
  version: number;
  title: string;
}

/** The charters' SQL: versions, who is concerned, who has not accepted. */
@Injectable()
export class ChartersRepository {
  /** One publisher at a time per organization and kind, until the commit. */
  async lockKind(em: EntityManager, organizationId: string, kind: string): Promise<void> {
    await run(em, `SELECT pg_advisory_xact_lock(hashtext($1 || ':' || $2))`, [organizationId, kind]);
  }

  async nextVersion(em: EntityManager, organizationId: string, kind: string): Promise<number> {
    const row = await firstRow<{ next: number }>(
      em,
      `SELECT COALESCE(max(version), 0) + 1 AS next FROM charters WHERE organization_id = $1 AND kind = $2`,
      [organizationId, kind],
    );
    return row!.next;
  }

  /** The latest version of a kind, null when there is none. */
  async latestVersion(em: EntityManager, organizationId: string, kind: string): Promise<number | null> {
    const row = await firstRow<{ max: number | null }>(
      em,
      `SELECT max(version) AS max FROM charters WHERE organization_id = $1 AND kind = $2`,
      [organizationId, kind],
    );
    return row!.max;
  }

  /** How many members a new version concerns. */
  async countConcerned(em: EntityManager, organizationId: string): Promise<number> {
    const row = await firstRow<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM members WHERE organization_id = $1 AND status IN ${CONCERNED}`,
      [organizationId],
    );
    return row!.n;
  }

  /** The concerned members who have not accepted this version, by name. */
  pending(em: EntityManager, organizationId: string, charterId: string): Promise<PendingAcceptanceRow[]> {
    return rows<PendingAcceptanceRow>(
      em,
      `SELECT m.id, m.membership_number, m.kind, m.first_name, m.last_name, m.company_name, m.email, m.status
           FROM members m
          WHERE m.organization_id = $1 AND m.status IN ${CONCERNED}
            AND NOT EXISTS (SELECT 1 FROM charter_acceptances a WHERE a.organization_id = $1 AND a.member_id = m.id AND a.charter_id = $2)
          ORDER BY m.sort_name, m.id`,
      [organizationId, charterId],
    );
  }

  /** The current required versions this member has not accepted. */
  missingForAdmission(em: EntityManager, organizationId: string, memberId: string): Promise<MissingCharterRow[]> {
    return rows<MissingCharterRow>(
      em,
      `SELECT c.kind, c.version, c.title FROM charters c
        WHERE c.organization_id = $1 AND c.required_for_admission
          AND c.version = (SELECT max(version) FROM charters WHERE organization_id = $1 AND kind = c.kind)
          AND NOT EXISTS (SELECT 1 FROM charter_acceptances a WHERE a.organization_id = $1 AND a.member_id = $2 AND a.charter_id = c.id)
        ORDER BY c.kind`,
      [organizationId, memberId],
    );
  }
}
