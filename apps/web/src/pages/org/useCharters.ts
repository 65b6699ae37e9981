import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../api/client';
import { inOrg } from './useOrg';

/** The charters, statutes and rules in force, and which of them this member has not accepted yet. */
export function useCharters(slug: string, memberId: string) {
  const charters = useQuery({
    queryKey: ['charters', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/charters', inOrg(slug))),
  });
  const accepted = useQuery({
    queryKey: ['acceptances', slug, memberId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members/{id}/acceptances', inOrg(slug, { id: memberId }))),
  });
  const current = charters.data?.items.filter((c) => c.current) ?? [];
  const acceptedIds = new Set(accepted.data?.items.map((a) => a.charterId));
  return {
    ready: !!charters.data && !!accepted.data,
    current,
    acceptances: accepted.data?.items ?? [],
    toAccept: accepted.data ? current.filter((c) => !acceptedIds.has(c.id)) : [],
  };
}
