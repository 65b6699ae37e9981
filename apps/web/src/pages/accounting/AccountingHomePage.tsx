import { Alert, Button, Card, Group, List, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client } from '../../api/client';
import { FormError } from '../../components/FormError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { day, euros, moment, pdfLink } from '../../format';
import { useT } from '../../i18n';
import { inOrg, useOrg } from '../org/useOrg';
import { DateField, DownloadLink, withQuery } from './ui';

/**
 * `/o/{slug}/accounting`: the files an accountant takes away — the share ledger, the journal
 * entries of a fiscal year (FEC format or CSV), the capital statement at a date, the contributions.
 */
export function AccountingHomePage() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <Stack>
      <Title order={2}>{t('accounting.exports.title')}</Title>
      <LedgerExports slug={slug} />
      <JournalExports slug={slug} />
      <CapitalStatement slug={slug} />
      <Card withBorder component="section" aria-labelledby="contributions-title">
        <Title order={3} id="contributions-title">
          {t('accounting.contributions.title')}
        </Title>
        <Text size="sm" mt="xs">
          {t('accounting.contributions.help')}
        </Text>
        <List mt="xs">
          <List.Item>
            <DownloadLink href={`/v1/orgs/${slug}/exports/contributions.csv`}>
              {t('accounting.contributions.csv')}
            </DownloadLink>
          </List.Item>
        </List>
      </Card>
    </Stack>
  );
}

function LedgerExports({ slug }: { slug: string }) {
  const t = useT();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const base = `/v1/orgs/${slug}/exports`;
  return (
    <Card withBorder component="section" aria-labelledby="ledger-exports-title">
      <Title order={3} id="ledger-exports-title">
        {t('accounting.ledgerExport.title')}
      </Title>
      <Text size="sm" mt="xs">
        {t('accounting.ledgerExport.help')}
      </Text>
      <Group mt="xs" align="end">
        <DateField label={t('accounting.from')} value={from} onChange={setFrom} />
        <DateField label={t('accounting.to')} value={to} onChange={setTo} />
      </Group>
      <List mt="xs">
        <List.Item>
          <DownloadLink href={withQuery(`${base}/ledger.csv`, { from, to })}>
            {t('accounting.ledgerExport.csv')}
          </DownloadLink>
        </List.Item>
        <List.Item>
          <DownloadLink href={withQuery(`${base}/ledger.xlsx`, { from, to })}>
            {t('accounting.ledgerExport.xlsx')}
          </DownloadLink>
        </List.Item>
      </List>
    </Card>
  );
}

