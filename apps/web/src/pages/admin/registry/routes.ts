import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { admin } from '../../../routes/console';

/** The console's registry pages, under `/o/$slug/admin`, each loaded when first opened. */
export const registryRoutes = [
  createRoute({
    getParentRoute: () => admin,
    path: '/',
    component: lazyRouteComponent(() => import('./DashboardPage'), 'DashboardPage'),
  }),
];
