import { Table, Text } from '@mantine/core';
import type { Schemas } from '../api/client';
import { day, euros } from '../format';
import { useT } from '../i18n';
import type { MessageId } from '../locales/fr';
import { ScrollRegion } from './ScrollRegion';

/** A member's shares per class, and their total (`GET members/{id}/holdings`). */
export function HoldingsTable({ holdings, labelledBy }: { holdings: Schemas['HoldingsDto']; labelledBy: string }) {
  const t = useT();
  return (
    <Table mt="xs" striped aria-labelledby={labelledBy}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('shares.class')}</Table.Th>
          <Table.Th ta="right">{t('shares.quantity')}</Table.Th>
          <Table.Th ta="right">{t('shares.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {holdings.classes.map((c) => (
          <Table.Tr key={c.shareClassCode}>
            <Table.Td>{c.shareClassCode}</Table.Td>
            <Table.Td ta="right">{c.quantity}</Table.Td>
            <Table.Td ta="right">{euros(c.amountCents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>{t('shares.total')}</Table.Th>
          <Table.Th ta="right">{holdings.totalQuantity}</Table.Th>
          <Table.Th ta="right">{euros(holdings.totalCents)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** One member's movements in the register: date, kind and class, shares and amount. */
export function MovementsTable({ items, label }: { items: Schemas['LedgerItemDto'][]; label: string }) {
  const t = useT();
  if (!items.length) return <Text mt="xs">{t('shares.noMovements')}</Text>;
  return (
    <ScrollRegion label={label}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shares.date')}</Table.Th>
            <Table.Th>{t('shares.movement')}</Table.Th>
            <Table.Th ta="right">{t('shares.quantity')}</Table.Th>
            <Table.Th ta="right">{t('shares.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.sequence}>
              <Table.Td>{day(m.effectiveOn)}</Table.Td>
              <Table.Td>
                {t(`movement.${m.kind}` as MessageId)} ({m.shareClassCode})
              </Table.Td>
              <Table.Td ta="right">{m.quantity}</Table.Td>
              <Table.Td ta="right">{euros(m.amountCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
