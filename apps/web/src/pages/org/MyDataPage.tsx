import {
  Anchor,
  Button,
  Card,
  Checkbox,
  CopyButton,
  Grid,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../api/client';
import { fieldError, FormError } from '../../components/FormError';
import { useT } from '../../i18n';
import type { MessageId } from '../../locales/fr';
import { inOrg, useOrg } from './useOrg';

/** What a member may change themselves; their name and identity stay with the co-op's register. */
const CONTACT = ['email', 'phone', 'addressLine1', 'addressLine2', 'postalCode', 'city', 'country'] as const;
type Contact = Record<(typeof CONTACT)[number], string> & { eConsent: boolean };

const contactOf = (m: Schemas['MemberDto']): Contact => ({
  ...(Object.fromEntries(CONTACT.map((f) => [f, m[f] ?? ''])) as Record<(typeof CONTACT)[number], string>),
  eConsent: m.eConsent,
});

/** `/o/{slug}/me`: my contact details and consent to e-mail, and everything the co-op holds on me. */
export function MyDataPage() {
  const t = useT();
  const { slug, memberId } = useOrg();
  const queryClient = useQueryClient();
  const member = useQuery({
    queryKey: ['member', slug, memberId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members/{id}', inOrg(slug, { id: memberId! }))),
    enabled: !!memberId,
  });
  const [form, setForm] = useState<Contact | undefined>();
  useEffect(() => {
    if (member.data) setForm(contactOf(member.data));
  }, [member.data]);
  const save = useMutation({
    mutationFn: (changes: Partial<Contact>) =>
      call(client.PATCH('/v1/orgs/{slug}/members/{id}', { ...inOrg(slug, { id: memberId! }), body: changes })),
    onSuccess: (saved) => queryClient.setQueryData(['member', slug, memberId], saved),
  });
  if (!memberId || !form || !member.data) return <FormError error={member.error} />;
  const before = contactOf(member.data);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // only what changed; an emptied optional field is cleared
    const changes = Object.fromEntries(
      Object.entries(form)
        .filter(([k, v]) => before[k as keyof Contact] !== v)
        .map(([k, v]) => [k, v === '' ? null : v]),
    );
    save.mutate(changes);
  };
  const field = (name: (typeof CONTACT)[number], span = 12, autoComplete?: string) => (
    <Grid.Col span={{ base: 12, sm: span }}>
      <TextInput
        label={t(`member.field.${name}` as MessageId)}
        value={form[name]}
        autoComplete={autoComplete}
        onChange={(e) => setForm({ ...form, [name]: e.currentTarget.value })}
        error={fieldError(save.error, name)}
      />
    </Grid.Col>
  );
  return (
    <Stack>
      <Title order={2}>{t('member.nav.me')}</Title>
      <Card withBorder component="section" aria-labelledby="contact-title">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={3} id="contact-title">
              {t('member.me.contact')}
            </Title>
            <Text size="sm">{t('member.me.identity')}</Text>
            <Grid>
              {field('email', 12, 'email')}
              {field('phone', 6, 'tel')}
              {field('addressLine1', 12, 'address-line1')}
              {field('addressLine2', 12, 'address-line2')}
              {field('postalCode', 4, 'postal-code')}
              {field('city', 8, 'address-level2')}
              {field('country', 6, 'country')}
            </Grid>
            <Checkbox
              label={t('member.me.eConsent')}
              description={t('member.me.eConsentHelp')}
              checked={form.eConsent}
              onChange={(e) => setForm({ ...form, eConsent: e.currentTarget.checked })}
            />
            <FormError error={save.error} fields={[...CONTACT]} />
            {save.isSuccess && (
              <Text role="status" fw={600}>
                {t('member.me.saved')}
              </Text>
            )}
            <Button type="submit" w="fit-content" loading={save.isPending}>
              {t('member.me.save')}
            </Button>
          </Stack>
        </form>
      </Card>
      <Card withBorder component="section" aria-labelledby="export-title">
        <Title order={3} id="export-title">
          {t('member.me.export')}
        </Title>
        <Text mt="xs">{t('member.me.exportHelp')}</Text>
        <Anchor href={`/v1/orgs/${slug}/members/${memberId}/personal-data`} download="socius-personal-data.json">
          {t('member.me.download')}
        </Anchor>
      </Card>
      <CalendarFeed slug={slug} />
    </Stack>
  );
}

/** The secret address of my calendar feed, to copy into a calendar app, and a new one when it leaked. */
function CalendarFeed({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const feed = useQuery({
    queryKey: ['calendar-feed', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/my/calendar', inOrg(slug))),
  });
  const reset = useMutation({
    mutationFn: () => call(client.POST('/v1/orgs/{slug}/my/calendar/reset', inOrg(slug))),
    onSuccess: (renewed) => {
      setConfirming(false);
      queryClient.setQueryData(['calendar-feed', slug], renewed);
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="calendar-title">
      <Title order={3} id="calendar-title">
        {t('member.me.calendar')}
      </Title>
      <Text mt="xs">{t('member.me.calendarHelp')}</Text>
      <FormError error={feed.error ?? reset.error} />
      {feed.data && (
        <Group align="end" mt="xs" wrap="wrap">
          <TextInput
            label={t('member.me.calendarUrl')}
            value={feed.data.url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1 }}
            miw={{ base: '100%', sm: 420 }}
          />
          <CopyButton value={feed.data.url}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'filled' : 'outline'} onClick={copy}>
                {copied ? t('member.me.copied') : t('member.me.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={() => setConfirming(true)}>
            {t('member.me.calendarReset')}
          </Button>
        </Group>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('member.me.calendarResetTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('member.me.cancel') }}
      >
        <Stack>
          <Text>{t('member.me.calendarResetMessage')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('member.me.cancel')}
            </Button>
            <Button color="red.8" onClick={() => reset.mutate()} loading={reset.isPending}>
              {t('member.me.calendarReset')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
