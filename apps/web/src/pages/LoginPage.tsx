import { Alert, Button, Divider, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { ApiProblem, call, client, rememberCsrf } from '../api/client';
import { FormError } from '../components/FormError';
import { AppLink } from '../components/links';
import { useT } from '../i18n';

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { next } = useSearch({ from: '/login' });
  // `?org=slug` offers that organization's single sign-on; `?sso-error=code` says why it failed
  const params = new URLSearchParams(window.location.search);
  const org = params.get('org');
  const ssoError = params.get('sso-error');
  const providers = useQuery({
    queryKey: ['sso', org],
    enabled: Boolean(org),
    queryFn: () => call(client.GET('/v1/auth/sso/{slug}', { params: { path: { slug: org ?? '' } } })),
  });
  const returnTo = next?.startsWith('/') && !next.startsWith('//') ? next : org ? `/o/${org}` : '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // asked for once the password is right, when the account has two-factor sign-in
  const [totpCode, setTotpCode] = useState<string | undefined>();
  const login = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/auth/login', {
          body: { email, password, session: 'cookie', ...(totpCode ? { totpCode } : {}) },
        }),
      ),
    onSuccess: async ({ csrfToken }) => {
      rememberCsrf(csrfToken ?? undefined);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      // only a path of this app: never an address elsewhere
      await navigate({ to: next?.startsWith('/') && !next.startsWith('//') ? next : '/' });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  const problem = login.error instanceof ApiProblem ? login.error : undefined;
  const needsCode = totpCode !== undefined || problem?.code === 'totp-required';
  const wrong = problem?.status === 401 && !needsCode;
  return (
    <Stack>
      <Title order={1}>{t('login.title')}</Title>
      {ssoError && (
        <Alert color="red" role="alert">
          {t(ssoMessage(ssoError))}
        </Alert>
      )}
      {providers.data?.items.length ? (
        <Stack gap="xs">
          {providers.data.items.map((p) => (
            <Button key={p.id} component="a" href={`${p.startUrl}?${new URLSearchParams({ returnTo })}`}>
              {t('login.ssoWith', { name: p.name })}
            </Button>
          ))}
          <Divider label={t('login.ssoOr')} labelPosition="center" />
        </Stack>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('field.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('field.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {needsCode && (
            <TextInput
              label={t('login.totpCode')}
              description={t('login.totpHelp')}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              value={totpCode ?? ''}
              onChange={(e) => setTotpCode(e.currentTarget.value.trim())}
              error={problem?.code === 'totp-invalid' ? t('login.totpInvalid') : undefined}
            />
          )}
          {wrong ? (
            <Text c="red" role="alert">
              {t('login.failed')}
            </Text>
          ) : (
            !needsCode && <FormError error={login.error} />
          )}
          <Button type="submit" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
      <Group justify="space-between">
        <Text size="sm">
          {t('login.noAccount')}{' '}
          <AppLink to="/signup" search={{ next }}>
            {t('signup.title')}
          </AppLink>
        </Text>
        <AppLink to="/reset-password" size="sm">
          {t('login.forgot')}
        </AppLink>
      </Group>
    </Stack>
  );
}

const SSO_ERRORS = [
  'sso-unknown-provider',
  'sso-flow-expired',
  'sso-state-mismatch',
  'sso-nonce-mismatch',
  'sso-wrong-issuer',
  'sso-token-expired',
  'sso-denied',
  'sso-email-not-verified',
  'sso-account-not-verified',
  'sso-failed',
] as const;

/** The message of a single sign-on failure the API named (any other code: the generic one). */
function ssoMessage(code: string): `login.${(typeof SSO_ERRORS)[number]}` {
  const known = SSO_ERRORS.find((c) => c === code) ?? 'sso-failed';
  return `login.${known}`;
}
