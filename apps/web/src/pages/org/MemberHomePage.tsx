import type { ReactNode } from 'react';
import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../api/client';
import { AppLink } from '../../components/links';
import { day, euros } from '../../format';
import { useT } from '../../i18n';
import type { MessageId } from '../../locales/fr';
import { useCharters } from './useCharters';
import { inOrg, useOrg } from './useOrg';

/** `/o/{slug}`: a member's status and what needs their attention; other roles get their own pages. */
export function MemberHomePage() {
  const t = useT();
  const { memberId } = useOrg();
  if (!memberId) return <Text>{t('member.noRecord')}</Text>;
  return <MemberHome memberId={memberId} />;
}

function MemberHome({ memberId }: { memberId: string }) {
  const t = useT();
  const { slug } = useOrg();
  const member = useQuery({
    queryKey: ['member', slug, memberId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members/{id}', inOrg(slug, { id: memberId }))),
  });
  const holdings = useQuery({
    queryKey: ['holdings', slug, memberId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members/{id}/holdings', inOrg(slug, { id: memberId }))),
  });
  const votes = useQuery({
    queryKey: ['my-resolutions', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/my/resolutions', inOrg(slug))),
  });
  const charters = useCharters(slug, memberId);
  const toVote = votes.data?.items.filter((r) => !r.voted || r.proxiesToCast.length > 0) ?? [];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Card withBorder component="section" aria-labelledby="status-title">
        <Title order={2} size="h3" id="status-title">
          {t('member.status.title')}
        </Title>
        {member.data && (
          <Stack gap={4} mt="xs">
            <Text fw={600}>{t(`member.status.${member.data.status}` as MessageId)}</Text>
            {member.data.membershipNumber !== null && (
              <Text>{t('member.number', { number: member.data.membershipNumber })}</Text>
            )}
            {member.data.admittedOn && <Text>{t('member.admittedOn', { date: day(member.data.admittedOn) })}</Text>}
          </Stack>
        )}
      </Card>
      <Summary id="shares-summary" title={t('org.shares')}>
        {holdings.data && (
          <>
            <Text>
              {holdings.data.totalQuantity === 0
                ? t('org.noShares')
                : t('org.total', { shares: holdings.data.totalQuantity, amount: euros(holdings.data.totalCents) })}
            </Text>
            <AppLink to="/o/$slug/shares" params={{ slug }}>
              {t('member.home.sharesLink')}
            </AppLink>
          </>
        )}
      </Summary>
      <Summary id="votes-summary" title={t('org.resolutions')}>
        {votes.data && (
          <>
            <Text>{t('member.home.toVote', { count: toVote.length })}</Text>
            <AppLink to="/o/$slug/votes" params={{ slug }}>
              {t('member.home.votesLink')}
            </AppLink>
          </>
        )}
      </Summary>
      <Summary id="charters-summary" title={t('member.charters.title')}>
        {charters.toAccept.length > 0 ? (
          <Alert color="yellow" p="xs">
            {t('member.home.chartersToAccept', { count: charters.toAccept.length })}
          </Alert>
        ) : (
          charters.ready && <Text>{t('member.home.chartersDone')}</Text>
        )}
        <AppLink to="/o/$slug/documents" params={{ slug }}>
          {t('member.home.documentsLink')}
        </AppLink>
      </Summary>
    </SimpleGrid>
  );
}

/** One card of the home: a titled section and what it says. */
function Summary({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Stack gap={4} mt="xs">
        {children}
      </Stack>
    </Card>
  );
}
