import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { call, client } from '../../api/client';

/** The co-op of the page (`/o/{slug}/…`) and the caller's role and member record in it. */
export function useOrg() {
  const { slug } = useParams({ from: '/o/$slug' });
  const org = useQuery({
    queryKey: ['org', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}', { params: { path: { slug } } })),
  });
  return { slug, org, memberId: org.data?.memberId ?? null };
}

/** `{ params: { path: { slug, ...more } } }` for the client's calls. */
export const inOrg = <T extends object>(slug: string, more?: T) => ({
  params: { path: { slug, ...more } as { slug: string } & T },
});
