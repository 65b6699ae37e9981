import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client } from '../api/client';
import { fieldError, FormError } from '../components/FormError';
import { AppLink } from '../components/links';
import { useT } from '../i18n';

/** Creating an account: the API e-mails a link to confirm the address. */
export function SignupPage() {
  const t = useT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signup = useMutation({
    mutationFn: () => call(client.POST('/v1/auth/signup', { body: { name, email, password } })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signup.mutate();
  };
  if (signup.isSuccess) {
    return (
      <Stack>
        <Title order={1}>{t('signup.title')}</Title>
        <Alert color="green" role="status">
          {t('signup.done', { email })}
        </Alert>
        <AppLink to="/login">{t('app.signIn')}</AppLink>
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={1}>{t('signup.title')}</Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('field.name')}
            autoComplete="name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(signup.error, 'name')}
          />
          <TextInput
            label={t('field.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(signup.error, 'email')}
          />
          <PasswordInput
            label={t('field.password')}
            description={t('field.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(signup.error, 'password')}
          />
          <FormError error={signup.error} fields={['name', 'email', 'password']} />
          <Button type="submit" loading={signup.isPending}>
            {t('signup.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        {t('signup.haveAccount')} <AppLink to="/login">{t('app.signIn')}</AppLink>
      </Text>
    </Stack>
  );
}
