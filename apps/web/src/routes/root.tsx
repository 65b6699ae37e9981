import { createRootRoute, Outlet } from '@tanstack/react-router';
import { Layout } from '../components/Layout';
import { useT } from '../i18n';

function NotFound() {
  const t = useT();
  return <p>{t('app.notFound')}</p>;
}

/** Every page: the header, the language switch, then the page. */
export const root = createRootRoute({
  component: () => (
    <Layout>
      <Outlet />
    </Layout>
  ),
  notFoundComponent: NotFound,
});
