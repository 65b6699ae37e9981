import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { accounting } from '../../routes/console';

/** The accountant workspace pages, under `/o/$slug/accounting`, each loaded when first opened. */
export const accountingRoutes = [
  createRoute({
    getParentRoute: () => accounting,
    path: '/',
    component: lazyRouteComponent(() => import('./AccountingHomePage'), 'AccountingHomePage'),
  }),
  createRoute({
    getParentRoute: () => accounting,
    path: '/register',
    component: lazyRouteComponent(() => import('./RegisterPage'), 'RegisterPage'),
  }),
  createRoute({
    getParentRoute: () => accounting,
    path: '/ledger',
    component: lazyRouteComponent(() => import('./LedgerPage'), 'LedgerPage'),
  }),
  createRoute({
    getParentRoute: () => accounting,
    path: '/fiscal-years',
    component: lazyRouteComponent(() => import('./FiscalYearsPage'), 'FiscalYearsPage'),
  }),
];