/** The fiscal years, the latest first, for the selects of the journal exports. */
export function useFiscalYears(slug: string) {
  return useQuery({
    queryKey: ['fiscal-years', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/fiscal-years', inOrg(slug))),
  });
}

function JournalExports({ slug }: { slug: string }) {
  const t = useT();
  const { org } = useOrg();
  const years = useFiscalYears(slug);
  const sorted = [...(years.data?.items ?? [])].sort((a, b) => b.endOn.localeCompare(a.endOn));
  const [chosen, setChosen] = useState<string>();
  const year = chosen ?? sorted[0]?.endOn;
  const [encoding, setEncoding] = useState<'iso-8859-15' | 'utf-8'>('iso-8859-15');
  const [separator, setSeparator] = useState<'semicolon' | 'comma' | 'tab'>('semicolon');
  const [decimal, setDecimal] = useState<'comma' | 'dot'>('comma');
  const [dateFormat, setDateFormat] = useState<'dd/mm/yyyy' | 'yyyy-mm-dd'>('dd/mm/yyyy');
  const base = `/v1/orgs/${slug}/exports`;
  const noSiren = org.data && !org.data.siren;
  const query = { path: { slug }, query: { year: year ?? '', encoding } };
  const validation = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/exports/fec/validate', { params: query })),
  });
  const verification = useMutation({
    mutationFn: () => call(client.GET('/v1/orgs/{slug}/exports/fec/verify', { params: query })),
  });
  return (
    <Card withBorder component="section" aria-labelledby="journal-title">
      <Title order={3} id="journal-title">
        {t('accounting.journal.title')}
      </Title>
      <Text size="sm" mt="xs">
        {t('accounting.journal.help')}
      </Text>
      <FormError error={years.error} />
      {years.data && sorted.length === 0 && <Text mt="xs">{t('accounting.years.none')}</Text>}
      {year && (
        <>
          <Group mt="xs" align="end">
            <NativeSelect
              label={t('accounting.journal.year')}
              w={{ base: '100%', xs: 340 }}
              value={year}
              onChange={(e) => {
                setChosen(e.currentTarget.value);
                validation.reset();
                verification.reset();
              }}
              data={sorted.map((y) => ({
                value: y.endOn,
                label: t('accounting.journal.yearOption', { end: day(y.endOn), status: y.status }),
              }))}
            />
          </Group>
          <Title order={4} mt="md">
            {t('accounting.fec.title')}
          </Title>
          <Text size="sm">{t('accounting.fec.help')}</Text>
          {noSiren ? (
            <Alert color="yellow" mt="xs">
              {t('accounting.fec.noSiren')}
            </Alert>
          ) : (
            <>
              <Group mt="xs" align="end">
                <NativeSelect
                  label={t('accounting.fec.encoding')}
                  w={{ base: '100%', xs: 340 }}
                  value={encoding}
                  onChange={(e) => setEncoding(e.currentTarget.value as typeof encoding)}
                  data={[
                    { value: 'iso-8859-15', label: t('accounting.fec.latin9') },
                    { value: 'utf-8', label: 'UTF-8' },
                  ]}
                />
              </Group>
              <List mt="xs">
                <List.Item>
                  <DownloadLink href={withQuery(`${base}/fec`, { year, encoding })}>
                    {t('accounting.fec.download')}
                  </DownloadLink>
                </List.Item>
              </List>
              <Group mt="xs" gap="xs">
                <Button variant="default" onClick={() => validation.mutate()} loading={validation.isPending}>
                  {t('accounting.fec.validate')}
                </Button>
                <Button variant="default" onClick={() => verification.mutate()} loading={verification.isPending}>
                  {t('accounting.fec.verify')}
                </Button>
              </Group>
              <FormError error={validation.error ?? verification.error} />
              {validation.data && (
                <Alert color={validation.data.valid ? 'green' : 'red'} mt="xs" role="status">
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {t(validation.data.valid ? 'accounting.fec.valid' : 'accounting.fec.invalid', {
                      file: validation.data.fileName,
                    })}
                  </Text>
                  <Text size="sm">
                    {t('accounting.fec.figures', {
                      lines: validation.data.lines,
                      entries: validation.data.entries,
                      debit: euros(validation.data.debitCents),
                      credit: euros(validation.data.creditCents),
                    })}
                  </Text>
                  {validation.data.problems.length > 0 && (
                    <List size="sm">
                      {validation.data.problems.map((p, i) => (
                        <List.Item key={i}>
                          {t('accounting.fec.problem', { line: p.line, field: p.field ?? '', message: p.message })}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Alert>
              )}
              {verification.data && (
                <Alert color={verification.data.reproducible ? 'green' : 'gray'} mt="xs" role="status">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {verification.data.recordedSha256
                      ? t(
                          verification.data.reproducible
                            ? 'accounting.fec.reproducible'
                            : 'accounting.fec.notReproducible',
                          { sha256: verification.data.recordedSha256 },
                        )
                      : t('accounting.fec.notRecorded', { sha256: verification.data.sha256 })}
                  </Text>
                </Alert>
              )}
            </>
          )}
          <Title order={4} mt="md">
            {t('accounting.journalCsv.title')}
          </Title>
          <Text size="sm">{t('accounting.journalCsv.help')}</Text>
          <Group mt="xs" align="end">
            <NativeSelect
              label={t('accounting.journalCsv.separator')}
              value={separator}
              onChange={(e) => setSeparator(e.currentTarget.value as typeof separator)}
              data={[
                { value: 'semicolon', label: t('accounting.journalCsv.semicolon') },
                { value: 'comma', label: t('accounting.journalCsv.comma') },
                { value: 'tab', label: t('accounting.journalCsv.tab') },
              ]}
            />
            <NativeSelect
              label={t('accounting.journalCsv.decimal')}
              value={decimal}
              onChange={(e) => setDecimal(e.currentTarget.value as typeof decimal)}
              data={[
                { value: 'comma', label: '1234,56' },
                { value: 'dot', label: '1234.56' },
              ]}
            />
            <NativeSelect
              label={t('accounting.journalCsv.dateFormat')}
              value={dateFormat}
              onChange={(e) => setDateFormat(e.currentTarget.value as typeof dateFormat)}
              data={[
                { value: 'dd/mm/yyyy', label: '31/12/2026' },
                { value: 'yyyy-mm-dd', label: '2026-12-31' },
              ]}
            />
          </Group>
          <List mt="xs">
            <List.Item>
              <DownloadLink href={withQuery(`${base}/journal.csv`, { year, separator, decimal, dateFormat })}>
                {t('accounting.journalCsv.download')}
              </DownloadLink>
            </List.Item>
          </List>
          <FecHistory slug={slug} />
        </>
      )}
    </Card>
  );
}

function FecHistory({ slug }: { slug: string }) {
  const t = useT();
  const history = useQuery({
    queryKey: ['fec-history', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/exports/fec/history', inOrg(slug))),
  });
  return (
    <>
      <Title order={4} mt="md">
        {t('accounting.history.title')}
      </Title>
      <Text size="sm">{t('accounting.history.help')}</Text>
      <FormError error={history.error} />
      {history.data?.items.length === 0 && <Text size="sm">{t('accounting.history.none')}</Text>}
      {!!history.data?.items.length && (
        <ScrollRegion label={t('accounting.history.title')}>
          <Table striped aria-label={t('accounting.history.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accounting.history.year')}</Table.Th>
                <Table.Th>{t('accounting.history.file')}</Table.Th>
                <Table.Th>{t('accounting.history.when')}</Table.Th>
                <Table.Th>SHA-256</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.items.map((h) => (
                <Table.Tr key={`${h.fiscalYearEnd}-${h.encoding}`}>
                  <Table.Td>{day(h.fiscalYearEnd)}</Table.Td>
                  <Table.Td>{h.fileName}</Table.Td>
                  <Table.Td>{moment(h.createdAt)}</Table.Td>
                  <Table.Td style={{ fontFamily: 'monospace' }}>{h.sha256.slice(0, 16)}…</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </>
  );
}

function CapitalStatement({ slug }: { slug: string }) {
  const t = useT();
  const [at, setAt] = useState('');
  const capital = useQuery({
    queryKey: ['capital', slug, at],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/capital', { params: { path: { slug }, query: at ? { at } : {} } })),
  });
  const c = capital.data;
  return (
    <Card withBorder component="section" aria-labelledby="capital-title">
      <Title order={3} id="capital-title">
        {t('accounting.capital.title')}
      </Title>
      <Text size="sm" mt="xs">
        {t('accounting.capital.help')}
      </Text>
      <Group mt="xs" align="end">
        <DateField
          label={t('accounting.capital.at')}
          description={t('accounting.todayByDefault')}
          value={at}
          onChange={setAt}
        />
      </Group>
      <FormError error={capital.error} />
      {c && (
        <>
          <ScrollRegion label={t('accounting.capital.title')}>
            <Table striped aria-label={t('accounting.capital.tableLabel', { at: day(c.at) })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accounting.capital.class')}</Table.Th>
                  <Table.Th ta="right">{t('accounting.capital.shares')}</Table.Th>
                  <Table.Th ta="right">{t('accounting.capital.subscribed')}</Table.Th>
                  <Table.Th ta="right">{t('accounting.capital.called')}</Table.Th>
                  <Table.Th ta="right">{t('accounting.capital.paid')}</Table.Th>
                  <Table.Th ta="right">{t('accounting.capital.members')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.classes.map((k) => (
                  <Table.Tr key={k.shareClassCode}>
                    <Table.Td>{k.name}</Table.Td>
                    <Table.Td ta="right">{k.quantity}</Table.Td>
                    <Table.Td ta="right">{euros(k.subscribedCents)}</Table.Td>
                    <Table.Td ta="right">{euros(k.calledCents)}</Table.Td>
                    <Table.Td ta="right">{euros(k.paidCents)}</Table.Td>
                    <Table.Td ta="right">{k.memberCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th>{t('accounting.capital.total')}</Table.Th>
                  <Table.Th ta="right">{c.totalShares}</Table.Th>
                  <Table.Th ta="right">{euros(c.totalCents)}</Table.Th>
                  <Table.Th ta="right">{euros(c.calledCents)}</Table.Th>
                  <Table.Th ta="right">{euros(c.paidCents)}</Table.Th>
                  <Table.Th ta="right">{c.memberCount}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </ScrollRegion>
          <Text size="sm" mt="xs">
            {t('accounting.capital.floor', {
              floor: euros(c.floorCents),
              highest: euros(c.highestCapitalCents),
              minimum: euros(c.minimumCapitalCents),
            })}
          </Text>
        </>
      )}
      <List mt="xs">
        <List.Item>
          <DownloadLink href={pdfLink(`/v1/orgs/${slug}/capital.pdf`, at ? { at } : {})}>
            {t('accounting.capital.pdf')}
          </DownloadLink>
        </List.Item>
        <List.Item>
          <DownloadLink href={withQuery(`/v1/orgs/${slug}/exports/capital.csv`, { at })}>
            {t('accounting.capital.csv')}
          </DownloadLink>
        </List.Item>
      </List>
    </Card>
  );
}
