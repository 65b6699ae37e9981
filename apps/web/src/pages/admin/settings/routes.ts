import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { admin } from '../../../routes/console';

/** The console's settings pages, under `/o/$slug/admin`, each loaded when first opened. */
export const settingsRoutes = [
  createRoute({
    getParentRoute: () => admin,
    path: '/settings',
    component: lazyRouteComponent(() => import('./SettingsPage'), 'SettingsPage'),
  }),
];
