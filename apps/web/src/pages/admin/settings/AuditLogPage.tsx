import { Code, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { moment } from '../../../format';
import { useT } from '../../../i18n';
import { useOrg } from '../../org/useOrg';
import { DateField } from '../../accounting/ui';
import { Pager, usePages } from '../../../components/Pager';

/** `/o/{slug}/admin/audit`: who did what and when, filtered by person, by object and by day. */
export function AuditLogPage() {
  const t = useT();
  const { slug } = useOrg();
  const [actor, setActor] = useState('');
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const pages = usePages();
  const users = useQuery({
    queryKey: ['org-users', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/users', { params: { path: { slug } } })),
  });
  const audit = useQuery({
    queryKey: ['audit', slug, actor, entityType, entityId, from, to, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/audit', {
          params: {
            path: { slug },
            query: {
              limit: 50,
              cursor: pages.cursor,
              actor: actor || undefined,
              entityType: entityType.trim() || undefined,
              entityId: entityId.trim() || undefined,
              from: from || undefined,
              to: to || undefined,
            },
          },
        }),
      ),
  });
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    pages.reset();
  };
  return (
    <Stack>
      <Title order={2}>{t('settings.audit.title')}</Title>
      <Text size="sm">{t('settings.audit.help')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('settings.audit.person')}
          value={actor}
          onChange={(e) => filter(setActor)(e.currentTarget.value)}
          data={[
            { value: '', label: t('settings.audit.anyone') },
            ...(users.data?.items.map((u) => ({
              value: u.email,
              label: u.name ? `${u.name} (${u.email})` : u.email,
            })) ?? []),
            { value: 'system', label: t('settings.audit.system') },
          ]}
        />
        <TextInput
          label={t('settings.audit.entityType')}
          placeholder={t('settings.audit.entityTypeHelp')}
          value={entityType}
          onChange={(e) => filter(setEntityType)(e.currentTarget.value)}
        />
        <TextInput
          label={t('settings.audit.entityId')}
          value={entityId}
          onChange={(e) => filter(setEntityId)(e.currentTarget.value)}
        />
        <DateField label={t('accounting.from')} value={from} onChange={filter(setFrom)} w="100%" />
        <DateField label={t('accounting.to')} value={to} onChange={filter(setTo)} w="100%" />
      </SimpleGrid>
      <FormError error={audit.error} />
      {audit.data?.items.length === 0 && <Text>{t('settings.audit.none')}</Text>}
      {!!audit.data?.items.length && (
        <ScrollRegion label={t('settings.audit.title')}>
          <Table striped aria-label={t('settings.audit.title')} verticalSpacing="xs" miw={960}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.audit.when')}</Table.Th>
                <Table.Th>{t('settings.audit.who')}</Table.Th>
                <Table.Th>{t('settings.audit.action')}</Table.Th>
                <Table.Th>{t('settings.audit.object')}</Table.Th>
                <Table.Th>{t('settings.audit.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{moment(e.at)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'break-word', maxWidth: 220 }}>{e.actor}</Table.Td>
                  <Table.Td>
                    <Code>{e.action}</Code>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 140 }}>
                    {e.entityType}
                    {e.entityId && (
                      <Text size="xs" c="dimmed" style={{ fontFamily: 'monospace' }}>
                        {e.entityId}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ minWidth: 260 }}>
                    <Changes changes={e.changes} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Pager
        pages={pages}
        total={audit.data?.total}
        nextCursor={audit.data?.nextCursor}
        label={t('settings.audit.pages')}
      />
    </Stack>
  );
}

const shown = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** Field by field `from → to` when the entry says so, else the command's details as they are. */
function Changes({ changes }: { changes: Record<string, unknown> | null }) {
  if (!changes) return null;
  const entries = Object.entries(changes);
  return (
    <Stack gap={0}>
      {entries.slice(0, 8).map(([field, value]) => {
        const change = value as { from?: unknown; to?: unknown } | null;
        const text =
          change && typeof change === 'object' && ('from' in change || 'to' in change)
            ? `${shown(change.from)} → ${shown(change.to)}`
            : shown(value);
        return (
          <Text key={field} size="xs" style={{ overflowWrap: 'anywhere' }}>
            <b>{field}</b> : {text.length > 120 ? `${text.slice(0, 120)}…` : text}
          </Text>
        );
      })}
      {entries.length > 8 && <Text size="xs">…</Text>}
    </Stack>
  );
}
