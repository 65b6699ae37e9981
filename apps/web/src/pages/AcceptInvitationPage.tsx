import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { call, client, fetchMe } from '../api/client';
import { FormError } from '../components/FormError';
import { AppLink, ButtonLink } from '../components/links';
import { useT } from '../i18n';

/** The link of an invitation: `/invitations/accept?token=…`, accepted once signed in with the invited address. */
export function AcceptInvitationPage() {
  const t = useT();
  const { token } = useSearch({ from: '/invitations/accept' });
  const me = useQuery({ queryKey: ['me'], queryFn: fetchMe });
  const accept = useMutation({
    mutationFn: () => call(client.POST('/v1/invitations/accept', { body: { token: token ?? '' } })),
  });
  const here = `/invitations/accept?token=${encodeURIComponent(token ?? '')}`;
  return (
    <Stack>
      <Title order={1}>{t('invite.title')}</Title>
      {me.isPending && <Text>{t('app.loading')}</Text>}
      {me.data === null && (
        <>
          <Text>{t('invite.signInFirst')}</Text>
          <ButtonLink to="/login" search={{ next: here }} w="fit-content">
            {t('app.signIn')}
          </ButtonLink>
          <AppLink to="/signup" search={{ next: here }}>
            {t('signup.title')}
          </AppLink>
        </>
      )}
      {me.data && !accept.isSuccess && (
        <>
          <FormError error={accept.error} />
          <Button onClick={() => accept.mutate()} loading={accept.isPending} w="fit-content">
            {t('invite.accept')}
          </Button>
        </>
      )}
      {accept.data && (
        <>
          <Alert color="green" role="status">
            {t('invite.accepted', { organization: accept.data.organizationName })}
          </Alert>
          <AppLink to="/o/$slug" params={{ slug: accept.data.organizationSlug }}>
            {t('invite.open', { organization: accept.data.organizationName })}
          </AppLink>
        </>
      )}
    </Stack>
  );
}
