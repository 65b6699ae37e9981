import {
  Anchor,
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  List,
  PasswordInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { ConfirmButton, ConfirmDialog } from '../../../components/ConfirmDialog';
import { fieldError, FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useT } from '../../../i18n';
import { useOrg } from '../../org/useOrg';

type Provider = Schemas['IdentityProviderDto'];
const FIELDS = ['name', 'issuer', 'clientId', 'clientSecret'];

/** `/o/{slug}/admin/identity-providers`: the OpenID Connect providers people sign in with, and requiring them. */
export function IdentityProvidersPage() {
  const t = useT();
  const { slug } = useOrg();
  const providers = useQuery({
    queryKey: ['identity-providers', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/identity-providers', { params: { path: { slug } } })),
  });
  const items = providers.data?.items ?? [];
  // every provider answers the same one; before the first, it is this site's callback
  const redirectUri = items[0]?.redirectUri ?? `${window.location.origin}/v1/auth/sso/callback`;
  return (
    <Stack>
      <Title order={2}>{t('settings.idp.title')}</Title>
      <Text size="sm">{t('settings.idp.help')}</Text>
      <SetUp slug={slug} redirectUri={redirectUri} />
      <AddProvider slug={slug} />
      <Card withBorder component="section" aria-labelledby="idp-list-title">
        <Title order={3} id="idp-list-title">
          {t('settings.idp.listTitle')}
        </Title>
        <FormError error={providers.error} />
        {providers.data?.items.length === 0 && <Text mt="xs">{t('settings.idp.none')}</Text>}
        {!!items.length && (
          <ScrollRegion label={t('settings.idp.listTitle')}>
            <Table striped aria-label={t('settings.idp.listTitle')} miw={760}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.idp.name')}</Table.Th>
                  <Table.Th>{t('settings.idp.issuer')}</Table.Th>
                  <Table.Th>{t('settings.idp.state')}</Table.Th>
                  <Table.Th>{t('settings.idp.redirectUri')}</Table.Th>
                  <Table.Th>{t('settings.idp.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <ProviderRow key={p.id} slug={slug} provider={p} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Card>
      <RequireSso slug={slug} hasEnabled={items.some((p) => p.enabled)} />
    </Stack>
  );
}

/** A value to copy somewhere else (the provider's console, a message to members), with its button. */
function Copyable({ value, label }: { value: string; label: string }) {
  const t = useT();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button
            size="xs"
            variant={copied ? 'filled' : 'default'}
            onClick={copy}
            style={{ flexShrink: 0 }}
            aria-label={label}
          >
            {copied ? t('settings.idp.copied') : t('settings.idp.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** What to do at the provider, and where people then sign in. */
function SetUp({ slug, redirectUri }: { slug: string; redirectUri: string }) {
  const t = useT();
  const login = `${window.location.origin}/login?org=${slug}`;
  return (
    <Card withBorder component="section" aria-labelledby="idp-setup-title">
      <Title order={3} id="idp-setup-title">
        {t('settings.idp.setupTitle')}
      </Title>
      <List type="ordered" spacing="xs" mt="xs" size="sm">
        <List.Item>
          <Text size="sm">{t('settings.idp.setupClient')}</Text>
          <Copyable value={redirectUri} label={t('settings.idp.copyRedirect')} />
        </List.Item>
        <List.Item>{t('settings.idp.setupAdd')}</List.Item>
        <List.Item>
          <Text size="sm">{t('settings.idp.setupLogin')}</Text>
          <Group gap="xs" wrap="nowrap">
            <Anchor href={`/login?org=${slug}`} size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {login}
            </Anchor>
            <CopyButton value={login}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant={copied ? 'filled' : 'default'}
                  onClick={copy}
                  style={{ flexShrink: 0 }}
                  aria-label={t('settings.idp.copyLogin')}
                >
                  {copied ? t('settings.idp.copied') : t('settings.idp.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </List.Item>
      </List>
    </Card>
  );
}

interface ProviderForm {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** The four fields of a provider; `secretKept`: an empty secret keeps the one registered. */
function ProviderFields({
  form,
  onChange,
  error,
  secretKept = false,
}: {
  form: ProviderForm;
  onChange: (form: ProviderForm) => void;
  error: unknown;
  secretKept?: boolean;
}) {
  const t = useT();
  const set = (key: keyof ProviderForm) => (e: { currentTarget: { value: string } }) =>
    onChange({ ...form, [key]: e.currentTarget.value });
  return (
    <>
      <TextInput
        label={t('settings.idp.name')}
        description={t('settings.idp.nameHelp')}
        value={form.name}
        onChange={set('name')}
        error={fieldError(error, 'name')}
        maxLength={100}
        w={{ base: '100%', xs: 420 }}
      />
      <TextInput
        label={t('settings.idp.issuer')}
        description={t('settings.idp.issuerHelp')}
        type="url"
        placeholder="https://"
        value={form.issuer}
        onChange={set('issuer')}
        error={fieldError(error, 'issuer')}
        maw={600}
      />
      <TextInput
        label={t('settings.idp.clientId')}
        value={form.clientId}
        onChange={set('clientId')}
        error={fieldError(error, 'clientId')}
        w={{ base: '100%', xs: 360 }}
      />
      <PasswordInput
        label={t('settings.idp.clientSecret')}
        description={t(secretKept ? 'settings.idp.clientSecretKept' : 'settings.idp.clientSecretHelp')}
        value={form.clientSecret}
        onChange={set('clientSecret')}
        error={fieldError(error, 'clientSecret')}
        autoComplete="off"
        w={{ base: '100%', xs: 360 }}
      />
    </>
  );
}

const EMPTY: ProviderForm = { name: '', issuer: '', clientId: '', clientSecret: '' };

function AddProvider({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ProviderForm>(EMPTY);
  const add = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/identity-providers', {
          params: { path: { slug } },
          body: { ...form, name: form.name.trim(), issuer: form.issuer.trim(), clientId: form.clientId.trim() },
        }),
      ),
    onSuccess: () => {
      setForm(EMPTY);
      return queryClient.invalidateQueries({ queryKey: ['identity-providers', slug] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="idp-add-title">
      <Title order={3} id="idp-add-title">
        {t('settings.idp.addTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" mt="xs">
          <ProviderFields form={form} onChange={setForm} error={add.error} />
          <FormError error={add.error} fields={FIELDS} />
          {add.isSuccess && (
            <Text role="status" fw={600}>
              {t('settings.idp.added', { name: add.data.name })}
            </Text>
          )}
          <Button type="submit" w="fit-content" loading={add.isPending}>
            {t('settings.idp.add')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function ProviderRow({ slug, provider: p }: { slug: string; provider: Provider }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['identity-providers', slug] });
  const path = { params: { path: { slug, id: p.id } } };
  const toggle = useMutation({
    mutationFn: () =>
      call(client.PATCH('/v1/orgs/{slug}/identity-providers/{id}', { ...path, body: { enabled: !p.enabled } })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () => call(client.DELETE('/v1/orgs/{slug}/identity-providers/{id}', path)),
    onSuccess: refresh,
  });
  return (
    <>
      <Table.Tr>
        <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.name}</Table.Td>
        <Table.Td maw={260}>
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {p.issuer}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('settings.idp.clientIdIs', { clientId: p.clientId })}
          </Text>
        </Table.Td>
        <Table.Td>
          {p.enabled ? (
            <Badge variant="outline" color="dark">
              {t('settings.idp.enabled')}
            </Badge>
          ) : (
            <Badge variant="filled" color="red.9">
              {t('settings.idp.disabled')}
            </Badge>
          )}
        </Table.Td>
        <Table.Td maw={280}>
          <Copyable value={p.redirectUri} label={t('settings.idp.copyRedirectFor', { name: p.name })} />
        </Table.Td>
        <Table.Td>
          <Group gap="xs">
            <Button
              size="xs"
              variant={editing ? 'filled' : 'default'}
              aria-pressed={editing}
              onClick={() => setEditing(!editing)}
              aria-label={t('settings.idp.editFor', { name: p.name })}
            >
              {t('settings.idp.edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              loading={toggle.isPending}
              onClick={() => toggle.mutate()}
              aria-label={t(p.enabled ? 'settings.idp.disableFor' : 'settings.idp.enableFor', { name: p.name })}
            >
              {p.enabled ? t('settings.idp.disable') : t('settings.idp.enable')}
            </Button>
            <ConfirmButton
              label={t('settings.idp.delete')}
              title={t('settings.idp.deleteTitle', { name: p.name })}
              confirmLabel={t('settings.idp.delete')}
              onConfirm={() => remove.mutateAsync()}
              pending={remove.isPending}
              error={remove.error}
              aria-label={t('settings.idp.deleteFor', { name: p.name })}
              danger
            >
              {t('settings.idp.deleteMessage', { name: p.name })}
            </ConfirmButton>
          </Group>
          <FormError error={toggle.error} />
        </Table.Td>
      </Table.Tr>
      {editing && (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <EditProvider slug={slug} provider={p} onDone={() => setEditing(false)} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function EditProvider({ slug, provider: p, onDone }: { slug: string; provider: Provider; onDone: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ProviderForm>({ ...p, clientSecret: '' });
  const save = useMutation({
    mutationFn: () => {
      const body: Schemas['UpdateIdentityProviderDto'] = {};
      if (form.name.trim() !== p.name) body.name = form.name.trim();
      if (form.issuer.trim() !== p.issuer) body.issuer = form.issuer.trim();
      if (form.clientId.trim() !== p.clientId) body.clientId = form.clientId.trim();
      if (form.clientSecret) body.clientSecret = form.clientSecret;
      return call(
        client.PATCH('/v1/orgs/{slug}/identity-providers/{id}', { params: { path: { slug, id: p.id } }, body }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['identity-providers', slug] });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('settings.idp.editFor', { name: p.name })}>
      <Stack gap="sm">
        <ProviderFields form={form} onChange={setForm} error={save.error} secretKept />
        <FormError error={save.error} fields={FIELDS} />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {t('settings.idp.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('settings.idp.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The organization's `requireSso`: turned on only after saying what it does, by an admin signed in through SSO. */
function RequireSso({ slug, hasEnabled }: { slug: string; hasEnabled: boolean }) {
  const t = useT();
  const { org } = useOrg();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const on = org.data?.requireSso ?? false;
  const set = useMutation({
    mutationFn: (requireSso: boolean) =>
      call(client.PATCH('/v1/orgs/{slug}', { params: { path: { slug } }, body: { requireSso } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['org', slug], saved);
      setConfirming(false);
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="idp-require-title">
      <Title order={3} id="idp-require-title">
        {t('settings.idp.requireTitle')}
      </Title>
      <Stack gap="sm" mt="xs">
        <Text size="sm">{t('settings.idp.requireHelp')}</Text>
        <Switch
          label={t('settings.idp.require')}
          description={hasEnabled || on ? undefined : t('settings.idp.requireNeedsProvider')}
          checked={on}
          disabled={!org.data || set.isPending || (!on && !hasEnabled)}
          onChange={(e) => {
            set.reset();
            if (e.currentTarget.checked) setConfirming(true);
            else set.mutate(false);
          }}
        />
        {!confirming && <FormError error={set.error} />}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => set.mutate(true)}
        title={t('settings.idp.requireConfirmTitle')}
        confirmLabel={t('settings.idp.requireConfirm')}
        pending={set.isPending}
        error={set.error}
      >
        <Text>{t('settings.idp.requireConfirmMessage')}</Text>
        <Text>{t('settings.idp.requireConfirmLockout')}</Text>
      </ConfirmDialog>
    </Card>
  );
}
