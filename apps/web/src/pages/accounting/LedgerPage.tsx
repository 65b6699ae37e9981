import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client } from '../../api/client';
import { FormError } from '../../components/FormError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { day, euros, memberLabel } from '../../format';
import { useT } from '../../i18n';
import { useOrg } from '../org/useOrg';
import { DateField } from './ui';
import { Pager, usePages } from '../../components/Pager';

const PAGE = 50;

/** `/o/{slug}/accounting/ledger`: the register of share movements, read-only, and its chain checked. */
export function LedgerPage() {
  const t = useT();
  const { slug } = useOrg();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const pages = usePages();
  const ledger = useQuery({
    queryKey: ['ledger', slug, from, to, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/ledger', {
          params: {
            path: { slug },
            query: { limit: PAGE, cursor: pages.cursor, from: from || undefined, to: to || undefined },
          },
        }),
      ),
  });
  const verify = useMutation({
    mutationFn: () => call(client.GET('/v1/orgs/{slug}/ledger/verify', { params: { path: { slug } } })),
  });
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    pages.reset();
  };
  return (
    <Stack>
      <Title order={2}>{t('accounting.ledger.title')}</Title>
      <Text size="sm">{t('accounting.ledger.help')}</Text>
      <Group align="end">
        <DateField label={t('accounting.from')} value={from} onChange={filter(setFrom)} />
        <DateField label={t('accounting.to')} value={to} onChange={filter(setTo)} />
      </Group>
      <FormError error={ledger.error} />
      {ledger.data?.items.length === 0 && <Text>{t('accounting.ledger.none')}</Text>}
      {!!ledger.data?.items.length && (
        <ScrollRegion label={t('accounting.ledger.title')}>
          <Table striped aria-label={t('accounting.ledger.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('accounting.ledger.sequence')}</Table.Th>
                <Table.Th>{t('accounting.ledger.date')}</Table.Th>
                <Table.Th>{t('accounting.ledger.kind')}</Table.Th>
                <Table.Th>{t('accounting.ledger.member')}</Table.Th>
                <Table.Th>{t('accounting.ledger.class')}</Table.Th>
                <Table.Th ta="right">{t('accounting.ledger.quantity')}</Table.Th>
                <Table.Th ta="right">{t('accounting.ledger.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ledger.data.items.map((m) => (
                <Table.Tr key={m.sequence}>
                  <Table.Td ta="right">{m.sequence}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(m.effectiveOn)}</Table.Td>
                  <Table.Td>{t('accounting.ledger.kindName', { kind: m.kind })}</Table.Td>
                  <Table.Td>{memberLabel(m.memberName, m.memberNumber)}</Table.Td>
                  <Table.Td>{m.shareClassCode}</Table.Td>
                  <Table.Td ta="right">{m.quantity}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {euros(m.amountCents)}
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
        label={t('accounting.ledger.pages')}
      />
      <Title order={3}>{t('accounting.chain.title')}</Title>
      <Text size="sm">{t('accounting.chain.help')}</Text>
      <Button variant="default" w="fit-content" onClick={() => verify.mutate()} loading={verify.isPending}>
        {t('accounting.chain.verify')}
      </Button>
      <FormError error={verify.error} />
      {verify.data && (
        <Alert color={verify.data.valid ? 'green' : 'red'} role="status">
          <Text style={{ overflowWrap: 'anywhere' }}>
            {verify.data.valid
              ? t('accounting.chain.valid', {
                  movements: verify.data.movements,
                  anchors: verify.data.anchorsChecked,
                  hash: verify.data.lastHash,
                })
              : t('accounting.chain.broken', {
                  sequence: verify.data.firstBroken?.sequence ?? 0,
                  reason: verify.data.firstBroken?.reason ?? '',
                })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
