import type { Schemas } from '../../../api/client';

export type Member = Schemas['MemberDto'];

/** A person's "first last", or a legal entity's company name. */
export function displayName(m: Pick<Member, 'kind' | 'firstName' | 'lastName' | 'companyName'>): string {
  return m.kind === 'legal_entity' ? (m.companyName ?? '') : [m.firstName, m.lastName].filter(Boolean).join(' ');
}

export const MEMBER_STATUSES = ['applicant', 'active', 'resigning', 'resigned', 'excluded', 'deceased'] as const;
export type MemberStatusFilter = (typeof MEMBER_STATUSES)[number];
