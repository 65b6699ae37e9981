import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { moment } from '../../../format';
import { useT } from '../../../i18n';
import { useOrg } from '../../org/useOrg';
import { ConfirmButton } from '../../../components/ConfirmDialog';

type EventType = Schemas['WebhookEventType'];
type Scope = Schemas['ApiScope'];
type Endpoint = Schemas['WebhookDto'];

const EVENTS: EventType[] = [
  'member.created',
  'member.updated',
  'member.admitted',
  'member.exited',
  'subscription.approved',
  'movement.recorded',
  'resolution.opened',
  'resolution.closed',
  'campaign.opened',
  'campaign.closed',
  'contribution.paid',
];
/** the scopes whose data a delivery may carry (the others are for API tokens) */
const DATA_SCOPES: Scope[] = ['registry:read', 'shares:read', 'assemblies:read', 'funding:read'];

/** `/o/{slug}/admin/webhooks`: where the co-op's events are sent, their secrets, and the delivery log. */
export function WebhooksPage() {
  const t = useT();
  const { slug } = useOrg();
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={2}>{t('settings.webhooks.title')}</Title>
      <Text size="sm">{t('settings.webhooks.help')}</Text>
      <CreateEndpoint slug={slug} />
      <Endpoints slug={slug} selected={selected} onSelect={setSelected} />
      {selected && <Deliveries slug={slug} id={selected} />}
    </Stack>
  );
}

/** The secret, shown once: after creation or rotation. */
function SecretOnce({ secret }: { secret: string }) {
  const t = useT();
  return (
    <Alert role="status" color="yellow" mt="xs">
      <Text fw={700}>{t('settings.webhooks.secretTitle')}</Text>
      <Text size="sm">{t('settings.webhooks.secretHelp')}</Text>
      <Code block mt="xs" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {secret}
      </Code>
    </Alert>
  );
}

