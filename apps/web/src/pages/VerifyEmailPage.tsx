import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { call, client } from '../api/client';
import { AppLink } from '../components/links';
import { useT } from '../i18n';

/** The link of the verification e-mail: `/verify-email?token=…`. */
export function VerifyEmailPage() {
  const t = useT();
  const { token } = useSearch({ from: '/verify-email' });
  const verify = useMutation({
    mutationFn: () => call(client.POST('/v1/auth/verify-email', { body: { token: token ?? '' } })),
  });
  const { mutate } = verify;
  useEffect(() => mutate(), [mutate]);
  return (
    <Stack>
      <Title order={1}>{t('verifyEmail.title')}</Title>
      {verify.isPending && <Loader aria-label={t('app.loading')} />}
      {verify.isSuccess && (
        <Alert color="green" role="status">
          {t('verifyEmail.ok')}
        </Alert>
      )}
      {verify.isError && (
        <Alert color="red" role="alert">
          {t('verifyEmail.failed')}
        </Alert>
      )}
      <AppLink to="/">{t('app.home')}</AppLink>
    </Stack>
  );
}
