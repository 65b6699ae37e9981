import { Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
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
