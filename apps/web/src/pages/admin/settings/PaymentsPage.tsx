import {
  Alert,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { euros, moment } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { useOrg } from '../../org/useOrg';

const PRODUCTION = 'https://api.helloasso.com';
const SANDBOX = 'https://api.helloasso-sandbox.com';

/** `/o/{slug}/admin/payments`: the co-op's HelloAsso account, and the checkouts started there. */
export function PaymentsPage() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <Stack>
      <Title order={2}>{t('settings.payments.title')}</Title>
      <Text size="sm">{t('settings.payments.help')}</Text>
      <AccountForm slug={slug} />
      <Checkouts slug={slug} />
    </Stack>
  );
}

function AccountForm({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: ['payment-account', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/payments/account', { params: { path: { slug } } })),
  });
  const account = current.data?.account ?? null;
  const [accountRef, setAccountRef] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [baseUrl, setBaseUrl] = useState(PRODUCTION);
  const [enabled, setEnabled] = useState(true);
  useEffect(() => {
    if (!account) return;
    setAccountRef(account.accountRef);
    setClientId(account.clientId);
    setBaseUrl(account.baseUrl);
    setEnabled(account.enabled);
  }, [account]);
  const save = useMutation({
    mutationFn: () =>
      call(
        client.PUT('/v1/orgs/{slug}/payments/account', {
          params: { path: { slug } },
          body: {
            provider: 'helloasso',
            accountRef: accountRef.trim(),
            clientId: clientId.trim(),
            ...(clientSecret ? { clientSecret } : {}),
            baseUrl,
            enabled,
          },
        }),
      ),
    onSuccess: (data) => {
      setClientSecret('');
      queryClient.setQueryData(['payment-account', slug], data);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const apis = [
    { value: PRODUCTION, label: t('settings.payments.production') },
    { value: SANDBOX, label: t('settings.payments.sandbox') },
    ...(baseUrl !== PRODUCTION && baseUrl !== SANDBOX ? [{ value: baseUrl, label: baseUrl }] : []),
  ];
  return (
    <Card withBorder component="section" aria-labelledby="payments-account-title">
      <Title order={3} id="payments-account-title">
        {t('settings.payments.account')}
      </Title>
      <FormError error={current.error} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" mt="xs" maw={600}>
          <TextInput
            label={t('settings.payments.accountRef')}
            description={t('settings.payments.accountRefHelp')}
            value={accountRef}
            onChange={(e) => setAccountRef(e.currentTarget.value)}
            error={fieldError(save.error, 'accountRef')}
          />
          <TextInput
            label={t('settings.payments.clientId')}
            value={clientId}
            onChange={(e) => setClientId(e.currentTarget.value)}
            error={fieldError(save.error, 'clientId')}
            autoComplete="off"
          />
          <PasswordInput
            label={t('settings.payments.clientSecret')}
            description={t(account ? 'settings.payments.clientSecretKept' : 'settings.payments.clientSecretHelp')}
            value={clientSecret}
            onChange={(e) => setClientSecret(e.currentTarget.value)}
            error={fieldError(save.error, 'clientSecret')}
            autoComplete="new-password"
          />
          <NativeSelect
            label={t('settings.payments.api')}
            description={t('settings.payments.apiHelp')}
            data={apis}
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.currentTarget.value)}
            error={fieldError(save.error, 'baseUrl')}
          />
          <Checkbox
            label={t('settings.payments.enabled')}
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('settings.payments.save')}
            </Button>
          </Group>
          <FormError error={save.error} fields={['accountRef', 'clientId', 'clientSecret', 'baseUrl']} />
          {save.isSuccess && (
            <Text role="status" size="sm">
              {t('settings.payments.saved')}
            </Text>
          )}
        </Stack>
      </form>
      {account && (
        <Alert mt="md" color="blue" title={t('settings.payments.notificationTitle')}>
          <Text size="sm">{t('settings.payments.notificationHelp')}</Text>
          <Code block mt="xs" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {account.notificationUrl}
          </Code>
        </Alert>
      )}
    </Card>
  );
}

function Checkouts({ slug }: { slug: string }) {
  const t = useT();
  const list = useQuery({
    queryKey: ['payment-checkouts', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/payments/checkouts', { params: { path: { slug } } })),
  });
  const items: Schemas['CheckoutAdminDto'][] = list.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="payments-checkouts-title">
      <Title order={3} id="payments-checkouts-title">
        {t('settings.payments.checkouts')}
      </Title>
      <FormError error={list.error} />
      {list.data && !items.length && <Text mt="xs">{t('settings.payments.noCheckouts')}</Text>}
      {!!items.length && (
        <ScrollRegion label={t('settings.payments.checkouts')}>
          <Table striped aria-label={t('settings.payments.checkouts')} miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.payments.startedAt')}</Table.Th>
                <Table.Th>{t('settings.payments.purpose')}</Table.Th>
                <Table.Th ta="right">{t('settings.payments.amount')}</Table.Th>
                <Table.Th>{t('settings.payments.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{moment(c.createdAt)}</Table.Td>
                  <Table.Td>{t(`settings.payments.purpose.${c.purpose}` as MessageId)}</Table.Td>
                  <Table.Td ta="right">{euros(c.amountCents)}</Table.Td>
                  <Table.Td>
                    {t(`settings.payments.status.${c.status}` as MessageId)}
                    {c.problem && (
                      <Text size="xs" c="dimmed">
                        {c.problem}
                      </Text>
                    )}
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
