import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { api, ApiProblem } from '../api/client';
import { FormError } from '../components/FormError';
import { AppLink } from '../components/links';
import { i18n, useT } from '../i18n';
import type { MessageId } from '../locales/fr';

interface Organization {
  name: string;
  role: 'admin' | 'accountant' | 'member';
  memberId: string | null;
}

interface Holdings {
  totalQuantity: number;
  totalCents: number;
  classes: { shareClassCode: string; quantity: number; amountCents: number }[];
}

interface OpenResolution {
  id: string;
  number: number;
  title: string;
  voted: boolean;
}

const euros = (cents: number) =>
  new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** `/o/{slug}`: a person's home in a co-op: their role, their shares, the resolutions open to them. */
export function OrganizationPage() {
  const t = useT();
  const { slug } = useParams({ from: '/o/$slug' });
  const org = useQuery({ queryKey: ['org', slug], queryFn: () => api<Organization>('GET', `/v1/orgs/${slug}`) });
  const memberId = org.data?.memberId;
  const holdings = useQuery({
    queryKey: ['holdings', slug, memberId],
    queryFn: () => api<Holdings>('GET', `/v1/orgs/${slug}/members/${memberId}/holdings`),
    enabled: !!memberId,
  });
  const resolutions = useQuery({
    queryKey: ['my-resolutions', slug],
    queryFn: () => api<{ items: OpenResolution[] }>('GET', `/v1/orgs/${slug}/my/resolutions`),
    enabled: !!org.data,
  });
  if (org.error instanceof ApiProblem && org.error.status === 401) {
    return (
      <AppLink to="/login" search={{ next: `/o/${slug}` }}>
        {t('app.signIn')}
      </AppLink>
    );
  }
  return (
    <Stack>
      <FormError error={org.error} />
      {org.data && (
        <>
          <Title order={1}>{org.data.name}</Title>
          <Text>{t('org.role', { role: t(`role.${org.data.role}` as MessageId) })}</Text>
          {memberId && (
            <Card withBorder component="section" aria-labelledby="shares-title">
              <Title order={2} size="h3" id="shares-title">
                {t('org.shares')}
              </Title>
              {holdings.data && holdings.data.totalQuantity === 0 && <Text>{t('org.noShares')}</Text>}
              {holdings.data && holdings.data.totalQuantity > 0 && (
                <>
                  <List>
                    {holdings.data.classes.map((c) => (
                      <List.Item key={c.shareClassCode}>
                        {c.shareClassCode} : {c.quantity} — {euros(c.amountCents)}
                      </List.Item>
                    ))}
                  </List>
                  <Text fw={600}>
                    {t('org.total', { shares: holdings.data.totalQuantity, amount: euros(holdings.data.totalCents) })}
                  </Text>
                </>
              )}
            </Card>
          )}
          <Card withBorder component="section" aria-labelledby="resolutions-title">
            <Title order={2} size="h3" id="resolutions-title">
              {t('org.resolutions')}
            </Title>
            {resolutions.data?.items.length === 0 && <Text>{t('org.noResolutions')}</Text>}
            <List>
              {resolutions.data?.items.map((r) => (
                <List.Item key={r.id}>
                  {r.number}. {r.title} {r.voted ? `(${t('vote.already')})` : ''}
                </List.Item>
              ))}
            </List>
          </Card>
        </>
      )}
    </Stack>
  );
}
