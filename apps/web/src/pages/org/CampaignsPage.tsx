import { Button, Card, Checkbox, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiProblem, call, client, type Schemas } from '../../api/client';
import { fieldError, FormError } from '../../components/FormError';
import { AppLink } from '../../components/links';
import { day, euros, parseEuros } from '../../format';
import { useT } from '../../i18n';
import { inOrg, useOrg } from './useOrg';

/** `/o/{slug}/campaigns`: the co-op's open campaigns, and a pledge in my name. */
export function CampaignsPage() {
  const t = useT();
  const { slug } = useOrg();
  const campaigns = useQuery({
    queryKey: ['campaigns', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/campaigns', inOrg(slug))),
  });
  return (
    <Stack>
      <Title order={2}>{t('member.nav.campaigns')}</Title>
      <FormError error={campaigns.error} />
      {campaigns.data?.items.length === 0 && <Text>{t('campaign.none')}</Text>}
      {campaigns.data?.items.map((c) => (
        <Campaign key={c.id} slug={slug} campaign={c} />
      ))}
    </Stack>
  );
}

export function CampaignFigures({
  campaign: c,
}: {
  campaign: Pick<
    Schemas['CampaignDto'],
    'raisedCents' | 'goalCents' | 'progressPercent' | 'contributorsCount' | 'endsOn'
  >;
}) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Progress
        value={Math.min(100, c.progressPercent)}
        aria-label={t('campaign.progress', { percent: c.progressPercent })}
        size="lg"
      />
      <Text>
        {t('campaign.raised', { raised: euros(c.raisedCents), goal: euros(c.goalCents), percent: c.progressPercent })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('campaign.contributors', { count: c.contributorsCount })} · {t('campaign.endsOn', { date: day(c.endsOn) })}
      </Text>
    </Stack>
  );
}

function Campaign({ slug, campaign: c }: { slug: string; campaign: Schemas['CampaignDto'] }) {
  const t = useT();
  const { memberId } = useOrg();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState('');
  const [publicName, setPublicName] = useState(false);
  const pledge = useMutation({
    mutationFn: () => {
      const cents = parseEuros(amount);
      if (cents === undefined || cents < 1)
        throw new ApiProblem(400, '/problems/validation-error', t('campaign.badAmount'), [
          { field: 'amountCents', message: t('campaign.badAmount') },
        ]);
      return call(
        client.POST('/v1/orgs/{slug}/campaigns/{id}/contributions', {
          ...inOrg(slug, { id: c.id }),
          body: { memberId: memberId!, amountCents: cents, kind: 'donation', publicName },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns', slug] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    pledge.mutate();
  };
  const titleId = `campaign-${c.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={3} id={titleId}>
          {c.title}
        </Title>
        {c.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Text>}
        <CampaignFigures campaign={c} />
        {c.public && (
          <AppLink to="/campaigns/$slug/$id" params={{ slug, id: c.id }} size="sm">
            {t('campaign.publicPage')}
          </AppLink>
        )}
        {pledge.data ? (
          <Text role="status" fw={600}>
            {t('campaign.pledged', { amount: euros(pledge.data.amountCents) })}
          </Text>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <TextInput
                label={t('campaign.amount')}
                description={t('campaign.amountHelp')}
                inputMode="decimal"
                value={amount}
                onChange={(e) => setAmount(e.currentTarget.value)}
                error={fieldError(pledge.error, 'amountCents')}
                w={{ base: '100%', sm: 260 }}
              />
              <Checkbox
                label={t('campaign.publicName')}
                checked={publicName}
                onChange={(e) => setPublicName(e.currentTarget.checked)}
              />
              <FormError error={pledge.error} fields={['amountCents']} />
              <Button type="submit" w="fit-content" loading={pledge.isPending}>
                {t('campaign.pledge')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
