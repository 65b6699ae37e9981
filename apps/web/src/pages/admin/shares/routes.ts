import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { admin } from '../../../routes/console';

/** The console's shares pages, under `/o/$slug/admin`, each loaded when first opened. */
export const sharesRoutes = [
  createRoute({
    getParentRoute: () => admin,
    path: '/shares',
    component: lazyRouteComponent(() => import('./ShareClassesPage'), 'ShareClassesPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/shares/subscriptions',
    component: lazyRouteComponent(() => import('./SubscriptionsPage'), 'SubscriptionsPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/shares/transfers',
    component: lazyRouteComponent(() => import('./TransfersPage'), 'TransfersPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/shares/redemptions',
    component: lazyRouteComponent(() => import('./RedemptionsPage'), 'RedemptionsPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/shares/payouts',
    component: lazyRouteComponent(() => import('./PayoutsPage'), 'PayoutsPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/shares/ledger',
    component: lazyRouteComponent(() => import('./LedgerPage'), 'LedgerPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/shares/fiscal-years',
    component: lazyRouteComponent(() => import('./FiscalYearsPage'), 'FiscalYearsPage'),
  }),
];
