import { Group, Stack, Text, Title } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { ApiProblem } from '../../api/client';
import { FormError } from '../../components/FormError';
import { AppLink, ButtonLink } from '../../components/links';
import { useT } from '../../i18n';
import type { MessageId } from '../../locales/fr';
import { useOrg } from './useOrg';

const SECTIONS = [
  { to: '/o/$slug', label: 'member.nav.home' },
  { to: '/o/$slug/shares', label: 'member.nav.shares' },
  { to: '/o/$slug/votes', label: 'member.nav.votes' },
  { to: '/o/$slug/documents', label: 'member.nav.documents' },
  { to: '/o/$slug/campaigns', label: 'member.nav.campaigns' },
  { to: '/o/$slug/me', label: 'member.nav.me' },
] as const;

/** `/o/{slug}/…`: the co-op's name, the sections of a member's space, and the section shown. */
export function OrgLayout() {
  const t = useT();
  const { slug, org, memberId } = useOrg();
  if (org.error instanceof ApiProblem && org.error.status === 401) {
    return (
      <Stack>
        <Text>{t('member.signInFirst')}</Text>
        <ButtonLink to="/login" search={{ next: `/o/${slug}` }} w="fit-content">
          {t('app.signIn')}
        </ButtonLink>
      </Stack>
    );
  }
  if (org.error) return <FormError error={org.error} />;
  if (!org.data) return <Text>{t('app.loading')}</Text>;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{org.data.name}</Title>
          <Text c="dimmed">{t('org.role', { role: t(`role.${org.data.role}` as MessageId) })}</Text>
        </div>
        {org.data.role !== 'member' && (
          <Group gap="xs">
            {org.data.role === 'admin' && (
              <ButtonLink to="/o/$slug/admin" params={{ slug }} variant="default">
                {t('console.open')}
              </ButtonLink>
            )}
            <ButtonLink to="/o/$slug/accounting" params={{ slug }} variant="default">
              {t('console.accounting')}
            </ButtonLink>
          </Group>
        )}
      </Group>
      {memberId && (
        <nav aria-label={t('member.nav.label')}>
          <Group gap="xs" className="section-nav">
            {SECTIONS.map((s) => (
              <AppLink key={s.to} to={s.to} params={{ slug }} activeOptions={{ exact: true }}>
                {t(s.label)}
              </AppLink>
            ))}
          </Group>
        </nav>
      )}
      <Outlet />
    </Stack>
  );
}
