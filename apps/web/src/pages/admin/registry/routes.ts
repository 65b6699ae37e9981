import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { admin } from '../../../routes/console';
import { MEMBER_STATUSES, type MemberStatusFilter } from './members';

/** The console's registry pages, under `/o/$slug/admin`, each loaded when first opened. */
export const registryRoutes = [
  createRoute({
    getParentRoute: () => admin,
    path: '/',
    component: lazyRouteComponent(() => import('./DashboardPage'), 'DashboardPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/members',
    // the dashboard's to-do links open the registry filtered (`?status=applicant`)
    validateSearch: (search: Record<string, unknown>): { status?: MemberStatusFilter } =>
      MEMBER_STATUSES.includes(search.status as MemberStatusFilter)
        ? { status: search.status as MemberStatusFilter }
        : {},
    component: lazyRouteComponent(() => import('./MembersPage'), 'MembersPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/members/$id',
    component: lazyRouteComponent(() => import('./MemberPage'), 'MemberPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/import',
    component: lazyRouteComponent(() => import('./ImportPage'), 'ImportPage'),
  }),
];
