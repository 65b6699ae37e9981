import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { FormError } from '../../components/FormError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { day, euros, moment } from '../../format';
import { useT } from '../../i18n';
import { useOrg } from '../org/useOrg';
import { useFiscalYears } from './AccountingHomePage';

/** `/o/{slug}/accounting/fiscal-years`: the fiscal years, open or closed (and locked), read-only. */
export function FiscalYearsPage() {
  const t = useT();
  const { slug } = useOrg();
  const years = useFiscalYears(slug);
  const sorted = [...(years.data?.items ?? [])].sort((a, b) => b.endOn.localeCompare(a.endOn));
  return (
    <Stack>
      <Title order={2}>{t('accounting.years.title')}</Title>
      <Text size="sm">{t('accounting.years.help')}</Text>
      <FormError error={years.error} />
      {years.data && sorted.length === 0 && <Text>{t('accounting.years.none')}</Text>}
      {sorted.length > 0 && (
        <ScrollRegion label={t('accounting.years.title')}>
          <Table striped aria-label={t('accounting.years.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accounting.years.period')}</Table.Th>
                <Table.Th>{t('accounting.years.status')}</Table.Th>
                <Table.Th>{t('accounting.years.closedAt')}</Table.Th>
                <Table.Th>{t('accounting.years.closingRef')}</Table.Th>
                <Table.Th>{t('accounting.years.loss')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((y) => (
                <Table.Tr key={y.endOn}>
                  <Table.Td>{t('accounting.years.range', { start: day(y.startOn), end: day(y.endOn) })}</Table.Td>
                  <Table.Td>
                    <Badge color={y.status === 'closed' ? 'gray.8' : 'teal.9'} variant="filled">
                      {t('accounting.years.state', { status: y.status })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{y.closedAt ? moment(y.closedAt) : '—'}</Table.Td>
                  <Table.Td>{y.closingRef ?? '—'}</Table.Td>
                  <Table.Td>
                    {Object.entries(y.lossPerShare ?? {})
                      .map(([code, cents]) => `${code} : ${euros(cents as number)}`)
                      .join(', ') || '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}
