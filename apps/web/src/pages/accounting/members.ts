import { useQuery } from '@tanstack/react-query';
import { call, client, type Schemas } from '../../api/client';

/** A member as the register names them: the person's or the company's name. */
export const memberName = (m: Pick<Schemas['MemberDto'], 'kind' | 'firstName' | 'lastName' | 'companyName'>) =>
  m.kind === 'legal_entity' ? (m.companyName ?? '') : [m.firstName, m.lastName].filter(Boolean).join(' ');

/**
 * The names of the co-op's first 200 members by name, to show beside the ledger's member ids; a
 * member further on shows its number instead (the register page finds anyone).
 */
export function useMemberNames(slug: string) {
  const members = useQuery({
    queryKey: ['member-names', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members', { params: { path: { slug }, query: { limit: 200 } } })),
  });
  const names = new Map(members.data?.items.map((m) => [m.id, memberName(m)]));
  return (id: string) => names.get(id) ?? id.slice(0, 8);
}
