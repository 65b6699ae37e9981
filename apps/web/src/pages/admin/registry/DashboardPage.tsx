import { Title } from '@mantine/core';
import { useT } from '../../../i18n';

export function DashboardPage() {
  const t = useT();
  return <Title order={2}>{t('registry.dashboard.title')}</Title>;
}
