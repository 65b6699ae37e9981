import { Anchor, Button, Card, Group, Progress, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, euros, pdfLink, today } from '../../../format';
import { useT } from '../../../i18n';
import { inOrg } from '../../org/useOrg';
import { Figure } from './common';

/** The month before this one, `YYYY-MM`: the last one over. */
const lastMonth = () => {
  const [y, m] = today().split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** The capital statement today per class, its PDF and CSV, and the monthly report sent to the accountants. */
export function CapitalCard({ slug }: { slug: string }) {
  const t = useT();
  const capital = useQuery({
    queryKey: ['capital', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/capital', inOrg(slug))),
  });
  const c = capital.data;
  return (
    <Card withBorder component="section" aria-labelledby="capital-title">
      <Title order={3} size="h4" id="capital-title">
        {c ? t('shares.capital.title', { date: day(c.at) }) : t('shares.capital.titleNow')}
      </Title>
      <FormError error={capital.error} />
      {c && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mt="sm">
            <Figure label={t('shares.capital.subscribed')} value={euros(c.totalCents)} />
            <Figure label={t('shares.capital.paid')} value={euros(c.paidCents)} />
            <Figure label={t('shares.capital.shares')} value={String(c.totalShares)} />
            <Figure label={t('shares.capital.members')} value={String(c.memberCount)} />
          </SimpleGrid>
          {c.classes.length > 0 && (
            <ScrollRegion label={t('shares.capital.perClass')}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('shares.classes.class')}</Table.Th>
                    <Table.Th ta="right">{t('shares.capital.shares')}</Table.Th>
                    <Table.Th ta="right">{t('shares.capital.subscribed')}</Table.Th>
                    <Table.Th ta="right">{t('shares.capital.paid')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.classes.map((k) => (
                    <Table.Tr key={k.shareClassCode}>
                      <Table.Td>{k.name}</Table.Td>
                      <Table.Td ta="right">{k.quantity}</Table.Td>
                      <Table.Td ta="right">{euros(k.subscribedCents)}</Table.Td>
                      <Table.Td ta="right">{euros(k.paidCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )}
          <Group mt="sm" gap="lg">
            <Anchor href={pdfLink(`/v1/orgs/${slug}/capital.pdf`)} size="sm">
              {t('shares.capital.pdf')}
            </Anchor>
            <Anchor href={`/v1/orgs/${slug}/exports/capital.csv`} size="sm">
              {t('shares.capital.csv')}
            </Anchor>
          </Group>
        </>
      )}
      <MonthlyReport slug={slug} />
    </Card>
  );
}

/** `POST reports/capital {month}` queues the report; its job is followed until it is done. */
function MonthlyReport({ slug }: { slug: string }) {
  const t = useT();
  const [month, setMonth] = useState(lastMonth());
  const send = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/reports/capital', { ...inOrg(slug), body: { month } })),
  });
  const jobId = send.data?.jobId;
  const job = useQuery({
    queryKey: ['job', slug, jobId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/jobs/{id}', inOrg(slug, { id: jobId! }))),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data && ['completed', 'failed'].includes(q.state.data.status) ? false : 1500),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  const status = job.data?.status;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="report-title">
      <Title order={4} size="h5" mt="md" id="report-title">
        {t('shares.capital.report')}
      </Title>
      <Text size="sm">{t('shares.capital.reportHelp')}</Text>
      <Group align="flex-end" mt="xs">
        <TextInput
          type="month"
          label={t('shares.capital.month')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          error={fieldError(send.error, 'month')}
        />
        <Button type="submit" variant="default" loading={send.isPending}>
          {t('shares.capital.send')}
        </Button>
      </Group>
      <FormError error={send.error ?? job.error} fields={['month']} />
      {jobId && (
        <div role="status">
          {status === 'completed' ? (
            <Text size="sm" fw={600} mt="xs">
              {t('shares.capital.sent')}
            </Text>
          ) : status === 'failed' ? (
            <Text size="sm" c="red.9" mt="xs">
              {job.data?.error ?? t('error.generic')}
            </Text>
          ) : (
            <>
              <Text size="sm" mt="xs">
                {t('shares.capital.sending')}
              </Text>
              <Progress value={job.data?.progress ?? 0} mt={4} aria-label={t('shares.capital.sending')} />
            </>
          )}
        </div>
      )}
    </form>
  );
}
