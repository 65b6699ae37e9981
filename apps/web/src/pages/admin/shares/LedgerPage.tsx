import { Alert, Button, Card, Code, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, euros, memberLabel, moment } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { useOrg } from '../../org/useOrg';
import { Pager, usePages } from '../../../components/Pager';

/** `/o/{slug}/admin/shares/ledger`: the register of movements, page by page, and the check of its hash chain. */
export function LedgerPage() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <Stack>
      <Title order={2}>{t('shares.ledger.title')}</Title>
      <Verification slug={slug} />
      <Movements slug={slug} />
    </Stack>
  );
}

export function useVerification(slug: string, head?: { sequence: number; hash: string }) {
  return useQuery({
    queryKey: ['ledger-verify', slug, head?.sequence, head?.hash],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/ledger/verify', { params: { path: { slug }, query: head ?? {} } })),
  });
}

/** The title of a light alert in the darkest shade: Mantine's default fails WCAG AA contrast on its tinted background. */
const darkTitle = (color: string) => ({ title: { color: `var(--mantine-color-${color}-9)` } });

/** What `ledger/verify` found, in words: intact up to a movement, or where it breaks. */
export function ChainReport({ report }: { report: Schemas['ChainReportDto'] }) {
  const t = useT();
  if (report.valid)
    return (
      <Alert color="teal" variant="outline" title={t('shares.ledger.intact')} role="status" styles={darkTitle('teal')}>
        <Text size="sm">
          {report.movements
            ? t('shares.ledger.intactUpTo', { sequence: report.lastSequence, count: report.anchorsChecked })
            : t('shares.ledger.empty')}
        </Text>
        {report.movements > 0 && <HashText hash={report.lastHash} />}
      </Alert>
    );
  const broken = report.firstBroken;
  return (
    <Alert color="red" variant="outline" title={t('shares.ledger.broken')} role="alert" styles={darkTitle('red')}>
      <Text size="sm">
        {broken
          ? t(`shares.ledger.reason.${broken.reason}` as MessageId, { sequence: broken.sequence })
          : t('shares.ledger.brokenUnknown')}
      </Text>
      {broken?.anchor && (
        <Text size="sm" mt={4}>
          {t('shares.ledger.anchor', {
            sequence: broken.anchor.sequence,
            source: broken.anchor.source,
            at: broken.anchor.publishedAt ? moment(broken.anchor.publishedAt) : '—',
          })}
        </Text>
      )}
      <Text size="sm" mt={4}>
        {t('shares.ledger.intactBefore', { sequence: report.lastSequence })}
      </Text>
      {report.lastSequence > 0 && <HashText hash={report.lastHash} />}
    </Alert>
  );
}

function HashText({ hash }: { hash: string }) {
  const t = useT();
  return (
    <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
      {t('shares.ledger.hash')} <Code>{hash}</Code>
    </Text>
  );
}

function Verification({ slug }: { slug: string }) {
  const t = useT();
  const verify = useVerification(slug);
  const [sequence, setSequence] = useState('');
  const [hash, setHash] = useState('');
  const [printed, setPrinted] = useState<{ sequence: number; hash: string } | undefined>();
  const check = useVerification(slug, printed);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPrinted({ sequence: Number(sequence), hash: hash.trim().toLowerCase() });
  };
  return (
    <Card withBorder component="section" aria-labelledby="verify-title">
      <Group justify="space-between">
        <Title order={3} size="h4" id="verify-title">
          {t('shares.ledger.verify')}
        </Title>
        <Button size="xs" variant="default" onClick={() => verify.refetch()} loading={verify.isFetching}>
          {t('shares.ledger.verifyAgain')}
        </Button>
      </Group>
      <Text size="sm" mt={4}>
        {t('shares.ledger.verifyHelp')}
      </Text>
      <FormError error={verify.error} />
      <Stack mt="sm">{verify.data && <ChainReport report={verify.data} />}</Stack>
      <form onSubmit={submit} noValidate aria-labelledby="printed-title">
        <Title order={4} size="h5" mt="md" id="printed-title">
          {t('shares.ledger.printed')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          <TextInput
            label={t('shares.ledger.sequence')}
            inputMode="numeric"
            value={sequence}
            onChange={(e) => setSequence(e.currentTarget.value)}
            error={printed && fieldError(check.error, 'sequence')}
          />
          <TextInput
            label={t('shares.ledger.hashLabel')}
            value={hash}
            onChange={(e) => setHash(e.currentTarget.value)}
            error={printed && fieldError(check.error, 'hash')}
          />
        </SimpleGrid>
        <Button type="submit" variant="default" mt="sm" disabled={!sequence || !hash}>
          {t('shares.ledger.checkPrinted')}
        </Button>
        {printed && <FormError error={check.error} fields={['sequence', 'hash']} />}
        {printed && check.data && (
          <Stack mt="sm">
            <ChainReport report={check.data} />
          </Stack>
        )}
      </form>
    </Card>
  );
}

function Movements({ slug }: { slug: string }) {
  const t = useT();
  const pages = usePages();
  const ledger = useQuery({
    queryKey: ['ledger', slug, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/ledger', {
          params: { path: { slug }, query: { cursor: pages.cursor, limit: 50 } },
        }),
      ),
  });
  const items = ledger.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="movements-title">
      <Title order={3} size="h4" id="movements-title">
        {t('shares.ledger.movements')}
      </Title>
      {ledger.data && (
        <Text size="sm" mt={4}>
          {t('shares.ledger.count', { count: ledger.data.total })}
        </Text>
      )}
      <FormError error={ledger.error} />
      {items.length > 0 && (
        <ScrollRegion label={t('shares.ledger.movements')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('shares.ledger.number')}</Table.Th>
                <Table.Th>{t('shares.common.date')}</Table.Th>
                <Table.Th>{t('shares.common.member')}</Table.Th>
                <Table.Th>{t('shares.ledger.kind')}</Table.Th>
                <Table.Th ta="right">{t('shares.ledger.quantity')}</Table.Th>
                <Table.Th ta="right">{t('shares.common.amount')}</Table.Th>
                <Table.Th>{t('shares.ledger.hashShort')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((m) => (
                <Table.Tr key={m.sequence}>
                  <Table.Td ta="right">{m.sequence}</Table.Td>
                  <Table.Td>{day(m.effectiveOn)}</Table.Td>
                  <Table.Td>{memberLabel(m.memberName, m.memberNumber)}</Table.Td>
                  <Table.Td>
                    {t(`movement.${m.kind}` as MessageId)} ({m.shareClassCode})
                  </Table.Td>
                  <Table.Td ta="right">{m.quantity}</Table.Td>
                  <Table.Td ta="right">{euros(m.amountCents)}</Table.Td>
                  <Table.Td>
                    <Code title={m.hash}>{m.hash.slice(0, 12)}…</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Pager
        pages={pages}
        total={ledger.data?.total}
        nextCursor={ledger.data?.nextCursor}
        label={t('shares.common.pages')}
      />
    </Card>
  );
}
