import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { call, client } from '../api/client';
import { i18n, useT } from '../i18n';

/** `/verify/{code}`: what a document with this verification code is, or that it is not genuine. */
export function VerifyDocumentPage() {
  const t = useT();
  const { code } = useParams({ from: '/verify/$code' });
  const check = useQuery({
    queryKey: ['verify', code],
    queryFn: () => call(client.GET('/v1/verify/{code}', { params: { path: { code } } })),
  });
  const doc = check.data?.document;
  return (
    <Stack>
      <Title order={1}>{t('verifyDoc.title')}</Title>
      {check.isPending && <Text>{t('app.loading')}</Text>}
      {check.data && !check.data.valid && (
        <Alert color="red" role="alert">
          {t('verifyDoc.invalid')}
        </Alert>
      )}
      {doc && (
        <>
          <Alert color="green" role="status">
            {t('verifyDoc.valid')}
          </Alert>
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">{t('verifyDoc.kind')}</Table.Th>
                <Table.Td>
                  {doc.title} ({doc.number})
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('verifyDoc.issuedBy')}</Table.Th>
                <Table.Td>{doc.organization.name}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('verifyDoc.issuedOn')}</Table.Th>
                <Table.Td>{new Date(doc.issuedAt).toLocaleDateString(i18n.locale)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
