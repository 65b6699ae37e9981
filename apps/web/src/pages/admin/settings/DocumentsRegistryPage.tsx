import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { AppLink } from '../../../components/links';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { moment } from '../../../format';
import { useT } from '../../../i18n';
import { useOrg } from '../../org/useOrg';
import { Pager, usePages } from '../../../components/Pager';

type Kind = Schemas['IssuedDocumentDto']['kind'];
const KINDS: Kind[] = [
  'share_certificate',
  'subscription_receipt',
  'tax_certificate',
  'capital_statement',
  'contribution_receipt',
  'donation_tax_receipt',
  'resolution_minutes',
  'assembly_minutes',
];

/** `/o/{slug}/admin/documents`: every document the co-op issued, with the code anyone checks it by. */
export function DocumentsRegistryPage() {
  const t = useT();
  const { slug } = useOrg();
  const [kind, setKind] = useState<Kind | ''>('');
  const pages = usePages();
  const documents = useQuery({
    queryKey: ['documents', slug, kind, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/documents', {
          params: { path: { slug }, query: { limit: 50, cursor: pages.cursor, kind: kind || undefined } },
        }),
      ),
  });
  return (
    <Stack>
      <Title order={2}>{t('settings.documents.title')}</Title>
      <Text size="sm">{t('settings.documents.help')}</Text>
      <NativeSelect
        label={t('settings.documents.kind')}
        value={kind}
        onChange={(e) => {
          setKind(e.currentTarget.value as Kind | '');
          pages.reset();
        }}
        data={[
          { value: '', label: t('settings.documents.anyKind') },
          ...KINDS.map((k) => ({ value: k, label: t('settings.documents.kindName', { kind: k }) })),
        ]}
        w={{ base: '100%', xs: 320 }}
      />
      <FormError error={documents.error} />
      {documents.data?.items.length === 0 && <Text>{t('settings.documents.none')}</Text>}
      {!!documents.data?.items.length && (
        <ScrollRegion label={t('settings.documents.title')}>
          <Table striped aria-label={t('settings.documents.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.documents.number')}</Table.Th>
                <Table.Th>{t('settings.documents.kind')}</Table.Th>
                <Table.Th>{t('settings.documents.docTitle')}</Table.Th>
                <Table.Th>{t('settings.documents.issuedAt')}</Table.Th>
                <Table.Th>{t('settings.documents.code')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.number}</Table.Td>
                  <Table.Td>{t('settings.documents.kindName', { kind: d.kind })}</Table.Td>
                  <Table.Td>{d.title}</Table.Td>
                  <Table.Td>{moment(d.issuedAt)}</Table.Td>
                  <Table.Td>
                    <AppLink
                      to="/verify/$code"
                      params={{ code: d.verificationCode }}
                      aria-label={t('settings.documents.verify', { number: d.number })}
                      style={{ fontFamily: 'monospace' }}
                    >
                      {d.verificationCode}
                    </AppLink>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Pager
        pages={pages}
        total={documents.data?.total}
        nextCursor={documents.data?.nextCursor}
        label={t('settings.documents.pages')}
      />
    </Stack>
  );
}
