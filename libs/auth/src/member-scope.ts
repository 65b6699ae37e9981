import { NotFoundError, ValidationError } from '@socius/core';
import type { OrgContext } from './access.decorators';

/**
 * A caller with the member role acts only on their own member record. Anyone else's record is
 * answered as "not found", so a member cannot learn which identifiers exist.
 */
export function assertOwnRecord(ctx: OrgContext, memberId: string | null | undefined, what = 'member'): void {
  if (ctx.role === 'member' && (!ctx.memberId || ctx.memberId !== memberId)) throw new NotFoundError(what);
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
