import '../../locales/areas/load';
import { Group } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { AppLink } from '../../components/links';
import { useT } from '../../i18n';
import { ConsoleGate } from '../admin/ConsoleGate';
import { useOrg } from '../org/useOrg';
import { accountingNav } from './nav';

/** `/o/{slug}/accounting/…`: the accountant's workspace (exports, the register and ledger read-only, fiscal years). */
export function AccountingLayout() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <ConsoleGate allowed={['accountant', 'admin']}>
      <nav aria-label={t('console.accountingNav.label')}>
        <Group gap="xs" className="section-nav">
          {accountingNav.map((s) => (
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
