import { Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, ApiProblem, rememberCsrf } from '../api/client';
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
  const login = useMutation({
    mutationFn: () =>
      api<{ csrfToken: string }>('POST', '/v1/auth/login', { body: { email, password, session: 'cookie' } }),
    onSuccess: async ({ csrfToken }) => {
      rememberCsrf(csrfToken);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      // only a path of this app: never an address elsewhere
      await navigate({ to: next?.startsWith('/') && !next.startsWith('//') ? next : '/' });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  const wrong = login.error instanceof ApiProblem && login.error.status === 401;
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
          {wrong ? (
            <Text c="red" role="alert">
              {t('login.failed')}
            </Text>
          ) : (
            <FormError error={login.error} />
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
