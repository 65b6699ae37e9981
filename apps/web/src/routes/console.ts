import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { org } from './org';

/*
 * The admin console and the accountant workspace. Each area of the console declares its pages in
 * its own file (the routes.ts of each folder of pages/admin, and pages/accounting/routes.ts), loaded when first opened.
 */

export const admin = createRoute({
  getParentRoute: () => org,
  path: '/admin',
  component: lazyRouteComponent(() => import('../pages/admin/AdminLayout'), 'AdminLayout'),
});

export const accounting = createRoute({
  getParentRoute: () => org,
  path: '/accounting',
  component: lazyRouteComponent(() => import('../pages/accounting/AccountingLayout'), 'AccountingLayout'),
});
