import {
  Alert,
  Button,
  Card,
  Code,
  List,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { renderSVG } from 'uqr';
import { ApiProblem, call, client, fetchMe } from '../api/client';
import { fieldError, FormError } from '../components/FormError';
import { ButtonLink } from '../components/links';
import { moment } from '../format';
import { useT } from '../i18n';

/** `/account`: my password, my open sessions, and two-factor sign-in. */
export function AccountPage() {
  const t = useT();
  const me = useQuery({ queryKey: ['me'], queryFn: fetchMe });
  if (me.isPending) return <Text>{t('app.loading')}</Text>;
  if (!me.data)
    return (
      <ButtonLink to="/login" search={{ next: '/account' }} w="fit-content">
        {t('app.signIn')}
      </ButtonLink>
    );
  return (
    <Stack>
      <Title order={1}>{t('account.title')}</Title>
      <Text>
        {me.data.name} — {me.data.email}
      </Text>
      <ChangePassword />
      <TwoFactor enabled={me.data.twoFactorEnabled} />
      <Sessions />
    </Stack>
  );
}

function ChangePassword() {
  const t = useT();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation({
    mutationFn: () => call(client.POST('/v1/auth/password', { body: { currentPassword, newPassword } })),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      // the other sessions ended
      return queryClient.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="password-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} size="h3" id="password-title">
            {t('account.password')}
          </Title>
          <PasswordInput
            label={t('account.currentPassword')}
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fieldError(change.error, 'currentPassword')}
          />
          <PasswordInput
            label={t('field.newPassword')}
            description={t('field.passwordHint')}
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
            error={fieldError(change.error, 'newPassword')}
          />
          <FormError error={change.error} fields={['currentPassword', 'newPassword']} />
          {change.isSuccess && (
            <Text role="status" fw={600}>
              {t('account.passwordChanged')}
            </Text>
          )}
          <Button type="submit" w="fit-content" loading={change.isPending}>
            {t('account.changePassword')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useT();
  return (
    <Alert color="yellow" role="status">
      <Text fw={600}>{t('account.recoveryCodes')}</Text>
      <Text size="sm">{t('account.recoveryHelp')}</Text>
      <SimpleGrid cols={2} mt="xs" data-testid="recovery-codes">
        {codes.map((c) => (
          <Code key={c}>{c}</Code>
        ))}
      </SimpleGrid>
    </Alert>
  );
}

function TwoFactor({ enabled }: { enabled: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const setup = useMutation({ mutationFn: () => call(client.POST('/v1/auth/totp/setup')) });
  const enable = useMutation({
    mutationFn: () => call(client.POST('/v1/auth/totp/enable', { body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
  const disable = useMutation({
    mutationFn: () => call(client.POST('/v1/auth/totp/disable', { body: { password, code } })),
    onSuccess: () => {
      setCode('');
      setPassword('');
      setup.reset();
      enable.reset();
      return queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const renew = useMutation({
    mutationFn: () => call(client.POST('/v1/auth/totp/recovery-codes', { body: { password, code } })),
  });
  const codeField = (error: unknown) => (
    <TextInput
      label={t('login.totpCode')}
      description={t('account.totpCodeHelp')}
      inputMode="numeric"
      autoComplete="one-time-code"
      value={code}
      onChange={(e) => setCode(e.currentTarget.value.trim())}
      error={fieldError(error, 'code')}
      w={{ base: '100%', sm: 260 }}
    />
  );
  return (
    <Card withBorder component="section" aria-labelledby="totp-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="totp-title">
          {t('account.twoFactor')}
        </Title>
        {enable.data && <RecoveryCodes codes={enable.data.recoveryCodes} />}
        {renew.data && <RecoveryCodes codes={renew.data.recoveryCodes} />}
        {enabled ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              disable.mutate();
            }}
            noValidate
          >
            <Stack gap="xs">
              <Text>{t('account.twoFactorOn')}</Text>
              <PasswordInput
                label={t('field.password')}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fieldError(disable.error ?? renew.error, 'password')}
                w={{ base: '100%', sm: 260 }}
              />
              {codeField(disable.error ?? renew.error)}
              <FormError error={disable.error ?? renew.error} fields={['password', 'code']} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Button variant="outline" onClick={() => renew.mutate()} loading={renew.isPending}>
                  {t('account.renewCodes')}
                </Button>
                <Button type="submit" color="red" loading={disable.isPending}>
                  {t('account.disable')}
                </Button>
              </SimpleGrid>
            </Stack>
          </form>
        ) : setup.data ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              enable.mutate();
            }}
            noValidate
          >
            <Stack gap="xs">
              <Text>{t('account.scan')}</Text>
              <div
                className="qr-code"
                role="img"
                aria-label={t('account.qrLabel')}
                // uqr draws the otpauth:// URL as an SVG of squares; nothing from the API is HTML
                dangerouslySetInnerHTML={{ __html: renderSVG(setup.data.otpauthUrl) }}
              />
              <Text size="sm">{t('account.orType')}</Text>
              <Code data-testid="totp-secret">{setup.data.secret}</Code>
              {codeField(enable.error)}
              <FormError error={enable.error} fields={['code']} />
              <Button type="submit" w="fit-content" loading={enable.isPending}>
                {t('account.enable')}
              </Button>
            </Stack>
          </form>
        ) : (
          <>
            <Text>{t('account.twoFactorOff')}</Text>
            <Button w="fit-content" onClick={() => setup.mutate()} loading={setup.isPending}>
              {t('account.setUp')}
            </Button>
            <FormError error={setup.error} />
          </>
        )}
      </Stack>
    </Card>
  );
}

function Sessions() {
  const t = useT();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: () => call(client.GET('/v1/auth/sessions')) });
  const end = useMutation({
    mutationFn: (id: string) => call(client.DELETE('/v1/auth/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
  return (
    <Card withBorder component="section" aria-labelledby="sessions-title">
      <Title order={2} size="h3" id="sessions-title">
        {t('account.sessions')}
      </Title>
      <List mt="xs" spacing="xs">
        {sessions.data?.items.map((s) => (
          <List.Item key={s.id}>
            <Text size="sm">
              {t(s.kind === 'cookie' ? 'account.browser' : 'account.apiClient')}
              {s.userAgent ? ` — ${s.userAgent.slice(0, 80)}` : ''}
            </Text>
            <Text size="sm" c="dimmed">
              {t('account.lastUsed', { date: moment(s.lastUsedAt) })}
              {s.ip ? ` · ${s.ip}` : ''}
            </Text>
            {s.current ? (
              <Text size="sm" fw={600}>
                {t('account.thisSession')}
              </Text>
            ) : (
              <Button size="compact-sm" variant="outline" onClick={() => end.mutate(s.id)}>
                {t('account.endSession')}
              </Button>
            )}
          </List.Item>
        ))}
      </List>
      {end.error instanceof ApiProblem && <FormError error={end.error} />}
    </Card>
  );
}
