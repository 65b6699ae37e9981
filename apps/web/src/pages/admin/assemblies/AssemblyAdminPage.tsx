import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { call, client } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { AppLink } from '../../../components/links';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { moment } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { inOrg } from '../../org/useOrg';
import { Checklist } from './Checklist';
import { ConvocationsCard } from './ConvocationsCard';
import { AssemblyForm, ResolutionForm } from './forms';
import { MinutesCard } from './MinutesCard';
import { ProxiesCard } from './ProxiesCard';

/** `/o/{slug}/admin/assemblies/{id}`: an assembly, its checklist, resolutions, convocations, proxies and minutes. */
export function AssemblyAdminPage() {
  const t = useT();
  const { slug, assemblyId } = useParams({ from: '/o/$slug/admin/assemblies/$assemblyId' });
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const assembly = useQuery({
    queryKey: ['assembly', slug, assemblyId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/assemblies/{id}', inOrg(slug, { id: assemblyId }))),
  });
  const resolutions = useQuery({
    queryKey: ['assembly-resolutions', slug, assemblyId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/assemblies/{id}/resolutions', inOrg(slug, { id: assemblyId }))),
  });
  const a = assembly.data;
  const items = resolutions.data?.items ?? [];
  const started = items.some((r) => r.status !== 'draft');
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['readiness', slug, assemblyId] });
    void queryClient.invalidateQueries({ queryKey: ['assembly-resolutions', slug, assemblyId] });
  };
  if (assembly.error) return <FormError error={assembly.error} />;
  if (!a) return <Text>{t('app.loading')}</Text>;
  return (
    <Stack>
      <AppLink to="/o/$slug/admin/assemblies" params={{ slug }}>
        {t('assemblies.back')}
      </AppLink>
      <Title order={2}>{a.title}</Title>
      <Text>
        {t(`assemblies.kind.${a.kind}`)} · {t(`assemblies.weighting.${a.weighting}`)}
        {a.secret ? ` · ${t('assemblies.secret')}` : ''}
        {a.place ? ` · ${a.place}` : ''}
      </Text>
      {!started &&
        (editing ? (
          <Card withBorder component="section" aria-labelledby="edit-assembly">
            <Title order={3} id="edit-assembly" mb="sm">
              {t('assemblies.edit')}
            </Title>
            <AssemblyForm
              initial={a}
              submitLabel={t('assemblies.save')}
              save={(body) =>
                call(client.PATCH('/v1/orgs/{slug}/assemblies/{id}', { ...inOrg(slug, { id: assemblyId }), body }))
              }
              onSaved={(saved) => {
                queryClient.setQueryData(['assembly', slug, assemblyId], saved);
                refresh();
                setEditing(false);
              }}
            />
          </Card>
        ) : (
          <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
            {t('assemblies.edit')}
          </Button>
        ))}
      {(!items.length || items.some((r) => r.status === 'draft')) && <Checklist slug={slug} assemblyId={assemblyId} />}
      <Card withBorder component="section" aria-labelledby="resolutions-title">
        <Title order={3} id="resolutions-title">
          {t('assemblies.resolutions')}
        </Title>
        <FormError error={resolutions.error} />
        {resolutions.data && !items.length && <Text mt="xs">{t('assemblies.resolutions.none')}</Text>}
        {!!items.length && (
          <ScrollRegion label={t('assemblies.resolutions')}>
            <Table aria-label={t('assemblies.resolutions')} miw={600}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assemblies.resolution.number')}</Table.Th>
                  <Table.Th>{t('assemblies.resolution.title')}</Table.Th>
                  <Table.Th>{t('assemblies.resolution.status')}</Table.Th>
                  <Table.Th>{t('assemblies.resolution.window')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.number}</Table.Td>
                    <Table.Td>
                      <AppLink
                        to="/o/$slug/admin/assemblies/$assemblyId/resolutions/$resolutionId"
                        params={{ slug, assemblyId, resolutionId: r.id }}
                      >
                        {r.title}
                      </AppLink>
                    </Table.Td>
                    <Table.Td className="first-upper">
                      {t(`resolution.status.${r.outcome ?? r.status}` as MessageId)}
                    </Table.Td>
                    <Table.Td>
                      {moment(r.opensAt)} – {moment(r.closesAt)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        {adding ? (
          <Stack mt="md">
            <Title order={4}>{t('assemblies.resolutions.add')}</Title>
            <ResolutionForm
              submitLabel={t('assemblies.resolutions.add')}
              save={(body) =>
                call(
                  client.POST('/v1/orgs/{slug}/assemblies/{id}/resolutions', {
                    ...inOrg(slug, { id: assemblyId }),
                    body,
                  }),
                )
              }
              onSaved={() => {
                refresh();
                setAdding(false);
              }}
            />
          </Stack>
        ) : (
          <Group mt="md">
            <Button onClick={() => setAdding(true)}>{t('assemblies.resolutions.add')}</Button>
          </Group>
        )}
      </Card>
      <ConvocationsCard slug={slug} assemblyId={assemblyId} />
      <ProxiesCard slug={slug} assemblyId={assemblyId} />
      <MinutesCard slug={slug} assemblyId={assemblyId} anyClosed={items.some((r) => r.status === 'closed')} />
    </Stack>
  );
}
