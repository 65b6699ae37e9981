import { Anchor, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { call, client } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { AppLink } from '../../../components/links';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { personName } from '../../../format';
import { Pager, usePages } from '../../../components/Pager';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { inOrg, useOrg } from '../../org/useOrg';
import { toCsv } from './csv';
import { MEMBER_STATUSES, type Member, type MemberStatusFilter } from './members';

const PAGE = 25;

/** What was typed, once typing has paused for `ms`: one request per pause, not per key. */
function useDebounced<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * `/o/{slug}/admin/members`: the register, searched as one types (accents and case do not matter),
 * filtered, paged by the server. The one bulk action is exporting the selected rows as CSV: it
 * changes nothing. Acts on several members at once (admissions, exclusions) are decisions taken
 * member by member, each with its date and reference, so the console does not offer them in bulk.
 */
export function MembersPage() {
  const t = useT();
  const { slug } = useOrg();
  const search = useSearch({ from: '/o/$slug/admin/members' });
  const navigate = useNavigate({ from: '/o/$slug/admin/members' });
  const [text, setText] = useState('');
  const query = useDebounced(text.trim());
  const [collegeCode, setCollegeCode] = useState('');
  const [eConsent, setEConsent] = useState<'' | 'true' | 'false'>('');
  const status = search.status ?? '';
  const pages = usePages();
  const { cursor, reset } = pages;
  const [selected, setSelected] = useState<Map<string, Member>>(new Map());

  // a new search or filter starts from the first page
  useEffect(reset, [reset, query, collegeCode, eConsent, status]);

  const colleges = useQuery({
    queryKey: ['colleges', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/colleges', inOrg(slug))),
  });
  const list = useQuery({
    queryKey: ['members', slug, query, status, collegeCode, eConsent, cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/members', {
          params: {
            path: { slug },
            query: {
              limit: PAGE,
              ...(query ? { search: query } : {}),
              ...(status ? { status } : {}),
              ...(collegeCode ? { collegeCode } : {}),
              ...(eConsent ? { eConsent } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const allOnPage = items.length > 0 && items.every((m) => selected.has(m.id));

  const toggle = (m: Member) =>
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(m.id)) next.delete(m.id);
      else next.set(m.id, m);
      return next;
    });
  const togglePage = () =>
    setSelected((s) => {
      const next = new Map(s);
      for (const m of items) {
        if (allOnPage) next.delete(m.id);
        else next.set(m.id, m);
      }
      return next;
    });
  const exportSelection = () => {
    const rows = [...selected.values()].map((m) => [
      m.membershipNumber,
      m.externalRef,
      m.kind,
      m.firstName,
      m.lastName,
      m.companyName,
      m.email,
      m.collegeCode,
      m.status,
      m.admittedOn,
      m.eConsent ? 'oui' : 'non',
    ]);
    const csv = toCsv(
      [
        'membershipNumber',
        'externalRef',
        'kind',
        'firstName',
        'lastName',
        'companyName',
        'email',
        'collegeCode',
        'status',
        'admittedOn',
        'eConsent',
      ],
      rows,
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `members-${slug}-selection.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>{t('registry.members.title')}</Title>
        <Group gap="sm">
          <AppLink to="/o/$slug/admin/import" params={{ slug }}>
            {t('registry.import.title')}
          </AppLink>
          <Anchor href={`/v1/orgs/${slug}/members/export.csv`}>{t('registry.members.exportAll')}</Anchor>
        </Group>
      </Group>
      <form role="search" aria-label={t('registry.members.searchForm')} onSubmit={(e) => e.preventDefault()}>
        <Group align="end" gap="sm" wrap="wrap">
          <TextInput
            label={t('registry.members.search')}
            description={t('registry.members.searchHelp')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            type="search"
            maxLength={100}
            w={{ base: '100%', sm: 320 }}
          />
          <NativeSelect
            label={t('registry.members.status')}
            value={status}
            onChange={(e) =>
              navigate({
                search: e.currentTarget.value ? { status: e.currentTarget.value as MemberStatusFilter } : {},
              })
            }
            data={[
              { value: '', label: t('registry.members.any') },
              ...MEMBER_STATUSES.map((s) => ({ value: s, label: t(`registry.status.${s}` as MessageId) })),
            ]}
          />
          <NativeSelect
            label={t('registry.members.college')}
            value={collegeCode}
            onChange={(e) => setCollegeCode(e.currentTarget.value)}
            data={[
              { value: '', label: t('registry.members.any') },
              ...(colleges.data?.items ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
            ]}
          />
          <NativeSelect
            label={t('registry.members.eConsent')}
            value={eConsent}
            onChange={(e) => setEConsent(e.currentTarget.value as '' | 'true' | 'false')}
            data={[
              { value: '', label: t('registry.members.any') },
              { value: 'true', label: t('registry.members.eConsentYes') },
              { value: 'false', label: t('registry.members.eConsentNo') },
            ]}
          />
        </Group>
      </form>
      <FormError error={list.error} />
      <Group justify="space-between">
        <Text role="status" size="sm">
          {list.data &&
            (list.data.totalCapped
              ? t('registry.members.countCapped', { count: list.data.total })
              : t('registry.members.count', { count: list.data.total }))}
        </Text>
        <Group gap="sm">
          <Text size="sm">{t('registry.members.selected', { count: selected.size })}</Text>
          <Button variant="default" size="xs" disabled={!selected.size} onClick={exportSelection}>
            {t('registry.members.exportSelection')}
          </Button>
          <Button variant="subtle" size="xs" disabled={!selected.size} onClick={() => setSelected(new Map())}>
            {t('registry.members.clearSelection')}
          </Button>
        </Group>
      </Group>
      <ScrollRegion label={t('registry.members.table')}>
        <Table striped aria-label={t('registry.members.table')} miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('registry.members.selectPage')}
                  checked={allOnPage}
                  onChange={togglePage}
                  disabled={!items.length}
                />
              </Table.Th>
              <Table.Th>{t('registry.members.number')}</Table.Th>
              <Table.Th>{t('registry.members.name')}</Table.Th>
              <Table.Th>{t('registry.members.email')}</Table.Th>
              <Table.Th>{t('registry.members.college')}</Table.Th>
              <Table.Th>{t('registry.members.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('registry.members.select', { name: personName(m) })}
                    checked={selected.has(m.id)}
                    onChange={() => toggle(m)}
                  />
                </Table.Td>
                <Table.Td>{m.membershipNumber ?? '—'}</Table.Td>
                <Table.Td>
                  <AppLink to="/o/$slug/admin/members/$id" params={{ slug, id: m.id }}>
                    {personName(m)}
                  </AppLink>
                </Table.Td>
                <Table.Td>{m.email ?? ''}</Table.Td>
                <Table.Td>{m.collegeCode ?? ''}</Table.Td>
                <Table.Td>{t(`registry.status.${m.status}` as MessageId)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {list.data && !items.length && <Text>{t('registry.members.none')}</Text>}
      <Pager
        pages={pages}
        total={list.data && (list.data.totalCapped ? null : list.data.total)}
        nextCursor={list.data?.nextCursor}
        label={t('registry.members.pages')}
      />
    </Stack>
  );
}
