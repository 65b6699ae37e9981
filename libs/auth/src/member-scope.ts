import { NotFoundError, ValidationError } from '@socius/core';
import type { OrgContext } from './access.decorators';

/**
 * A caller with the member role acts only on their own member record (or one of those named, for
 * a record two members share, like a transfer). Anyone else's record is answered as "not found",
 * so a member cannot learn which identifiers exist.
 */
export function assertOwnRecord(
  ctx: OrgContext,
  memberId: string | null | undefined | (string | null)[],
  what = 'member',
): void {
  if (ctx.role !== 'member') return;
  const theirs = Array.isArray(memberId) ? memberId : [memberId];
  if (!ctx.memberId || !theirs.includes(ctx.memberId)) throw new NotFoundError(what);
}

/** No member has this id: what a member-role caller without a member record is filtered on. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** The member a list is restricted to: a member-role caller's own record, whatever they asked. */
export function ownRecordsOnly(ctx: OrgContext, requested: string | undefined): string | undefined {
  return ctx.role === 'member' ? (ctx.memberId ?? NOBODY) : requested;
}

/** Fields the co-op sets itself (dates of record, decisions): a member's own request leaves them out. */
export function assertNotSetByMember<T extends object>(ctx: OrgContext, dto: T, fields: (keyof T & string)[]): void {
  if (ctx.role !== 'member') return;
  const set = fields.filter((field) => dto[field] !== undefined);
  if (set.length)
    throw new ValidationError(
      set.map((field) => ({ field, message: 'is set by the cooperative, not in a member’s own request' })),
      `${set.join(', ')}: set by the cooperative`,
    );
}
