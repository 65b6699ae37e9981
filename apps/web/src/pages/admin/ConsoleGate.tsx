import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ButtonLink } from '../../components/links';
import { useT } from '../../i18n';
import { useOrg } from '../org/useOrg';

type Role = 'admin' | 'accountant' | 'member';

/**
 * Shows its children to the roles allowed, and "not allowed" to the others (the API refuses them
 * too: this only spares them a page of errors). Signed-out people are sent to sign in by OrgLayout.
 */
export function ConsoleGate({ allowed, children }: { allowed: readonly Role[]; children: ReactNode }) {
  const t = useT();
  const { slug, org } = useOrg();
  if (!org.data) return null;
  if (!allowed.includes(org.data.role as Role)) {
    return (
      <Stack role="alert">
        <Text>{t('console.notAllowed', { role: allowed.includes('accountant') ? 'accountant' : 'admin' })}</Text>
        <ButtonLink to="/o/$slug" params={{ slug }} variant="default" w="fit-content">
          {t('console.backToSpace')}
        </ButtonLink>
      </Stack>
    );
  }
  return <>{children}</>;
}
