import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { call, client, fetchMe } from '../api/client';
import { FormError } from '../components/FormError';
import { ButtonLink } from '../components/links';
import { useT } from '../i18n';
import { CardDonation, CheckoutLanding } from './CardDonation';
import { CampaignFigures } from './org/CampaignsPage';

/** `/campaigns/{slug}/{id}`: a public campaign for anyone: its goal, progress and how to contribute. */
export function PublicCampaignPage() {
  const t = useT();
  const { slug, id } = useParams({ from: '/campaigns/$slug/$id' });
  const campaign = useQuery({
    queryKey: ['public-campaign', slug, id],
    queryFn: () => call(client.GET('/v1/public/orgs/{slug}/campaigns/{id}', { params: { path: { slug, id } } })),
  });
  const me = useQuery({ queryKey: ['me'], queryFn: fetchMe });
  const payments = useQuery({
    queryKey: ['public-payments', slug],
    queryFn: () => call(client.GET('/v1/public/orgs/{slug}/payments', { params: { path: { slug } } })),
  });
  const c = campaign.data;
  if (campaign.error) return <FormError error={campaign.error} />;
  if (!c) return <Text>{t('app.loading')}</Text>;
  return (
    <Stack>
      <Text c="dimmed">{c.organization.name}</Text>
      <Title order={1}>{c.title}</Title>
      <CheckoutLanding onPaid={() => void campaign.refetch()} />
      {c.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Text>}
      {c.beneficiary && <Text>{t('campaign.beneficiary', { beneficiary: c.beneficiary })}</Text>}
      <CampaignFigures campaign={c} />
      <Card withBorder component="section" aria-labelledby="contribute-title">
        <Title order={2} size="h3" id="contribute-title">
          {t('campaign.contribute')}
        </Title>
        {c.status !== 'open' ? (
          <Text mt="xs">{t('campaign.notOpen')}</Text>
        ) : payments.data?.checkout ? (
          <CardDonation slug={slug} campaignId={id} />
        ) : me.data ? (
          <Stack gap="xs" mt="xs">
            <Text>{t('campaign.asMember')}</Text>
            <ButtonLink to="/o/$slug/campaigns" params={{ slug }} w="fit-content">
              {t('campaign.contribute')}
            </ButtonLink>
          </Stack>
        ) : (
          <Stack gap="xs" mt="xs">
            <Text>{t('campaign.signInToContribute')}</Text>
            <ButtonLink to="/login" search={{ next: `/o/${slug}/campaigns` }} w="fit-content">
              {t('app.signIn')}
            </ButtonLink>
            <Anchor href={`/join/${slug}`}>{t('campaign.join', { organization: c.organization.name })}</Anchor>
          </Stack>
        )}
      </Card>
      {c.namedContributors.length > 0 && (
        <Card withBorder component="section" aria-labelledby="thanks-title">
          <Title order={2} size="h3" id="thanks-title">
            {t('campaign.thanks')}
          </Title>
          <List mt="xs">
            {c.namedContributors.map((p, n) => (
              <List.Item key={n}>{p.name}</List.Item>
            ))}
          </List>
        </Card>
      )}
    </Stack>
  );
}
