import { Alert, Button, Card, Checkbox, CopyButton, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, moment } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { useOrg } from '../../org/useOrg';
import { ConfirmButton } from '../../../components/ConfirmDialog';

type Scope = Schemas['CreateApiTokenDto']['scopes'][number];
const SCOPES: Scope[] = [
  'registry:read',
  'registry:write',
  'shares:read',
  'shares:write',
  'assemblies:read',
  'exports:read',
  'funding:read',
  'funding:write',
];

/** `/o/{slug}/admin/api-tokens`: the tokens other software acts with, a new one (shown once), revoking one. */
export function ApiTokensPage() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <Stack>
      <Title order={2}>{t('settings.apiTokens.title')}</Title>
      <Text size="sm">{t('settings.apiTokens.help')}</Text>
      <CreateToken slug={slug} />
      <Tokens slug={slug} />
    </Stack>
  );
}

function CreateToken({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const create = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/api-tokens', {
          params: { path: { slug } },
          // the end of the chosen day, in the browser's time zone
          body: { name, scopes, ...(expiresOn ? { expiresAt: new Date(`${expiresOn}T23:59:59`).toISOString() } : {}) },
        }),
      ),
    onSuccess: () => {
      setName('');
      setScopes([]);
      setExpiresOn('');
      return queryClient.invalidateQueries({ queryKey: ['api-tokens', slug] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="create-token-title">
      <Title order={3} id="create-token-title">
        {t('settings.apiTokens.createTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" mt="xs">
          <TextInput
            label={t('settings.apiTokens.name')}
            description={t('settings.apiTokens.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(create.error, 'name')}
            maxLength={100}
            w={{ base: '100%', xs: 360 }}
          />
          <Checkbox.Group
            label={t('settings.apiTokens.scopes')}
            value={scopes}
            onChange={(v) => setScopes(v as Scope[])}
            error={fieldError(create.error, 'scopes')}
          >
            <Stack gap={6} mt={6}>
              {SCOPES.map((scope) => (
                <Checkbox
                  key={scope}
                  value={scope}
                  label={t(`settings.apiTokens.scope.${scope.replace(':', '.')}` as MessageId)}
                  description={<code>{scope}</code>}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput
            type="date"
            label={t('settings.apiTokens.expiresOn')}
            description={t('settings.apiTokens.expiresOnHelp')}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            error={fieldError(create.error, 'expiresAt')}
            w={{ base: '100%', xs: 220 }}
          />
          <FormError error={create.error} fields={['name', 'scopes', 'expiresAt']} />
          <Button type="submit" w="fit-content" loading={create.isPending}>
            {t('settings.apiTokens.create')}
          </Button>
        </Stack>
      </form>
      {create.data && <ShownOnce name={create.data.name} token={create.data.token} />}
    </Card>
  );
}

/** The new token's secret: this answer is the only time it exists outside the software that will use it. */
function ShownOnce({ name, token }: { name: string; token: string }) {
  const t = useT();
  return (
    <Alert color="yellow" mt="md" role="status">
      <Text fw={700}>{t('settings.apiTokens.createdTitle')}</Text>
      <Text size="sm">{t('settings.apiTokens.createdHelp')}</Text>
      <Group align="end" mt="xs" wrap="wrap">
        <TextInput
          label={t('settings.apiTokens.secret', { name })}
          value={token}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          styles={{ input: { fontFamily: 'monospace' } }}
          style={{ flex: 1 }}
          miw={{ base: '100%', xs: 420 }}
        />
        <CopyButton value={token}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'filled' : 'default'} onClick={copy}>
              {copied ? t('settings.apiTokens.copied') : t('settings.apiTokens.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}

function Tokens({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey: ['api-tokens', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/api-tokens', { params: { path: { slug } } })),
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      call(client.DELETE('/v1/orgs/{slug}/api-tokens/{id}', { params: { path: { slug, id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens', slug] }),
  });
  const expires = (token: Schemas['ApiTokenDto']) =>
    !token.expiresAt
      ? t('settings.apiTokens.never')
      : new Date(token.expiresAt) <= new Date()
        ? t('settings.apiTokens.expired')
        : day(token.expiresAt);
  return (
    <Card withBorder component="section" aria-labelledby="tokens-title">
      <Title order={3} id="tokens-title">
        {t('settings.apiTokens.listTitle')}
      </Title>
      <FormError error={tokens.error} />
      {tokens.data?.items.length === 0 && <Text mt="xs">{t('settings.apiTokens.none')}</Text>}
      {!!tokens.data?.items.length && (
        <ScrollRegion label={t('settings.apiTokens.listTitle')}>
          <Table striped aria-label={t('settings.apiTokens.listTitle')} miw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.apiTokens.name')}</Table.Th>
                <Table.Th>{t('settings.apiTokens.scopes')}</Table.Th>
                <Table.Th>{t('settings.apiTokens.created')}</Table.Th>
                <Table.Th>{t('settings.apiTokens.expires')}</Table.Th>
                <Table.Th>{t('settings.apiTokens.lastUsed')}</Table.Th>
                <Table.Th>{t('settings.apiTokens.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.items.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{token.name}</Table.Td>
                  <Table.Td>
                    {token.scopes.map((scope) => (
                      <Text key={scope} size="xs" ff="monospace">
                        {scope}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>{day(token.createdAt)}</Table.Td>
                  <Table.Td>{expires(token)}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? moment(token.lastUsedAt) : t('settings.apiTokens.unused')}</Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      label={t('settings.apiTokens.revoke')}
                      title={t('settings.apiTokens.revokeTitle', { name: token.name })}
                      confirmLabel={t('settings.apiTokens.revoke')}
                      onConfirm={() => revoke.mutateAsync(token.id)}
                      pending={revoke.isPending}
                      error={revoke.error}
                      aria-label={t('settings.apiTokens.revokeFor', { name: token.name })}
                      danger
                    >
                      {t('settings.apiTokens.revokeMessage')}
                    </ConfirmButton>
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
