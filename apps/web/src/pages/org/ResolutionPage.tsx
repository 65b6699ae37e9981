import { Alert, Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { call, client } from '../../api/client';
import { fieldError, FormError } from '../../components/FormError';
import { moment, pdfLink } from '../../format';
import { t, useT } from '../../i18n';
import type { MessageId } from '../../locales/fr';
import { inOrg } from './useOrg';

/** `/o/{slug}/resolutions/{id}`: a resolution's text, its results and minutes once closed, and a receipt check. */
export function ResolutionPage() {
  const t = useT();
  const { slug, id } = useParams({ from: '/o/$slug/resolutions/$id' });
  const resolution = useQuery({
    queryKey: ['resolution', slug, id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/resolutions/{id}', inOrg(slug, { id }))),
  });
  const r = resolution.data;
  if (resolution.error) return <FormError error={resolution.error} />;
  if (!r) return <Text>{t('app.loading')}</Text>;
  return (
    <Stack>
      <Title order={2}>
        {r.number}. {r.title}
      </Title>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Text>
      <Text size="sm" c="dimmed">
        {r.status === 'closed' && r.closedAt
          ? t('resolution.closedAt', { date: moment(r.closedAt) })
          : t('resolution.window', { opens: moment(r.opensAt), closes: moment(r.closesAt) })}
      </Text>
      {r.status === 'closed' && <Results slug={slug} id={id} />}
      {r.status === 'closed' && (
        <Anchor href={pdfLink(`/v1/orgs/${slug}/resolutions/${id}/minutes.pdf`)}>{t('resolution.minutes')}</Anchor>
      )}
      {r.status !== 'closed' && (
        <Group gap="md">
          <Anchor href={`/v1/orgs/${slug}/resolutions/${id}/calendar.ics`} download>
            {t('resolution.addToCalendar')}
          </Anchor>
          <Anchor href={`/v1/orgs/${slug}/assemblies/${r.assemblyId}/calendar.ics`} download>
            {t('resolution.addAssemblyToCalendar')}
          </Anchor>
        </Group>
      )}
      <ReceiptCheck slug={slug} id={id} />
    </Stack>
  );
}

function Results({ slug, id }: { slug: string; id: string }) {
  const t = useT();
  const results = useQuery({
    queryKey: ['results', slug, id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/resolutions/{id}/results', inOrg(slug, { id }))),
  });
  const r = results.data;
  if (!r) return <FormError error={results.error} />;
  return (
    <Card withBorder component="section" aria-labelledby="results-title">
      <Title order={3} id="results-title">
        {t('resolution.results')}
      </Title>
      {r.outcome && (
        <Text fw={700} mt="xs" className="first-upper">
          {t(`resolution.status.${r.outcome}` as MessageId)}
        </Text>
      )}
      <Text>{t('resolution.participation', { voters: r.votersCount, eligible: r.eligibleCount })}</Text>
      {r.candidates ? (
        <Table mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('resolution.candidate')}</Table.Th>
              <Table.Th ta="right">{t('resolution.votes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.candidates.map((c) => (
              <Table.Tr key={c.key}>
                <Table.Td>
                  {c.label} {r.elected?.includes(c.key) ? `(${t('resolution.elected')})` : ''}
                </Table.Td>
                <Table.Td ta="right">{c.votes}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Table mt="xs">
          <Table.Tbody>
            {(['for', 'against', 'abstain'] as const).map((k) => (
              <Table.Tr key={k}>
                <Table.Th scope="row">{t(`vote.${k}`)}</Table.Th>
                <Table.Td ta="right">{r.counts[k]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {r.forPercent !== null && <Text mt="xs">{t('resolution.forPercent', { percent: r.forPercent })}</Text>}
    </Card>
  );
}

const MOTION_CHOICES = ['for', 'against', 'abstain'] as const;
/** "for" → "Pour"; a candidate's key stays as it is. */
const choiceName = (choice: string) =>
  (MOTION_CHOICES as readonly string[]).includes(choice) ? t(`vote.${choice as 'for'}`) : choice;

function ReceiptCheck({ slug, id }: { slug: string; id: string }) {
  const t = useT();
  const [receipt, setReceipt] = useState('');
  const check = useMutation({
    mutationFn: () =>
      call(client.POST('/v1/orgs/{slug}/resolutions/{id}/verify', { ...inOrg(slug, { id }), body: { receipt } })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    check.mutate();
  };
  const v = check.data;
  return (
    <Card withBorder component="section" aria-labelledby="check-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={3} id="check-title">
            {t('resolution.check')}
          </Title>
          <TextInput
            label={t('vote.receipt')}
            description={t('resolution.checkHelp')}
            value={receipt}
            onChange={(e) => setReceipt(e.currentTarget.value.trim())}
            error={fieldError(check.error, 'receipt')}
            autoComplete="off"
          />
          <FormError error={check.error} fields={['receipt']} />
          {v && (
            <Alert color={v.included ? 'green' : 'red'} role="status">
              {v.included ? (v.counted ? t('resolution.counted') : t('resolution.included')) : t('resolution.notFound')}
              {v.choice && ` ${t('resolution.yourChoice', { choice: v.choice.map(choiceName).join(', ') })}`}
            </Alert>
          )}
          <Button type="submit" variant="outline" w="fit-content" disabled={!receipt} loading={check.isPending}>
            {t('resolution.checkSubmit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
