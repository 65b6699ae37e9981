import '../../locales/areas/load';
import { Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { AppLink } from '../../components/links';
import { useT } from '../../i18n';
import { useOrg } from '../org/useOrg';
import { assembliesNav } from './assemblies/nav';
import { ConsoleGate } from './ConsoleGate';
import { registryNav } from './registry/nav';
import { settingsNav } from './settings/nav';
import { sharesNav } from './shares/nav';

/** Each area of the console lists its own sections (its nav.ts), shown under the area's name. */
const AREAS = [
  { label: 'console.area.registry', sections: registryNav },
  { label: 'console.area.shares', sections: sharesNav },
  { label: 'console.area.assemblies', sections: assembliesNav },
  { label: 'console.area.organization', sections: settingsNav },
] as const;

/**
 * `/o/{slug}/admin/…`: the co-op administrators' console, its sections by area and the section
 * shown. On a phone the sections fold under one "Sections" line, so the page starts on screen.
 */
export function AdminLayout() {
  const t = useT();
  const { slug } = useOrg();
  const wide = useMediaQuery('(min-width: 48em)', true);
  return (
    <ConsoleGate allowed={['admin']}>
      <nav aria-label={t('console.nav.label')}>
        <details open={wide} className="console-nav">
          <summary>{t('console.sections')}</summary>
          <Stack gap={4} mt={4}>
            {AREAS.map((area) => (
              <div key={area.label} className="console-area">
                <Text fw={700} size="sm">
                  {t(area.label)}
                </Text>
                <Group gap={0} className="section-nav">
                  {area.sections.map((s) => (
                    <AppLink key={s.to} to={s.to} params={{ slug }} activeOptions={{ exact: s.exact ?? false }}>
                      {t(s.label)}
                    </AppLink>
                  ))}
                </Group>
              </div>
            ))}
          </Stack>
        </details>
      </nav>
      <Outlet />
    </ConsoleGate>
  );
}
