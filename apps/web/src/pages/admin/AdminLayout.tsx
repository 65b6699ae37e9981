import '../../locales/areas/load';
import { Group } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { AppLink } from '../../components/links';
import { useT } from '../../i18n';
import { useOrg } from '../org/useOrg';
import { assembliesNav } from './assemblies/nav';
import { ConsoleGate } from './ConsoleGate';
import { registryNav } from './registry/nav';
import { settingsNav } from './settings/nav';
import { sharesNav } from './shares/nav';

/** Each area of the console lists its own sections (its nav.ts), in this order. */
const SECTIONS = [...registryNav, ...sharesNav, ...assembliesNav, ...settingsNav];

/** `/o/{slug}/admin/…`: the co-op administrators' console, its sections and the section shown. */
export function AdminLayout() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <ConsoleGate allowed={['admin']}>
      <nav aria-label={t('console.nav.label')}>
        <Group gap="xs" className="section-nav">
          {SECTIONS.map((s) => (
            <AppLink key={s.to} to={s.to} params={{ slug }} activeOptions={{ exact: s.exact ?? false }}>
              {t(s.label)}
            </AppLink>
          ))}
        </Group>
      </nav>
      <Outlet />
    </ConsoleGate>
  );
}
