import { Title } from '@mantine/core';
import { useT } from '../../../i18n';

export function SettingsPage() {
  const t = useT();
  return <Title order={2}>{t('settings.title')}</Title>;
}
