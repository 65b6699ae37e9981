import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type Schemas } from '../../api/client';
import { Ballot } from '../../components/Ballot';
import { FormError } from '../../components/FormError';
import { AppLink } from '../../components/links';
import { day } from '../../format';
import { useT } from '../../i18n';
import type { MessageId } from '../../locales/fr';
import { inOrg, useOrg } from './useOrg';

/** `/o/{slug}/votes`: the open resolutions to vote on (for myself and by proxy), my proxies, past results. */
export function VotesPage() {
  const t = useT();
  const { slug } = useOrg();
  const queryClient = useQueryClient();
  const open = useQuery({
    queryKey: ['my-resolutions', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/my/resolutions', inOrg(slug))),
  });
  const cast = (id: string, choice: string | string[], onBehalfOfMemberId?: string) =>
    call(
      client.POST('/v1/orgs/{slug}/resolutions/{id}/ballots', {
        ...inOrg(slug, { id }),
        body: { choice, ...(onBehalfOfMemberId ? { onBehalfOfMemberId } : {}) },
      }),
    );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['my-resolutions', slug] });
  return (
    <Stack>
      <Title order={2}>{t('org.resolutions')}</Title>
      <Text size="sm">{t('member.votes.secretNote')}</Text>
      <FormError error={open.error} />
      {open.data?.items.length === 0 && <Text>{t('org.noResolutions')}</Text>}
      {open.data?.items.map((r: Schemas['MyResolutionDto']) => (
        <Stack key={r.id} gap="xs">
          <Ballot resolution={r} cast={(choice) => cast(r.id, choice)} onCast={refresh} />
          {r.proxiesToCast.map((grantor, n) => (
            <Ballot
              key={grantor}
              resolution={{ ...r, voted: false }}
              heading={<Text fw={600}>{t('member.votes.forGrantor', { n: n + 1 })}</Text>}
              cast={(choice) => cast(r.id, choice, grantor)}
              onCast={refresh}
            />
          ))}
        </Stack>
      ))}
      <Proxies slug={slug} />
      <PastResolutions slug={slug} />
    </Stack>
  );
}

function Proxies({ slug }: { slug: string }) {
  const t = useT();
  const { memberId } = useOrg();
  const queryClient = useQueryClient();
  const proxies = useQuery({
    queryKey: ['my-proxies', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/my/proxies', inOrg(slug))),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call(client.POST('/v1/orgs/{slug}/proxies/{id}/revoke', inOrg(slug, { id }))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-proxies', slug] }),
  });
  const live = proxies.data?.items.filter((p) => !p.revokedAt) ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="proxies-title">
      <Title order={3} id="proxies-title">
        {t('member.proxies.title')}
      </Title>
      {proxies.data && !live.length && <Text mt="xs">{t('member.proxies.none')}</Text>}
      <List mt="xs" spacing="xs">
        {live.map((p) => (
          <List.Item key={p.id}>
            {p.grantorMemberId === memberId ? (
              <>
                {t('member.proxies.given', { date: day(p.createdAt) })}{' '}
                <Button size="compact-sm" variant="outline" onClick={() => revoke.mutate(p.id)}>
                  {t('member.proxies.revoke')}
                </Button>
              </>
            ) : (
              t('member.proxies.held', { date: day(p.createdAt) })
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed" mt="xs">
        {t('member.proxies.howTo')}
      </Text>
      <FormError error={revoke.error} />
    </Card>
  );
}

function PastResolutions({ slug }: { slug: string }) {
  const t = useT();
  const assemblies = useQuery({
    queryKey: ['assemblies', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/assemblies', inOrg(slug))),
  });
  return (
    <Card withBorder component="section" aria-labelledby="past-title">
      <Title order={3} id="past-title">
        {t('member.votes.assemblies')}
      </Title>
      {assemblies.data?.items.length === 0 && <Text mt="xs">{t('member.votes.noAssemblies')}</Text>}
      {assemblies.data?.items.slice(0, 10).map((a) => (
        <AssemblyResolutions key={a.id} slug={slug} assembly={a} />
      ))}
    </Card>
  );
}

function AssemblyResolutions({ slug, assembly }: { slug: string; assembly: Schemas['AssemblyDto'] }) {
  const t = useT();
  const resolutions = useQuery({
    queryKey: ['assembly-resolutions', slug, assembly.id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/assemblies/{id}/resolutions', inOrg(slug, { id: assembly.id }))),
  });
  return (
    <div>
      <Text fw={600} mt="sm">
        {assembly.title}
      </Text>
      <List>
        {resolutions.data?.items
          .filter((r) => r.status !== 'draft')
          .map((r) => (
            <List.Item key={r.id}>
              <AppLink to="/o/$slug/resolutions/$id" params={{ slug, id: r.id }}>
                {r.number}. {r.title}
              </AppLink>{' '}
              — {t(`resolution.status.${r.outcome ?? r.status}` as MessageId)}
            </List.Item>
          ))}
      </List>
    </div>
  );
}
