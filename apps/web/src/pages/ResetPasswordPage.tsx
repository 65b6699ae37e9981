import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { call, client } from '../api/client';
import { fieldError, FormError } from '../components/FormError';
import { AppLink } from '../components/links';
import { useT } from '../i18n';

/** `/reset-password`: ask for a link; `/reset-password?token=…` (the link): choose the new password. */
export function ResetPasswordPage() {
  const { token } = useSearch({ from: '/reset-password' });
  return <Stack>{token ? <ChoosePassword token={token} /> : <AskForLink />}</Stack>;
}

function AskForLink() {
  const t = useT();
  const [email, setEmail] = useState('');
  const ask = useMutation({ mutationFn: () => call(client.POST('/v1/auth/password-reset', { body: { email } })) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate();
  };
  return (
    <>
      <Title order={1}>{t('reset.title')}</Title>
      <Text>{t('reset.intro')}</Text>
      {ask.isSuccess ? (
        <Alert color="green" role="status">
          {t('reset.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label={t('field.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(ask.error, 'email')}
            />
            <FormError error={ask.error} fields={['email']} />
            <Button type="submit" loading={ask.isPending}>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </>
  );
}

function ChoosePassword({ token }: { token: string }) {
  const t = useT();
  const [password, setPassword] = useState('');
  const save = useMutation({
    mutationFn: () => call(client.POST('/v1/auth/password-reset/confirm', { body: { token, password } })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <>
      <Title order={1}>{t('reset.choose')}</Title>
      {save.isSuccess ? (
        <>
          <Alert color="green" role="status">
            {t('reset.done')}
          </Alert>
          <AppLink to="/login">{t('app.signIn')}</AppLink>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <PasswordInput
              label={t('field.newPassword')}
              description={t('field.passwordHint')}
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(save.error, 'password') ?? fieldError(save.error, 'token')}
            />
            <FormError error={save.error} fields={['password', 'token']} />
            <Button type="submit" loading={save.isPending}>
              {t('reset.save')}
            </Button>
          </Stack>
        </form>
      )}
    </>
  );
}
