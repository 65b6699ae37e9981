import { Button, Card, Group, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client } from '../../../api/client';
import { ConfirmButton } from '../../../components/ConfirmDialog';
import { fieldError, FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day } from '../../../format';
import { useT } from '../../../i18n';
import { inOrg } from '../../org/useOrg';
import type { Member } from './members';

/** The member's ids on other platforms (one per platform): listed, added or replaced, removed. */
export function ExternalRefs({ slug, member }: { slug: string; member: Member }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [platform, setPlatform] = useState('');
  const [externalId, setExternalId] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['member', slug, member.id] });
  const set = useMutation({
    mutationFn: () =>
      call(
        client.PUT('/v1/orgs/{slug}/members/{id}/external-refs/{platform}', {
          ...inOrg(slug, { id: member.id, platform: platform.trim().toLowerCase() }),
          body: { externalId: externalId.trim() },
        }),
      ),
    onSuccess: async () => {
      setPlatform('');
      setExternalId('');
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (name: string) =>
      call(
        client.DELETE(
          '/v1/orgs/{slug}/members/{id}/external-refs/{platform}',
          inOrg(slug, { id: member.id, platform: name }),
        ),
      ),
    onSuccess: refresh,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set.mutate();
  };
  const refs = member.externalRefs ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="external-refs-title">
      <Title order={3} id="external-refs-title">
        {t('registry.externalRefs.title')}
      </Title>
      <Text size="sm">{t('registry.externalRefs.help')}</Text>
      {refs.length > 0 ? (
        <ScrollRegion label={t('registry.externalRefs.title')}>
          <Table aria-label={t('registry.externalRefs.title')} mt="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registry.externalRefs.platform')}</Table.Th>
                <Table.Th>{t('registry.externalRefs.externalId')}</Table.Th>
                <Table.Th>{t('registry.externalRefs.since')}</Table.Th>
                <Table.Th>{t('registry.externalRefs.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {refs.map((r) => (
                <Table.Tr key={r.platform}>
                  <Table.Td>{r.platform}</Table.Td>
                  <Table.Td>{r.externalId}</Table.Td>
                  <Table.Td>{day(r.createdAt)}</Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      label={t('registry.externalRefs.remove')}
                      aria-label={t('registry.externalRefs.removeFor', { platform: r.platform })}
                      title={t('registry.externalRefs.removeTitle', { platform: r.platform })}
                      confirmLabel={t('registry.externalRefs.remove')}
                      pending={remove.isPending}
                      error={remove.error}
                      onConfirm={() => remove.mutateAsync(r.platform)}
                    >
                      {t('registry.externalRefs.removeMessage', { platform: r.platform })}
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      ) : (
        <Text size="sm" mt="xs">
          {t('registry.externalRefs.none')}
        </Text>
      )}
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <TextInput
            label={t('registry.externalRefs.platform')}
            description={t('registry.externalRefs.platformHelp')}
            value={platform}
            onChange={(e) => setPlatform(e.currentTarget.value)}
            error={fieldError(set.error, 'platform')}
            required
          />
          <TextInput
            label={t('registry.externalRefs.externalId')}
            value={externalId}
            onChange={(e) => setExternalId(e.currentTarget.value)}
            error={fieldError(set.error, 'externalId')}
            required
          />
        </SimpleGrid>
        <FormError error={set.error} fields={['platform', 'externalId']} />
        <Group mt="sm">
          <Button type="submit" loading={set.isPending} disabled={!platform.trim() || !externalId.trim()}>
            {t('registry.externalRefs.save')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
