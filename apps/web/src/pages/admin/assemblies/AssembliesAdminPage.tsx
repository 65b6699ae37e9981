import { Title } from '@mantine/core';
import { useT } from '../../../i18n';

export function AssembliesAdminPage() {
  const t = useT();
  return <Title order={2}>{t('assemblies.title')}</Title>;
}
