import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, fetchMe, rememberCsrf } from '../api/client';
import { AppLink, ButtonLink } from '../components/links';
import { useT } from '../i18n';
import type { MessageId } from '../locales/fr';

/** `/`: sign in or sign up; once signed in, my cooperatives. */
export function HomePage() {
  const t = useT();
  const me = useQuery({ queryKey: ['me'], queryFn: fetchMe });
  if (me.isPending) return <Text>{t('app.loading')}</Text>;
  if (!me.data) {
    return (
      <Stack>
        <Title order={1}>{t('app.name')}</Title>
        <Group>
          <ButtonLink to="/login">{t('app.signIn')}</ButtonLink>
          <ButtonLink to="/signup" variant="outline">
            {t('signup.title')}
          </ButtonLink>
        </Group>
      </Stack>
    );
  }
  return <SignedInHome name={me.data.name} emailVerified={me.data.emailVerified} />;
}

function SignedInHome({ name, emailVerified }: { name: string; emailVerified: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const orgs = useQuery({ queryKey: ['orgs'], queryFn: () => call(client.GET('/v1/orgs')) });
  const resend = useMutation({ mutationFn: () => call(client.POST('/v1/auth/verify-email/resend')) });
  const signOut = useMutation({
    mutationFn: () => call(client.POST('/v1/auth/logout')),
    onSuccess: () => {
      rememberCsrf(undefined);
      queryClient.setQueryData(['me'], null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('home.title')}</Title>
        <Group gap="xs">
          <ButtonLink to="/account" variant="default">
            {t('account.link')}
          </ButtonLink>
          <Button variant="default" onClick={() => signOut.mutate()} loading={signOut.isPending}>
            {t('app.signOut')}
          </Button>
        </Group>
      </Group>
      <Text>{name}</Text>
      {!emailVerified && (
        <Alert color="yellow" role="status">
          <Stack gap="xs">
            <Text size="sm">{t('home.verifyFirst')}</Text>
            {resend.isSuccess ? (
              <Text size="sm">{t('home.resent')}</Text>
            ) : (
              <Button
                size="xs"
                variant="outline"
                onClick={() => resend.mutate()}
                loading={resend.isPending}
                w="fit-content"
              >
                {t('home.resend')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      <Title order={2} size="h3">
        {t('home.organizations')}
      </Title>
      {orgs.data?.items.length === 0 && <Text>{t('home.none')}</Text>}
      <List listStyleType="none" spacing="sm" p={0}>
        {orgs.data?.items.map((o) => (
          <List.Item key={o.slug}>
            <Card withBorder>
              <AppLink to="/o/$slug" params={{ slug: o.slug }} fw={600}>
                {o.name}
              </AppLink>
              <Text size="sm">{t('org.role', { role: t(`role.${o.role}` as MessageId) })}</Text>
            </Card>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
