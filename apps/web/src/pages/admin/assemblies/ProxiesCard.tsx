import { Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day } from '../../../format';
import { useT } from '../../../i18n';
import { inOrg } from '../../org/useOrg';
import { memberName, useMembers } from './ConvocationsCard';

/** The proxies given for the assembly: who holds whose vote. */
export function ProxiesCard({ slug, assemblyId }: { slug: string; assemblyId: string }) {
  const t = useT();
  const proxies = useQuery({
    queryKey: ['proxies', slug, assemblyId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/assemblies/{id}/proxies', inOrg(slug, { id: assemblyId }))),
  });
  const members = useMembers(slug);
  const names = new Map((members.data?.items ?? []).map((m) => [m.id, memberName(m)]));
  const name = (id: string) => names.get(id) ?? id.slice(0, 8);
  const items = proxies.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="proxies-title">
      <Title order={3} id="proxies-title">
        {t('assemblies.proxies')}
      </Title>
      <FormError error={proxies.error} />
      {proxies.data && !items.length && <Text mt="xs">{t('assemblies.proxies.none')}</Text>}
      {!!items.length && (
        <ScrollRegion label={t('assemblies.proxies')}>
          <Table aria-label={t('assemblies.proxies')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assemblies.proxies.grantor')}</Table.Th>
                <Table.Th>{t('assemblies.proxies.holder')}</Table.Th>
                <Table.Th>{t('assemblies.proxies.given')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{name(p.grantorMemberId)}</Table.Td>
                  <Table.Td>{name(p.holderMemberId)}</Table.Td>
                  <Table.Td>
                    {day(p.createdAt)}
                    {p.revokedAt ? ` · ${t('assemblies.proxies.revoked', { date: day(p.revokedAt) })}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Card>
  );
}