function CreateEndpoint({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [scopes, setScopes] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/webhooks', {
          params: { path: { slug } },
          body: { url, events: events as EventType[], scopes: scopes as Scope[] },
        }),
      ),
    onSuccess: () => {
      setUrl('');
      setEvents([]);
      setScopes([]);
      return queryClient.invalidateQueries({ queryKey: ['webhooks', slug] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="webhook-create-title">
      <Title order={3} id="webhook-create-title">
        {t('settings.webhooks.createTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" mt="xs">
          <TextInput
            label={t('settings.webhooks.url')}
            description={t('settings.webhooks.urlHelp')}
            type="url"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fieldError(create.error, 'url')}
            maw={600}
          />
          <Checkbox.Group
            label={t('settings.webhooks.events')}
            value={events}
            onChange={setEvents}
            error={fieldError(create.error, 'events')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="xs" spacing="xs">
              {EVENTS.map((e) => (
                <Checkbox key={e} value={e} label={<Code>{e}</Code>} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Checkbox.Group
            label={t('settings.webhooks.scopes')}
            description={t('settings.webhooks.scopesHelp')}
            value={scopes}
            onChange={setScopes}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {DATA_SCOPES.map((s) => (
                <Checkbox key={s} value={s} label={t('settings.webhooks.scope', { scope: s.replace(':', '_') })} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('settings.webhooks.create')}
            </Button>
          </Group>
          <FormError error={create.error} fields={['url', 'events']} />
          {create.data && <SecretOnce secret={create.data.secret} />}
        </Stack>
      </form>
    </Card>
  );
}

function Endpoints({
  slug,
  selected,
  onSelect,
}: {
  slug: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const t = useT();
  const endpoints = useQuery({
    queryKey: ['webhooks', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/webhooks', { params: { path: { slug } } })),
  });
  return (
    <Card withBorder component="section" aria-labelledby="webhooks-list-title">
      <Title order={3} id="webhooks-list-title">
        {t('settings.webhooks.listTitle')}
      </Title>
      <FormError error={endpoints.error} />
      {endpoints.data?.items.length === 0 && <Text mt="xs">{t('settings.webhooks.none')}</Text>}
      {!!endpoints.data?.items.length && (
        <ScrollRegion label={t('settings.webhooks.listTitle')}>
          <Table striped aria-label={t('settings.webhooks.listTitle')} miw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.webhooks.url')}</Table.Th>
                <Table.Th>{t('settings.webhooks.events')}</Table.Th>
                <Table.Th>{t('settings.webhooks.state')}</Table.Th>
                <Table.Th>{t('settings.webhooks.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {endpoints.data.items.map((e) => (
                <EndpointRow
                  key={e.id}
                  slug={slug}
                  endpoint={e}
                  selected={selected === e.id}
                  onSelect={() => onSelect(selected === e.id ? null : e.id)}
                  onDeleted={() => selected === e.id && onSelect(null)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Card>
  );
}

function EndpointRow({
  slug,
  endpoint: e,
  selected,
  onSelect,
  onDeleted,
}: {
  slug: string;
  endpoint: Endpoint;
  selected: boolean;
  onSelect: () => void;
  onDeleted: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhooks', slug] });
  const path = { params: { path: { slug, id: e.id } } };
  const toggle = useMutation({
    mutationFn: () => call(client.PATCH('/v1/orgs/{slug}/webhooks/{id}', { ...path, body: { enabled: !e.enabled } })),
    onSuccess: refresh,
  });
  const rotate = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/webhooks/{id}/rotate-secret', path)),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () => call(client.DELETE('/v1/orgs/{slug}/webhooks/{id}', path)),
    onSuccess: () => {
      onDeleted();
      return refresh();
    },
  });
  return (
    <Table.Tr>
      <Table.Td style={{ overflowWrap: 'anywhere' }} maw={320}>
        {e.url}
        {e.previousSecretExpiresAt && (
          <Text size="xs" c="dimmed">
            {t('settings.webhooks.graceUntil', { moment: moment(e.previousSecretExpiresAt) })}
          </Text>
        )}
        {rotate.data && <SecretOnce secret={rotate.data.secret} />}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{e.events.join(', ')}</Text>
        <Text size="xs" c="dimmed">
          {e.scopes.length
            ? e.scopes.map((s) => t('settings.webhooks.scope', { scope: s.replace(':', '_') })).join(', ')
            : t('settings.webhooks.idsOnly')}
        </Text>
      </Table.Td>
      <Table.Td>
        {e.enabled ? (
          <Badge variant="outline" color="dark">
            {t('settings.webhooks.enabled')}
          </Badge>
        ) : (
          <Badge variant="filled" color="red.9">
            {t('settings.webhooks.disabled')}
          </Badge>
        )}
        {e.disabledAt && (
          <Text size="xs" c="dimmed">
            {t('settings.webhooks.disabledByFailures', {
              failures: e.consecutiveFailures,
              moment: moment(e.disabledAt),
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Button
            size="xs"
            variant={selected ? 'filled' : 'default'}
            onClick={onSelect}
            aria-pressed={selected}
            aria-label={t('settings.webhooks.deliveriesFor', { url: e.url })}
          >
            {t('settings.webhooks.deliveries')}
          </Button>
          <Button size="xs" variant="default" loading={toggle.isPending} onClick={() => toggle.mutate()}>
            {e.enabled ? t('settings.webhooks.disable') : t('settings.webhooks.enable')}
          </Button>
          <ConfirmButton
            size="xs"
            label={t('settings.webhooks.rotate')}
            title={t('settings.webhooks.rotateTitle')}
            confirmLabel={t('settings.webhooks.rotate')}
            onConfirm={() => rotate.mutateAsync()}
            pending={rotate.isPending}
            error={rotate.error}
            aria-label={t('settings.webhooks.rotateFor', { url: e.url })}
          >
            {t('settings.webhooks.rotateMessage')}
          </ConfirmButton>
          <ConfirmButton
            size="xs"
            label={t('settings.webhooks.delete')}
            title={t('settings.webhooks.deleteTitle')}
            confirmLabel={t('settings.webhooks.delete')}
            onConfirm={() => remove.mutateAsync()}
            pending={remove.isPending}
            error={remove.error}
            aria-label={t('settings.webhooks.deleteFor', { url: e.url })}
            danger
          >
            {t('settings.webhooks.deleteMessage', { url: e.url })}
          </ConfirmButton>
        </Group>
        <FormError error={toggle.error} />
      </Table.Td>
    </Table.Tr>
  );
}

function Deliveries({ slug, id }: { slug: string; id: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    queryKey: ['webhook-deliveries', slug, id],
    queryFn: () =>
      call(client.GET('/v1/orgs/{slug}/webhooks/{id}/deliveries', { params: { path: { slug, id }, query: {} } })),
    // pending deliveries change on their own: look again while there are some
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'pending') ? 3000 : false),
  });
  const replay = useMutation({
    mutationFn: (deliveryId: string) =>
      call(
        client.POST('/v1/orgs/{slug}/webhooks/{id}/deliveries/{deliveryId}/replay', {
          params: { path: { slug, id, deliveryId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', slug, id] }),
  });
  return (
    <Card withBorder component="section" aria-labelledby="webhook-deliveries-title">
      <Title order={3} id="webhook-deliveries-title">
        {t('settings.webhooks.deliveriesTitle')}
      </Title>
      <FormError error={deliveries.error ?? replay.error} />
      {deliveries.data?.items.length === 0 && <Text mt="xs">{t('settings.webhooks.noDeliveries')}</Text>}
      {!!deliveries.data?.items.length && (
        <ScrollRegion label={t('settings.webhooks.deliveriesTitle')}>
          <Table striped aria-label={t('settings.webhooks.deliveriesTitle')} miw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.webhooks.event')}</Table.Th>
                <Table.Th>{t('settings.webhooks.state')}</Table.Th>
                <Table.Th>{t('settings.webhooks.lastTry')}</Table.Th>
                <Table.Th>{t('settings.webhooks.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.items.map((d) => {
                const last = d.attemptLog[0];
                return (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Code>{d.eventType}</Code>
                      <Text size="xs" c="dimmed">
                        {moment(d.occurredAt)}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {d.id}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant={d.status === 'succeeded' ? 'outline' : 'filled'}
                        color={d.status === 'succeeded' ? 'dark' : d.status === 'failed' ? 'red.9' : 'gray.8'}
                      >
                        {t('settings.webhooks.status', { status: d.status })}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t('settings.webhooks.attempts', { count: d.attempts })}
                      </Text>
                      {d.nextAttemptAt && (
                        <Text size="xs" c="dimmed">
                          {t('settings.webhooks.nextTry', { moment: moment(d.nextAttemptAt) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {last ? (
                        <>
                          <Text size="sm">
                            {last.statusCode ? `HTTP ${last.statusCode}` : t('settings.webhooks.noAnswer')}
                            {` · ${last.durationMs} ms`}
                          </Text>
                          {last.error && last.error !== `HTTP ${last.statusCode}` && (
                            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                              {last.error}
                            </Text>
                          )}
                          <Text size="xs" c="dimmed">
                            {moment(last.at)}
                          </Text>
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        disabled={d.status === 'pending'}
                        loading={replay.isPending && replay.variables === d.id}
                        onClick={() => replay.mutate(d.id)}
                        aria-label={t('settings.webhooks.replayFor', { event: d.eventType, id: d.id })}
                      >
                        {t('settings.webhooks.replay')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Card>
  );
}
