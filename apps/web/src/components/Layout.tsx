import { AppShell, Button, Container, Group } from '@mantine/core';
import { useLingui } from '@lingui/react';
import { useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { activate, useT } from '../i18n';
import { AppLink } from './links';

/** The other language, named in itself (a French speaker reads "Français" on an English page). */
const OTHER = { fr: { locale: 'en', name: 'English' }, en: { locale: 'fr', name: 'Français' } } as const;

/** The admin console and the accountant workspace: pages of tables, given the width of the screen. */
const WIDE = /^\/o\/[^/]+\/(admin|accounting)(\/|$)/;

/** Every page: a skip link, the header with the language switch, and the main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const { i18n } = useLingui();
  const other = OTHER[i18n.locale === 'en' ? 'en' : 'fr'];
  const wide = WIDE.test(useLocation().pathname);
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <AppShell.Header>
        <Container size={wide ? 'xl' : 'md'} h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <AppLink to="/" fw={700} size="lg" underline="never">
              {t('app.name')}
            </AppLink>
            <Button variant="default" size="compact-sm" lang={other.locale} onClick={() => activate(other.locale)}>
              {other.name}
            </Button>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size={wide ? 'xl' : 'sm'} id="main" tabIndex={-1}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
