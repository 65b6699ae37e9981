import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { admin } from '../../../routes/console';

/** The console's settings pages, under `/o/$slug/admin`, each loaded when first opened. */
export const settingsRoutes = [
  createRoute({
    getParentRoute: () => admin,
    path: '/settings',
    component: lazyRouteComponent(() => import('./SettingsPage'), 'SettingsPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/campaigns',
    component: lazyRouteComponent(() => import('./CampaignsAdminPage'), 'CampaignsAdminPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/campaigns/$id',
    component: lazyRouteComponent(() => import('./CampaignAdminPage'), 'CampaignAdminPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/documents',
    component: lazyRouteComponent(() => import('./DocumentsRegistryPage'), 'DocumentsRegistryPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/audit',
    component: lazyRouteComponent(() => import('./AuditLogPage'), 'AuditLogPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/people',
    component: lazyRouteComponent(() => import('./PeoplePage'), 'PeoplePage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/webhooks',
    component: lazyRouteComponent(() => import('./WebhooksPage'), 'WebhooksPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/payments',
    component: lazyRouteComponent(() => import('./PaymentsPage'), 'PaymentsPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/api-tokens',
    component: lazyRouteComponent(() => import('./ApiTokensPage'), 'ApiTokensPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/identity-providers',
    component: lazyRouteComponent(() => import('./IdentityProvidersPage'), 'IdentityProvidersPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/portability',
    component: lazyRouteComponent(() => import('./PortabilityPage'), 'PortabilityPage'),
  }),
];
