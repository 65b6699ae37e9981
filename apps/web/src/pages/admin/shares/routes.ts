import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { admin } from '../../../routes/console';

/** The console's shares pages, under `/o/$slug/admin`, each loaded when first opened. */
export const sharesRoutes = [
  createRoute({
    getParentRoute: () => admin,
    path: '/shares',
    component: lazyRouteComponent(() => import('./SharesAdminPage'), 'SharesAdminPage'),
  }),
];
