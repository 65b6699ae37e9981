import { Group, List, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client, type Schemas } from '../../api/client';
import { FormError } from '../../components/FormError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { day, personName } from '../../format';
import { useT } from '../../i18n';
import { useOrg } from '../org/useOrg';
import { DateField, DownloadLink, withQuery } from './ui';
import { Pager, usePages } from '../../components/Pager';

const PAGE = 50;
const STATUSES: Schemas['MemberDto']['status'][] = [
  'applicant',
  'active',
  'resigning',
  'resigned',
  'excluded',
  'deceased',
];

/** `/o/{slug}/accounting/register`: the members' register, read-only, and the holders at a date as a file. */
export function RegisterPage() {
  const t = useT();
  const { slug } = useOrg();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [at, setAt] = useState('');
  const pages = usePages();
  const members = useQuery({
    queryKey: ['register', slug, search, status, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/members', {
          params: {
            path: { slug },
            query: {
              limit: PAGE,
              cursor: pages.cursor,
              search: search || undefined,
              status: (status || undefined) as Schemas['MemberDto']['status'] | undefined,
            },
          },
        }),
      ),
  });
  return (
    <Stack>
      <Title order={2}>{t('accounting.register.title')}</Title>
      <Text size="sm">{t('accounting.register.help')}</Text>
      <section aria-labelledby="holders-title">
        <Title order={3} id="holders-title">
          {t('accounting.register.holdersTitle')}
        </Title>
        <Text size="sm">{t('accounting.register.holdersHelp')}</Text>
        <DateField
          label={t('accounting.register.at')}
          description={t('accounting.todayByDefault')}
          value={at}
          onChange={setAt}
          mt="xs"
        />
        <List mt="xs">
          <List.Item>
            <DownloadLink href={withQuery(`/v1/orgs/${slug}/exports/register.csv`, { at })}>
              {t('accounting.register.holdersCsv')}
            </DownloadLink>
          </List.Item>
          <List.Item>
            <DownloadLink href={`/v1/orgs/${slug}/members/export.csv`}>
              {t('accounting.register.membersCsv')}
            </DownloadLink>
          </List.Item>
        </List>
      </section>
      <section aria-labelledby="members-title">
        <Title order={3} id="members-title">
          {t('accounting.register.membersTitle')}
        </Title>
        <Group align="end" mt="xs">
          <TextInput
            label={t('accounting.register.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              pages.reset();
            }}
            w={{ base: '100%', xs: 260 }}
          />
          <NativeSelect
            label={t('accounting.register.status')}
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value);
              pages.reset();
            }}
            data={[
              { value: '', label: t('accounting.register.anyStatus') },
              ...STATUSES.map((s) => ({ value: s, label: t('accounting.register.statusName', { status: s }) })),
            ]}
          />
        </Group>
        <FormError error={members.error} />
        {members.data?.items.length === 0 && <Text mt="xs">{t('accounting.register.none')}</Text>}
        {!!members.data?.items.length && (
          <ScrollRegion label={t('accounting.register.membersTitle')}>
            <Table striped aria-label={t('accounting.register.membersTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th ta="right">{t('accounting.register.number')}</Table.Th>
                  <Table.Th>{t('accounting.register.name')}</Table.Th>
                  <Table.Th>{t('accounting.register.status')}</Table.Th>
                  <Table.Th>{t('accounting.register.admittedOn')}</Table.Th>
                  <Table.Th>{t('accounting.register.exitOn')}</Table.Th>
                  <Table.Th>{t('accounting.register.college')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td ta="right">{m.membershipNumber ?? '—'}</Table.Td>
                    <Table.Td>{personName(m)}</Table.Td>
                    <Table.Td>{t('accounting.register.statusName', { status: m.status })}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.admittedOn ? day(m.admittedOn) : '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.exitOn ? day(m.exitOn) : '—'}</Table.Td>
                    <Table.Td>{m.collegeCode ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        <Pager
          pages={pages}
          total={members.data?.total}
          nextCursor={members.data?.nextCursor}
          label={t('accounting.register.pages')}
        />
      </section>
    </Stack>
  );
}
