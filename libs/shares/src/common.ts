import {
  BusinessRuleError,
  decodeCursor,
  encodeCursor,
  isUuid,
  NotFoundError,
  PageQuery,
  ValidationError,
} from '@socius/core';
import { College, Member, MemberStatus } from '@socius/members';
import { EntityManager, In, Not, SelectQueryBuilder } from 'typeorm';
import { Holding } from './entities/holding.entity';
import { Subscription } from './entities/subscription.entity';
import { ShareClass } from './entities/share-class.entity';

/** Members who may take new shares: applicants (admitted by their first issued shares) and active members. */
export const MAY_SUBSCRIBE: readonly MemberStatus[] = ['applicant', 'active'];

export async function shareClassByCode(
  em: EntityManager,
  organizationId: string,
  code: string,
  field = 'shareClassCode',
): Promise<ShareClass> {
  const shareClass = await em.findOneBy(ShareClass, { organizationId, code });
  if (!shareClass) throw ValidationError.field(field, `no share class has the code ${code}`);
  return shareClass;
}

export async function memberOf(
  em: EntityManager,
  organizationId: string,
  id: string,
  field = 'memberId',
  lock = false,
): Promise<Member> {
  const member = await em.findOne(Member, {
    where: { organizationId, id },
    relations: lock ? undefined : { college: true },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!member) throw ValidationError.field(field, 'no member has this id here');
  return member;
}

export async function memberOr404(em: EntityManager, organizationId: string, id: string): Promise<Member> {
  const member = await em.findOneBy(Member, { organizationId, id });
  if (!member) throw new NotFoundError('member');
  return member;
}

export async function collegeCodeOf(em: EntityManager, member: Member): Promise<string | null> {
  if (!member.collegeId) return null;
  const college = await em.findOne(College, { select: { id: true, code: true }, where: { id: member.collegeId } });
  return college?.code ?? null;
}

/** The class may be restricted to some colleges (a class for employees, one for users ...). */
export async function assertClassOpenTo(
  em: EntityManager,
  shareClass: ShareClass,
  member: Member,
  field = 'shareClassCode',
): Promise<void> {
  if (!shareClass.collegeCodes.length) return;
  const code = await collegeCodeOf(em, member);
  if (!code || !shareClass.collegeCodes.includes(code)) {
    throw new BusinessRuleError(
      'share-class-restricted',
      `Shares of class ${shareClass.code} are reserved to the colleges ${shareClass.collegeCodes.join(', ')}; this member is ${code ? `in college ${code}` : 'in no college'}.`,
      undefined,
      [{ field, message: `is reserved to the colleges ${shareClass.collegeCodes.join(', ')}` }],
    );
  }
}

/** What the member holds now (all recorded movements) of one class, or of every class. */
export async function currentHolding(
  em: EntityManager,
  organizationId: string,
  memberId: string,
  shareClassId?: string,
): Promise<number> {
  return (
    (await em.sum(Holding, 'quantity', { organizationId, memberId, ...(shareClassId ? { shareClassId } : {}) })) ?? 0
  );
}

/** The statutes' maximum per member, counting what is held and what is already on its way. */
export async function assertWithinMaximum(
  em: EntityManager,
  organizationId: string,
  member: Member,
  shareClass: ShareClass,
  adding: number,
  excludeSubscriptionId?: string,
): Promise<void> {
  if (shareClass.maxPerMember === null) return;
  const held = await currentHolding(em, organizationId, member.id, shareClass.id);
  const onTheWay =
    (await em.sum(Subscription, 'quantity', {
      organizationId,
      memberId: member.id,
      shareClassId: shareClass.id,
      status: In(['pending', 'approved']),
      ...(excludeSubscriptionId ? { id: Not(excludeSubscriptionId) } : {}),
    })) ?? 0;
  if (held + onTheWay + adding > shareClass.maxPerMember) {
    throw new BusinessRuleError(
      'share-maximum',
      `A member may hold at most ${shareClass.maxPerMember} shares of class ${shareClass.code}; this member holds ${held}${onTheWay ? ` and has ${onTheWay} on the way` : ''}.`,
      undefined,
      [{ field: 'quantity', message: `would exceed the maximum of ${shareClass.maxPerMember} per member` }],
    );
  }
}

/**
 * After shares leave a member: either nothing is left (the member leaves, per the statutes) or what
 * is left still meets the minimum of the class.
 */
export async function assertRemainderAllowed(
  em: EntityManager,
  organizationId: string,
  memberId: string,
  shareClass: ShareClass,
  leaving: number,
): Promise<{ leavesNothing: boolean }> {
  const held = await currentHolding(em, organizationId, memberId, shareClass.id);
  const total = await currentHolding(em, organizationId, memberId);
  if (leaving > held) {
    throw new BusinessRuleError(
      'insufficient-shares',
      `The member holds ${held} shares of class ${shareClass.code}, fewer than ${leaving}.`,
      { heldQuantity: held },
      [{ field: 'quantity', message: `is more than the ${held} held` }],
    );
  }
  const left = held - leaving;
  if (left > 0 && left < shareClass.minPerMember) {
    throw new BusinessRuleError(
      'share-minimum',
      `The member would keep ${left} shares of class ${shareClass.code}, below the minimum of ${shareClass.minPerMember}: move all of them or at most ${held - shareClass.minPerMember}.`,
      undefined,
      [{ field: 'quantity', message: `would leave fewer than the minimum of ${shareClass.minPerMember}` }],
    );
  }
  return { leavesNothing: total - leaving === 0 };
}

export function personName(m: Pick<Member, 'kind' | 'companyName' | 'firstName' | 'lastName'>): string {
  return m.kind === 'legal_entity' ? (m.companyName ?? '') : [m.firstName, m.lastName].filter(Boolean).join(' ');
}

/** The member's columns a list joins to show who a row is about (`alias`: the joined members table). */
export const MEMBER_LABEL_COLUMNS = (alias: string) =>
  ['id', 'kind', 'firstName', 'lastName', 'companyName', 'membershipNumber'].map((c) => `${alias}.${c}`);

/** Who a row is about, as a list shows it: a person's names or the company's, and the membership number. */
export function memberLabel(
  m: Pick<Member, 'kind' | 'companyName' | 'firstName' | 'lastName' | 'membershipNumber'> | undefined,
): { name: string; number: number | null } {
  return { name: m ? personName(m) : '', number: m?.membershipNumber ?? null };
}

/**
 * One page of a list ordered by (a timestamp, id). The cursor names the last row seen; the next page
 * starts after that row's stored timestamp (microseconds), so rows of the same millisecond are neither
 * skipped nor repeated.
 */
export async function keysetPage<T extends { id: string }>(
  qb: SelectQueryBuilder<T>,
  order: { alias: string; property: string; column: string; table: string; direction: 'ASC' | 'DESC' },
  query: PageQuery,
): Promise<{ rows: T[]; total: number; nextCursor: string | null }> {
  const limit = query.limit ?? 50;
  const total = await qb.clone().getCount();
  const after = decodeCursor(query.cursor, 1);
  if (after) {
    if (typeof after[0] !== 'string' || !isUuid(after[0]))
      throw ValidationError.field('cursor', 'is not a cursor this list returned');
    const op = order.direction === 'DESC' ? '<' : '>';
    qb.andWhere(
      `(${order.alias}.${order.property}, ${order.alias}.id) ${op} (SELECT x.${order.column}, x.id FROM ${order.table} x WHERE x.organization_id = ${order.alias}.organization_id AND x.id = :cursorId)`,
      { cursorId: after[0] },
    );
  }
  const rows = await qb
    .orderBy(`${order.alias}.${order.property}`, order.direction)
    .addOrderBy(`${order.alias}.id`, order.direction)
    .limit(limit + 1)
    .getMany();
  const page = rows.slice(0, limit);
  return { rows: page, total, nextCursor: rows.length > limit ? encodeCursor([page[page.length - 1].id]) : null };
}
