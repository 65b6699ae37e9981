import { Title } from '@mantine/core';
import { useT } from '../../../i18n';

export function SharesAdminPage() {
  const t = useT();
  return <Title order={2}>{t('shares.title')}</Title>;
}
