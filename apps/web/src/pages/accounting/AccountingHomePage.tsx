import { Title } from '@mantine/core';
import { useT } from '../../i18n';

export function AccountingHomePage() {
  const t = useT();
  return <Title order={2}>{t('accounting.exports.title')}</Title>;
}
