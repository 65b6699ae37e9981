import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { decodeCursor, encodeCursor, Page, RequestContext } from '@socius/core';
import { rows } from '@socius/database';
import { EntityManager, Repository } from 'typeorm';
import { AuditEntry } from './entities/audit-entry.entity';

export interface AuditRecord {
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: Record<string, unknown> | null;
}

export interface AuditItem {
  id: string;
  at: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, unknown> | null;
  requestId: string | null;
}

/** Field-by-field differences between two plain objects: {field: {from, to}}. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = normalise(before[key]);
    const b = normalise(after[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = { from: a, to: b };
  }
  return changes;
}

const normalise = (v: unknown) => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);

/**
 * The head of the INSERT that writes audit entries, for the few hot statements that write their
 * entry in the same statement as the change (one round trip), with `auditActor()` for its values.
 */
export const AUDIT_INSERT =
  'INSERT INTO audit_log (organization_id, actor_user_id, actor, action, entity_type, entity_id, changes, request_id)';

/** Who acts and in which request, as every audit entry records them (from the request context). */
export function auditActor(): { userId: string | null; actor: string; requestId: string | null } {
  const ctx = RequestContext.current();
  return { userId: ctx.userId ?? null, actor: ctx.actor ?? 'system', requestId: ctx.requestId ?? null };
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Writes one entry inside the caller's transaction; the actor and request come from the context. */
  async record(em: EntityManager, record: AuditRecord): Promise<void> {
    await this.recordMany(em, [record]);
  }

  /** Writes many entries in one statement (imports, batch operations): arrays, not one parameter per value. */
  async recordMany(em: EntityManager, records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    const { userId, actor, requestId } = auditActor();
    await em.query(
      `${AUDIT_INSERT}
       SELECT o, $2, $3, a, t, e, c, $4 FROM unnest($1::uuid[], $5::text[], $6::text[], $7::text[], $8::jsonb[]) AS r(o, a, t, e, c)`,
      [
        records.map((r) => r.organizationId),
        userId,
        actor,
        requestId,
        records.map((r) => r.action),
        records.map((r) => r.entityType),
        records.map((r) => r.entityId ?? null),
        records.map((r) => (r.changes ? JSON.stringify(r.changes) : null)),
      ],
    );
  }

  /**
   * How many times an account did `action` in the last `minutes`, counting at most `limit`, and in
   * how many seconds the oldest of those leaves the window (a lock-out's wait).
   */
  async recentOfAccount(
    em: EntityManager,
    userId: string,
    action: string,
    minutes: number,
    limit: number,
  ): Promise<{ count: number; secondsUntilOldestLeaves: number | null }> {
    const [row] = await rows<{ count: number; secondsUntilOldestLeaves: number | null }>(
      em,
      `SELECT count(*)::int AS count,
              ceil(extract(epoch FROM min(at) + make_interval(mins => $3) - now()))::int AS "secondsUntilOldestLeaves"
         FROM (SELECT at FROM audit_log
                WHERE organization_id IS NULL AND entity_type = 'user' AND entity_id = $1
                  AND action = $2 AND at > now() - make_interval(mins => $3)
                ORDER BY id DESC LIMIT $4) recent`,
      [userId, action, minutes, limit],
    );
    return row;
  }

  async list(
    organizationId: string,
    filter: {
      entityType?: string;
      entityId?: string;
      actor?: string;
      from?: string;
      to?: string;
      limit?: number;
      cursor?: string;
    },
  ): Promise<Page<AuditItem>> {
    const limit = filter.limit ?? 50;
    const qb = this.entries.createQueryBuilder('a').where('a.organizationId = :organizationId', { organizationId });
    if (filter.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actor) qb.andWhere('lower(a.actor) = lower(:actor)', { actor: filter.actor });
    // days are the organization's: from its midnight, up to the next day's midnight
    const midnightOf = (day: string) =>
      `(${day}::timestamp AT TIME ZONE (SELECT o.timezone FROM organizations o WHERE o.id = :organizationId))`;
    if (filter.from) qb.andWhere(`a.at >= ${midnightOf(':from::date')}`, { from: filter.from });
    if (filter.to) qb.andWhere(`a.at < ${midnightOf('(:to::date + 1)')}`, { to: filter.to });
    const total = await qb.clone().getCount();
    const after = decodeCursor(filter.cursor, 1);
    if (after) qb.andWhere('a.id < :after', { after: String(after[0]) });
    const rows = await qb
      .orderBy('a.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const items = rows.slice(0, limit).map(toItem);
    return { items, total, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1].id]) : null };
  }
}

function toItem(e: AuditEntry): AuditItem {
  return {
    id: e.id,
    at: e.at,
    actor: e.actor,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    changes: e.changes,
    requestId: e.requestId,
  };
}
