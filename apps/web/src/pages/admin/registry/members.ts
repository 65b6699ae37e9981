import type { Schemas } from '../../../api/client';

export type Member = Schemas['MemberDto'];

export const MEMBER_STATUSES = ['applicant', 'active', 'resigning', 'resigned', 'excluded', 'deceased'] as const;
export type MemberStatusFilter = (typeof MEMBER_STATUSES)[number];
