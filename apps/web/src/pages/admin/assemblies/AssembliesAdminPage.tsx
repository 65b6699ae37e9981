import { Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { call, client } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { AppLink } from '../../../components/links';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day } from '../../../format';
import { useT } from '../../../i18n';
import { inOrg, useOrg } from '../../org/useOrg';
import { AssemblyForm } from './forms';

/** `/o/{slug}/admin/assemblies`: the co-op's assemblies, and a new one. */
export function AssembliesAdminPage() {
  const t = useT();
  const { slug } = useOrg();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const assemblies = useQuery({
    queryKey: ['assemblies', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/assemblies', inOrg(slug))),
  });
  return (
    <Stack>
      <Title order={2}>{t('assemblies.title')}</Title>
      <FormError error={assemblies.error} />
      {assemblies.data?.items.length === 0 && <Text>{t('assemblies.none')}</Text>}
      {!!assemblies.data?.items.length && (
        <ScrollRegion label={t('assemblies.title')}>
          <Table aria-label={t('assemblies.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assemblies.field.title')}</Table.Th>
                <Table.Th>{t('assemblies.field.kind')}</Table.Th>
                <Table.Th>{t('assemblies.field.weighting')}</Table.Th>
                <Table.Th>{t('assemblies.createdOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assemblies.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <AppLink to="/o/$slug/admin/assemblies/$assemblyId" params={{ slug, assemblyId: a.id }}>
                      {a.title}
                    </AppLink>
                  </Table.Td>
                  <Table.Td>
                    {t(`assemblies.kind.${a.kind}`)}
                    {a.secret ? ` · ${t('assemblies.secret')}` : ''}
                  </Table.Td>
                  <Table.Td>{t(`assemblies.weighting.${a.weighting}`)}</Table.Td>
                  <Table.Td>{day(a.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      {creating ? (
        <Card withBorder component="section" aria-labelledby="new-assembly">
          <Title order={3} id="new-assembly" mb="sm">
            {t('assemblies.new')}
          </Title>
          <AssemblyForm
            submitLabel={t('assemblies.create')}
            save={(body) => call(client.POST('/v1/orgs/{slug}/assemblies', { ...inOrg(slug), body }))}
            onSaved={(a) => {
              void queryClient.invalidateQueries({ queryKey: ['assemblies', slug] });
              void navigate({ to: '/o/$slug/admin/assemblies/$assemblyId', params: { slug, assemblyId: a.id } });
            }}
          />
        </Card>
      ) : (
        <Button w="fit-content" onClick={() => setCreating(true)}>
          {t('assemblies.new')}
        </Button>
      )}
    </Stack>
  );
}
